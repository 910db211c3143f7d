// Writes an encrypted .sohop from the verified plain copy without holding either file in memory: the
// envelope's header, then the copy's database bytes and the trailer through AES-256-GCM chunk by chunk,
// then the tag. The result goes to a temporary file beside `target`, fsynced, then renamed over it, so
// `target` is either the old file or the complete new one. Between chunks the event loop gets a turn.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Envelope } from './crypto';

const CHUNK_BYTES = 4 * 1024 * 1024;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length;) done += fs.writeSync(fd, bytes, done, bytes.length - done);
}

export async function writeEncryptedAtomic(
  plainFile: string,
  plainBytes: number,
  trailer: Buffer,
  target: string,
  envelope: Envelope,
): Promise<void> {
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    const input = fs.openSync(plainFile, 'r');
    try {
      const output = fs.openSync(temp, 'wx');
      try {
        const { head, cipher } = envelope;
        writeAll(output, head);
        const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
        for (let done = 0; done < plainBytes;) {
          const read = fs.readSync(input, chunk, 0, Math.min(CHUNK_BYTES, plainBytes - done), done);
          if (read === 0) throw new Error(`${plainFile} is shorter than ${plainBytes} bytes`);
          writeAll(output, cipher.update(chunk.subarray(0, read)));
          done += read;
          await nextTurn();
        }
        writeAll(output, cipher.update(trailer));
        writeAll(output, cipher.final());
        writeAll(output, cipher.getAuthTag());
        fs.fsyncSync(output);
      } finally {
        fs.closeSync(output);
      }
    } finally {
      fs.closeSync(input);
    }
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
