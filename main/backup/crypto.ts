// Encrypted .sohop files: a small versioned header, then the whole plain .sohop file under AES-256-GCM.
//   "SOHOPENC" · u16 version · u16 0 · u32 header length H · header JSON (H bytes) · SHA-256 of all that
//   · ciphertext · 16-byte GCM tag
// The key comes from the passphrase with scrypt (random salt); the passphrase is never stored. A key
// check (HMAC under a second derived key) tells a wrong passphrase apart from an altered file.
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  scrypt,
  scryptSync,
  timingSafeEqual,
  type CipherGCM,
} from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { stripForbiddenChars } from '../../shared/text-safety';
import { invalid, tampered } from './container';

export const ENVELOPE_MAGIC = Buffer.from('SOHOPENC', 'latin1');
const ENVELOPE_VERSION = 1;
const PREFIX_BYTES = 16;
const TAG_BYTES = 16;
const MAX_HEADER_BYTES = 4096;
const KEY_CHECK_LABEL = 'so-hop-backup key check v1';

export interface KdfParams {
  N: number;
  r: number;
  p: number;
}
/** OWASP's scrypt setting: 128 MiB and a few hundred milliseconds per attempt. */
export const STRONG_KDF: KdfParams = { N: 2 ** 17, r: 8, p: 1 };
const MAX_KDF_MEMORY = 256 * 1024 * 1024;
/** Twice the work of STRONG_KDF (N·r·p): a header cannot make one attempt take much longer than the app's own. */
const MAX_KDF_WORK = 2 * STRONG_KDF.N * STRONG_KDF.r * STRONG_KDF.p;

/** The memory scrypt needs for these parameters, as OpenSSL counts it against `maxmem`. */
function kdfMemory({ N, r, p }: KdfParams): number {
  return 128 * r * (N + 2) + 128 * r * p;
}

const b64 = (bytes: number) =>
  z
    .string()
    .max(200)
    .refine((v) => Buffer.from(v, 'base64').length === bytes);
const headerSchema = z.object({
  cipher: z.literal('aes-256-gcm'),
  kdf: z.literal('scrypt'),
  // A hostile header must not make us spend gigabytes: only sane scrypt costs are accepted. A low cost
  // only weakens the sender's own file; the app always writes STRONG_KDF.
  N: z.int().refine((n) => n >= 2 ** 12 && n <= 2 ** 18 && (n & (n - 1)) === 0),
  r: z.int().min(1).max(16),
  p: z.int().min(1).max(4),
  salt: b64(16),
  nonce: b64(12),
  check: b64(32),
});
type EnvelopeHeader = z.output<typeof headerSchema>;

/**
 * The passphrase as the key is derived from it: NFC, without the characters the app strips from every
 * text it receives, so the screen (whose input is cleaned) and the command line derive the same key.
 */
const keyText = (passphrase: string) => stripForbiddenChars(passphrase).normalize('NFC');

function deriveKeys(passphrase: string, salt: Buffer, kdf: KdfParams): { key: Buffer; check: Buffer } {
  return splitKeys(scryptSync(keyText(passphrase), salt, 64, { ...kdf, maxmem: MAX_KDF_MEMORY }));
}

function splitKeys(derived: Buffer): { key: Buffer; check: Buffer } {
  const check = createHmac('sha256', derived.subarray(32)).update(KEY_CHECK_LABEL).digest();
  return { key: derived.subarray(0, 32), check };
}

function deriveKeysAsync(
  passphrase: string,
  salt: Buffer,
  kdf: KdfParams,
): Promise<{ key: Buffer; check: Buffer }> {
  return new Promise((resolve, reject) =>
    scrypt(keyText(passphrase), salt, 64, { ...kdf, maxmem: MAX_KDF_MEMORY }, (error, derived) => {
      if (error) reject(error);
      else resolve(splitKeys(derived));
    }),
  );
}

function prefixOf(header: Buffer): Buffer {
  const prefix = Buffer.alloc(PREFIX_BYTES);
  ENVELOPE_MAGIC.copy(prefix, 0);
  prefix.writeUInt16BE(ENVELOPE_VERSION, 8);
  prefix.writeUInt32BE(header.length, 12);
  return prefix;
}

/** What encrypting needs: the authenticated header (written first) and the cipher keyed from the passphrase. */
export interface Envelope {
  head: Buffer;
  cipher: CipherGCM;
}

/**
 * Derives the key (scrypt runs on the thread pool, so it overlaps whatever the caller does meanwhile) and
 * builds the envelope's header. Write `head`, then `cipher.update` of every plain byte, `cipher.final()`
 * and `cipher.getAuthTag()`.
 */
export async function openEnvelope(passphrase: string, kdf: KdfParams = STRONG_KDF): Promise<Envelope> {
  if (passphrase.length === 0) throw new AppError('E_BACKUP_PASSPHRASE', 'Mật khẩu không được để trống.');
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const { key, check } = await deriveKeysAsync(passphrase, salt, kdf);
  const header: EnvelopeHeader = {
    cipher: 'aes-256-gcm',
    kdf: 'scrypt',
    ...kdf,
    salt: salt.toString('base64'),
    nonce: nonce.toString('base64'),
    check: check.toString('base64'),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = prefixOf(json);
  const digest = createHash('sha256').update(prefix).update(json).digest();
  const head = Buffer.concat([prefix, json, digest]);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(head);
  return { head, cipher };
}

export function isEnvelope(bytes: Buffer): boolean {
  return bytes.length >= 8 && bytes.subarray(0, 8).equals(ENVELOPE_MAGIC);
}

/** An envelope whose magic was damaged: its header still reads, so the file was ours and got altered. */
export function looksLikeDamagedEnvelope(bytes: Buffer): boolean {
  if (bytes.length < PREFIX_BYTES) return false;
  const length = bytes.readUInt32BE(12);
  if (length === 0 || length > MAX_HEADER_BYTES || bytes.length < PREFIX_BYTES + length) return false;
  try {
    return headerSchema.safeParse(
      JSON.parse(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + length).toString('utf8')),
    ).success;
  } catch {
    return false;
  }
}

export function decryptBackup(bytes: Buffer, passphrase: string | undefined): Buffer {
  if (bytes.length < PREFIX_BYTES + 32 + TAG_BYTES) throw tampered('tệp mã hóa bị cắt cụt');
  const length = bytes.readUInt32BE(12);
  if (bytes.readUInt16BE(8) !== ENVELOPE_VERSION || bytes.readUInt16BE(10) !== 0)
    throw tampered('phần đầu tệp mã hóa không đúng');
  if (length === 0 || length > MAX_HEADER_BYTES || bytes.length < PREFIX_BYTES + length + 32 + TAG_BYTES)
    throw tampered('độ dài phần đầu không hợp lệ');
  const aadEnd = PREFIX_BYTES + length + 32;
  const digest = createHash('sha256')
    .update(bytes.subarray(0, PREFIX_BYTES + length))
    .digest();
  if (!digest.equals(bytes.subarray(PREFIX_BYTES + length, aadEnd)))
    throw tampered('phần đầu tệp mã hóa bị sửa');
  let header: EnvelopeHeader;
  try {
    const parsed = headerSchema.safeParse(
      JSON.parse(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + length).toString('utf8')),
    );
    if (!parsed.success) throw new Error('bad header');
    header = parsed.data;
  } catch {
    throw invalid('phần đầu tệp mã hóa không đúng định dạng');
  }
  // Each bound alone still allows a product beyond the memory limit or many times the app's own work.
  if (kdfMemory(header) > MAX_KDF_MEMORY || header.N * header.r * header.p > MAX_KDF_WORK)
    throw invalid('phần đầu tệp mã hóa đòi chi phí giải mã (scrypt) vượt quá giới hạn');
  if (passphrase === undefined || passphrase.length === 0)
    throw new AppError('E_BACKUP_PASSPHRASE', 'Tệp sao lưu này được mã hóa: hãy nhập mật khẩu.');
  const { key, check } = deriveKeys(passphrase, Buffer.from(header.salt, 'base64'), header);
  if (!timingSafeEqual(check, Buffer.from(header.check, 'base64')))
    throw new AppError('E_BACKUP_PASSPHRASE', 'Mật khẩu không đúng (hoặc phần đầu tệp đã bị sửa).');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.nonce, 'base64'));
  decipher.setAAD(bytes.subarray(0, aadEnd));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(bytes.subarray(aadEnd, bytes.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw tampered('mã xác thực AES-GCM không khớp');
  }
}
