// What a merge reads: an exchange JSON file as it is, or a backup checked and rebuilt exactly as a restore
// would (in a temporary file), then read back as an exchange file. Both a chunk of records per step.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION, type ExchangeFile } from '../../shared/exchange';
import { closeDatabase, openDatabase } from '../db/connection';
import type { Repos } from '../db/repos';
import { parseExchangeText } from '../exchange/validate';
import { readTextFile } from '../files/read-text';
import { withRegularFile } from '../files/read-regular';
import { createServices } from '../services';
import { rebuildSteps, removeDatabaseFiles, stagingPath } from './restore';
import { asPass, type StepProgress } from './steps';

/** Meetings read back per step: about as long as a chunk of the rebuild takes. */
const CHUNK = 1000;

export interface MergeSource {
  source: string;
  kind: 'backup' | 'exchange';
  /** The records as an exchange file (for a backup: read back from its checked, rebuilt copy). */
  raw: unknown;
}

function looksLikeJson(file: string): boolean {
  return withRegularFile(file, (fd) => {
    const head = Buffer.alloc(64);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return /^(\uFEFF)?\s*\{/.test(head.subarray(0, read).toString('utf8'));
  });
}

/** Whether `file` is an exchange JSON file (else it is treated as a backup); refuses a missing file. */
export function isExchangeFile(file: string): boolean {
  if (!fs.existsSync(file)) throw new AppError('E_FILE_NOT_FOUND', `Không tìm thấy tệp ${file}.`);
  return looksLikeJson(file);
}

/** Every record of a (private, rebuilt) database as an exchange file, a chunk of meetings per step. */
function* readBackSteps(repos: Repos): Generator<StepProgress, ExchangeFile> {
  const organizations = repos.organizations.all();
  const people = repos.people.all();
  const meetingIds = repos.meetings.allIds();
  const programmeIds = repos.programmes.allIds();
  const documentIds = repos.documents.allIds();
  const total =
    organizations.length + people.length + meetingIds.length + programmeIds.length + documentIds.length;
  const progress = { done: organizations.length + people.length, total };
  yield { ...progress };
  const defined = <T>(value: T | undefined): value is T => value !== undefined;
  const meetings: NonNullable<ExchangeFile['meetings']> = [];
  for (let start = 0; start < meetingIds.length; start += CHUNK) {
    const chunk = meetingIds.slice(start, start + CHUNK);
    for (const meeting of repos.meetings.getMany(chunk).filter(defined)) meetings.push(meeting);
    progress.done += chunk.length;
    yield { ...progress };
  }
  const programmes = programmeIds.map((id) => repos.programmes.get(id)).filter(defined);
  const documents = documentIds.map((id) => repos.documents.get(id)).filter(defined);
  progress.done = total;
  yield { ...progress };
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    organizations,
    people,
    meetings,
    programmes,
    documents,
  };
}

/**
 * Loads a merge source; a backup goes through a restore's check and rebuild (in `workDir`), then is read
 * back. Progress counts both passes over the file's records.
 */
export function* mergeSourceSteps(
  file: string,
  workDir: string,
  passphrase: string | undefined,
): Generator<StepProgress, MergeSource> {
  if (isExchangeFile(file))
    return { source: file, kind: 'exchange', raw: parseExchangeText(readTextFile(file)) };
  fs.mkdirSync(workDir, { recursive: true });
  const staged = stagingPath(path.join(workDir, 'merge.sqlite'), 'merge');
  try {
    yield* asPass(rebuildSteps(file, staged, passphrase), 0, 1, 2);
    const db = openDatabase(staged);
    try {
      const raw = yield* asPass(readBackSteps(createServices(db).ctx.repos), 1, 1, 2);
      return { source: file, kind: 'backup', raw };
    } finally {
      closeDatabase(db);
    }
  } finally {
    removeDatabaseFiles(staged);
  }
}
