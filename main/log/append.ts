// The command line's records, appended to the log file in one synchronous write when the command ends.
// A command-line process writes one line: opening rotating-file-stream for it would load child_process,
// zlib and the stream machinery (about a tenth of `export-docx`'s CPU time). Rotation stays the
// stream's job: once the file has reached its size, the stream is opened, which rotates it at once.
import fs from 'node:fs';
import path from 'node:path';
import { formatRecord, LOG_FILE, LOG_MAX_BYTES, logFolder, type OperationRecord } from './record';

export async function appendOperationRecords(dataDir: string, records: OperationRecord[]): Promise<void> {
  if (records.length === 0) return;
  const dir = logFolder(dataDir);
  const file = path.join(dir, LOG_FILE);
  let size: number;
  try {
    fs.mkdirSync(dir, { recursive: true });
    const text = records.map((record) => `${formatRecord(record)}\n`).join('');
    // 'a': the line goes to the end even when the app writes its own at the same moment.
    fs.appendFileSync(file, text, { flag: 'a' });
    size = fs.statSync(file).size;
  } catch {
    // A log that cannot be written (full disk, read-only folder) never stops a command.
    return;
  }
  if (size < LOG_MAX_BYTES) return;
  const { openOperationLog } = await import('./operation-log');
  await openOperationLog(dataDir).close();
}
