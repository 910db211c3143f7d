// Generates the hostile files: damaged copies of a real backup (cheap byte operations) and crafted
// databases that a careful attacker would make, each both bare and wrapped in a correctly hashed .sohop.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { buildTrailer } from '../../../main/backup/container';
import type { BackupManifest } from '../../../main/backup/manifest';

export interface HostileFile {
  name: string;
  file: string;
  /** Codes a refusal may carry; the first check is that it is refused at all. */
  codes: readonly string[];
}

const BACKUP_CODES = ['E_BACKUP_INVALID', 'E_BACKUP_TAMPERED', 'E_BACKUP_NEWER', 'E_BACKUP_PASSPHRASE'];

/** A small deterministic PRNG (mulberry32), so a failure names a reproducible file. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function wrap(database: Buffer, manifest: BackupManifest): Buffer {
  const patched = { ...manifest, databaseBytes: database.length };
  return Buffer.concat([database, buildTrailer(createHash('sha256').update(database), patched)]);
}

type Mutation = (db: Database.Database) => void;

const UUID = 'f0e1d2c3-b4a5-4678-9abc-def012345678';

/** Databases a hostile sender could craft on purpose; all must be refused even with a valid hash. */
export const craftedMutations: Record<string, { mutate: Mutation; codes?: string[] }> = {
  'another app (application_id 0)': { mutate: (db) => db.pragma('application_id = 0') },
  'another app (its own tables)': {
    mutate: (db) => {
      db.pragma('application_id = 1234');
      db.exec('CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)');
    },
  },
  'newer schema version': { mutate: (db) => db.pragma('user_version = 99'), codes: ['E_BACKUP_NEWER'] },
  'schema version 0': { mutate: (db) => db.pragma('user_version = 0') },
  'extra trigger': {
    mutate: (db) =>
      db.exec("CREATE TRIGGER evil AFTER INSERT ON people BEGIN SELECT load_extension('x'); END"),
  },
  'extra view': { mutate: (db) => db.exec('CREATE VIEW evil AS SELECT * FROM people') },
  'view shadowing nothing but named like ours': {
    mutate: (db) => db.exec('CREATE VIEW people_view AS SELECT randomblob(1000000000)'),
  },
  'extra table': { mutate: (db) => db.exec('CREATE TABLE extra (x TEXT)') },
  'extra index': { mutate: (db) => db.exec('CREATE INDEX evil_idx ON people(notes)') },
  'dropped index': { mutate: (db) => db.exec('DROP INDEX people_name') },
  'wrong column type (non-STRICT people)': {
    mutate: (db) => {
      db.pragma('foreign_keys = OFF');
      db.exec(`ALTER TABLE people RENAME TO people_old;
        CREATE TABLE people (id TEXT PRIMARY KEY, full_name BLOB NOT NULL, full_name_folded TEXT NOT NULL,
          gender TEXT, notes TEXT, updated_at TEXT NOT NULL);
        INSERT INTO people SELECT * FROM people_old; DROP TABLE people_old;`);
    },
  },
  'CHECK constraint that would allocate a gigabyte (writable_schema)': {
    mutate: (db) => {
      db.unsafeMode(true);
      db.pragma('writable_schema = ON');
      db.prepare(
        `UPDATE sqlite_schema SET sql = replace(sql, 'value TEXT NOT NULL',
          'value TEXT NOT NULL CHECK (length(randomblob(900000000)) > 0)') WHERE name = 'settings'`,
      ).run();
    },
  },
  'bad UUID on a person': {
    mutate: (db) =>
      db.exec(`INSERT INTO people (id, full_name, full_name_folded, updated_at)
        VALUES ('not-a-uuid', 'Nguyễn Văn A', 'nguyen van a', '2024-01-01T00:00:00+07:00')`),
  },
  'bad date on a meeting': { mutate: (db) => db.exec("UPDATE meetings SET starts_at = 'hôm qua'") },
  'bad updatedAt': { mutate: (db) => db.exec("UPDATE organizations SET updated_at = '2024-13-45'") },
  'huge string in a name': {
    mutate: (db) => db.prepare('UPDATE people SET full_name = ?').run('Nguyễn '.repeat(40_000)),
  },
  'huge string in notes': {
    mutate: (db) => db.prepare('UPDATE people SET notes = ?').run('x'.repeat(600_000)),
  },
  'empty required text': { mutate: (db) => db.exec("UPDATE organizations SET name = '   '") },
  'broken rich-text JSON': { mutate: (db) => db.exec("UPDATE meetings SET minutes = '{not json'") },
  'rich text that is not a node': { mutate: (db) => db.exec(`UPDATE documents SET body = '[1, 2, 3]'`) },
  'rich text nested absurdly deep': {
    mutate: (db) =>
      db
        .prepare('UPDATE meetings SET minutes = ?')
        .run(`${'{"type":"doc","content":['.repeat(500)}${']}'.repeat(500)}`),
  },
  'dangling reference (foreign keys off)': {
    mutate: (db) => {
      db.pragma('foreign_keys = OFF');
      db.prepare('UPDATE meeting_attendees SET person_id = ?').run(UUID);
    },
  },
  'organization parent cycle': {
    mutate: (db) => {
      const [a, b] = db.prepare('SELECT id FROM organizations LIMIT 2').all() as { id: string }[];
      if (!a || !b) throw new Error('need two organizations');
      db.pragma('foreign_keys = OFF');
      db.prepare('UPDATE organizations SET parent_id = ? WHERE id = ?').run(b.id, a.id);
      db.prepare('UPDATE organizations SET parent_id = ? WHERE id = ?').run(a.id, b.id);
    },
  },
  'setting that is not JSON': {
    mutate: (db) => db.exec("INSERT INTO settings VALUES ('office.x', '{oops')"),
  },
  'register counter with a strange period': {
    mutate: (db) => {
      const org = db.prepare('SELECT id FROM organizations LIMIT 1').get() as { id: string };
      db.prepare("INSERT INTO document_register VALUES (?, 'minutes', '../../etc', 3)").run(org.id);
    },
  },
  'party term with a bad date': {
    mutate: (db) => {
      const org = db.prepare('SELECT id FROM organizations LIMIT 1').get() as { id: string };
      db.prepare("INSERT INTO party_terms VALUES (?, '2020-02-30')").run(org.id);
    },
  },
  'conclusion numbered zero': { mutate: (db) => db.exec('UPDATE conclusions SET item_order = 0') },
  'minutes nested 10,000 deep (a stack overflow for a recursive walk)': {
    mutate: (db) =>
      db
        .prepare('UPDATE meetings SET minutes = ?')
        .run(`${'{"type":"doc","content":['.repeat(10_000)}${']}'.repeat(10_000)}`),
  },
  'setting nested 10,000 deep': {
    mutate: (db) =>
      db
        .prepare("INSERT INTO settings VALUES ('office.profile', ?)")
        .run(`{"place":${'['.repeat(10_000)}${']'.repeat(10_000)}}`),
  },
};

export interface Bases {
  /** A plain .sohop file made by the app. */
  plain: Buffer;
  /** An encrypted .sohop file made by the app. */
  encrypted: Buffer;
  /** The bare SQLite database inside `plain`. */
  bare: Buffer;
  manifest: BackupManifest;
}

export function generateHostileFiles(dir: string, bases: Bases, seed = 20261123): HostileFile[] {
  const next = random(seed);
  const files: HostileFile[] = [];
  const add = (name: string, bytes: Buffer | string, codes: readonly string[] = BACKUP_CODES) => {
    const file = path.join(dir, `${String(files.length).padStart(4, '0')}.sohop`);
    fs.writeFileSync(file, bytes);
    files.push({ name, file, codes });
  };
  const offset = (length: number) => Math.floor(next() * length);
  const flip = (bytes: Buffer, at: number) => {
    const copy = Buffer.from(bytes);
    copy[at] = (copy[at] ?? 0) ^ (1 + Math.floor(next() * 255));
    return copy;
  };

  // Damage to files the app made: every one must be caught by the hash, the GCM tag or the size check.
  for (let i = 0; i < 180; i++) {
    const at = i < 20 ? bases.plain.length - 1 - i * 2 : offset(bases.plain.length);
    add(`plain: byte ${at} flipped`, flip(bases.plain, at), ['E_BACKUP_TAMPERED']);
  }
  for (let i = 0; i < 100; i++) {
    let at = offset(bases.plain.length);
    // Cutting exactly at the database's end leaves a complete, valid bare database: not damage.
    if (at === bases.bare.length) at -= 1;
    add(`plain: truncated at ${at}`, bases.plain.subarray(0, at));
  }
  for (let i = 0; i < 60; i++) {
    const at = i < 10 ? i * 6 : offset(bases.encrypted.length);
    add(`encrypted: byte ${at} flipped`, flip(bases.encrypted, at), ['E_BACKUP_TAMPERED']);
  }
  for (let i = 0; i < 30; i++) {
    const at = offset(bases.encrypted.length);
    add(`encrypted: truncated at ${at}`, bases.encrypted.subarray(0, at));
  }
  for (let i = 0; i < 70; i++) {
    const at = offset(bases.bare.length - 1);
    add(`bare database: truncated at ${at}`, bases.bare.subarray(0, at));
  }
  add('zero length', Buffer.alloc(0));
  add('one byte', Buffer.from([0]));
  add('text file', 'Biên bản cuộc họp giao ban\nNội dung: …\n'.repeat(100));
  add('CSV file', 'id,name\n1,Nguyễn Văn A\n');
  add('UTF-16 text', Buffer.from('\uFEFFSổ Họp', 'utf16le'));
  add('HTML page', '<!doctype html><html><body>Sổ Họp</body></html>');
  add('random bytes', Buffer.from(Array.from({ length: 4096 }, () => Math.floor(next() * 256))));
  add('only the SQLite magic', Buffer.from('SQLite format 3\0', 'latin1'));
  add('only the footer magic', Buffer.concat([Buffer.alloc(40), Buffer.from('SOHOPBAK'), Buffer.alloc(40)]));
  add('only the envelope magic', Buffer.from('SOHOPENC', 'latin1'));
  add('a ZIP file header', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(200)]));
  add('JSON that is not an exchange file', '{"hello": "world"}', [
    ...BACKUP_CODES,
    'E_IMPORT_INVALID',
    'E_IMPORT_JSON',
  ]);
  add('broken JSON', '{"format": "so-hop-exchange", ', [
    ...BACKUP_CODES,
    'E_IMPORT_INVALID',
    'E_IMPORT_JSON',
  ]);
  add(
    'manifest with counts that lie',
    wrap(bases.bare, { ...bases.manifest, counts: { ...bases.manifest.counts, meetings: 9999 } }),
  );
  add('manifest claiming a newer schema', wrap(bases.bare, { ...bases.manifest, schemaVersion: 42 }), [
    'E_BACKUP_NEWER',
  ]);
  add('manifest claiming another app', wrap(bases.bare, { ...bases.manifest, applicationId: 7 }));
  add(
    'exchange JSON nested 10,000 deep',
    `{"format":"so-hop-exchange","version":1,"people":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
    [...BACKUP_CODES, 'E_TOO_DEEP'],
  );
  // Encrypted headers (correctly hashed) asking scrypt for more memory or work than the app accepts.
  for (const kdf of [
    { N: 2 ** 18, r: 16, p: 1 },
    { N: 2 ** 18, r: 8, p: 1 },
    { N: 2 ** 18, r: 4, p: 4 },
    { N: 2 ** 17, r: 16, p: 2 },
  ])
    add(`encrypted header asking scrypt for N ${kdf.N}, r ${kdf.r}, p ${kdf.p}`, envelopeWithKdf(kdf), [
      'E_BACKUP_INVALID',
    ]);

  // Crafted databases, bare and wrapped with a correct hash.
  const workFile = path.join(dir, 'crafting.sqlite');
  for (const [name, { mutate, codes }] of Object.entries(craftedMutations)) {
    fs.writeFileSync(workFile, bases.bare);
    const db = new Database(workFile);
    db.pragma('journal_mode = DELETE');
    mutate(db);
    db.close();
    const crafted = fs.readFileSync(workFile);
    add(`crafted bare: ${name}`, crafted, codes ?? BACKUP_CODES);
    add(`crafted .sohop: ${name}`, wrap(crafted, bases.manifest), codes ?? BACKUP_CODES);
  }
  fs.rmSync(workFile, { force: true });

  // Not regular files: a blocking open of a FIFO waits for a writer forever, /dev/zero never ends.
  if (process.platform !== 'win32') {
    const fifo = path.join(dir, 'fifo.sohop');
    if (spawnSync('mkfifo', [fifo]).status !== 0) throw new Error('mkfifo failed');
    files.push({ name: 'a FIFO', file: fifo, codes: ['E_FILE_NOT_REGULAR'] });
    files.push({ name: '/dev/zero', file: '/dev/zero', codes: ['E_FILE_NOT_REGULAR'] });
  }
  return files;
}

/**
 * An encrypted .sohop whose header (correctly hashed, as anyone can) asks scrypt for `kdf`: the file must
 * be refused before any key is derived when that cost is beyond what the app accepts.
 */
export function envelopeWithKdf(kdf: { N: number; r: number; p: number }): Buffer {
  const header = Buffer.from(
    JSON.stringify({
      cipher: 'aes-256-gcm',
      kdf: 'scrypt',
      ...kdf,
      salt: Buffer.alloc(16, 1).toString('base64'),
      nonce: Buffer.alloc(12, 2).toString('base64'),
      check: Buffer.alloc(32, 3).toString('base64'),
    }),
  );
  const prefix = Buffer.alloc(16);
  prefix.write('SOHOPENC', 0, 'latin1');
  prefix.writeUInt16BE(1, 8);
  prefix.writeUInt32BE(header.length, 12);
  const digest = createHash('sha256').update(prefix).update(header).digest();
  return Buffer.concat([prefix, header, digest, Buffer.alloc(4096, 7), Buffer.alloc(16)]);
}
