// Validation of an exchange file before anything is written: shape (zod), duplicate ids,
// references (to the file or the database) and parent cycles. The first problem refuses the file.
import { AppError } from '../../shared/errors';
import {
  exchangeCollections,
  exchangeFileSchema,
  type ExchangeCollection,
  type ExchangeFile,
} from '../../shared/exchange';
import { firstProblem, formatPath } from '../../shared/validation';
import { cleanDeep } from '../../shared/vietnamese';
import type { Repos } from '../db/repos';
import { describeMissing, referencesOf, type ReferenceKind } from '../services/references';

function invalid(path: (string | number)[] | string, message: string): AppError {
  const where = typeof path === 'string' ? path : formatPath(path);
  return new AppError(
    'E_IMPORT_INVALID',
    `Tệp không hợp lệ tại ${where || '(gốc)'}: ${message}. Không có dữ liệu nào được ghi.`,
    {
      path: where,
    },
  );
}

/** Parses the text of an exchange file (validation then makes every string NFC). */
export function parseExchangeText(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new AppError('E_IMPORT_JSON', 'Tệp không phải JSON hợp lệ (có thể bị hỏng hoặc cắt cụt).', {
      cause: error,
    });
  }
}

/** Records per step of a validation that gives the event loop a turn (see validationSteps). */
const CHUNK = 1000;

/** Records checked so far, out of twice the records in the file (the shape pass, then the reference pass). */
export interface ValidationProgress {
  done: number;
  total: number;
}

export function validateExchange(raw: unknown, repos: Repos): ExchangeFile {
  const steps = validationSteps(raw, repos);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * The checks of `validateExchange` that read the data (duplicate ids, conclusions, references, parent
 * cycles), for a file that has passed them once already and whose shape cannot have changed: a caller
 * repeats them inside the transaction that writes, since the data may have changed in between.
 */
export function recheckAgainstData(file: ExchangeFile, repos: Repos): void {
  const steps = referenceSteps(file, repos, { done: 0, total: 0 });
  for (let step = steps.next(); !step.done; step = steps.next());
  assertNoParentCycle(file, repos);
}

const headerSchema = exchangeFileSchema.pick({ format: true, version: true, exportedAt: true });

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * `validateExchange` one chunk of records per step: the same checks in the same order, so the same first
 * problem refuses a file. Each step yields how far it is.
 */
export function* validationSteps(raw: unknown, repos: Repos): Generator<ValidationProgress, ExchangeFile> {
  if (!isObject(raw)) {
    const parsed = exchangeFileSchema.safeParse(cleanDeep(raw));
    if (parsed.success) return parsed.data;
    const problem = firstProblem(parsed.error);
    throw invalid(problem.path, problem.message);
  }
  const present = exchangeCollections.filter((c) => Object.hasOwn(raw, c));
  const records = present.reduce((n, c) => n + (Array.isArray(raw[c]) ? raw[c].length : 0), 0);
  const progress = { done: 0, total: 2 * records };
  yield { ...progress };
  const file = yield* shapeSteps(raw, present, progress);
  yield* referenceSteps(file, repos, progress);
  assertNoParentCycle(file, repos);
  return file;
}

/** The zod schemas (after NFC), a chunk of records at a time, in the order zod checks the whole file. */
function* shapeSteps(
  raw: Record<string, unknown>,
  present: readonly ExchangeCollection[],
  progress: ValidationProgress,
): Generator<ValidationProgress, ExchangeFile> {
  const keys = (['format', 'version', 'exportedAt'] as const).filter((k) => Object.hasOwn(raw, k));
  const header = headerSchema.safeParse(cleanDeep(Object.fromEntries(keys.map((k) => [k, raw[k]]))));
  if (!header.success) {
    const problem = firstProblem(header.error);
    throw invalid(problem.path, problem.message);
  }
  const file: ExchangeFile = { ...header.data };
  for (const collection of present) {
    const value = raw[collection];
    const schema = exchangeFileSchema.shape[collection];
    const at = (start: number) => (path: PropertyKey[]) =>
      typeof path[0] === 'number' ? [collection, start + path[0], ...path.slice(1)] : [collection, ...path];
    if (!Array.isArray(value)) {
      const parsed = schema.safeParse(cleanDeep(value));
      if (!parsed.success) {
        const problem = firstProblem(parsed.error, at(0));
        throw invalid(problem.path, problem.message);
      }
      Object.assign(file, { [collection]: parsed.data });
      continue;
    }
    const out: unknown[] = [];
    for (let start = 0; start < value.length; start += CHUNK) {
      const chunk = value.slice(start, start + CHUNK);
      const parsed = schema.safeParse(cleanDeep(chunk));
      if (!parsed.success) {
        const problem = firstProblem(parsed.error, at(start));
        throw invalid(problem.path, problem.message);
      }
      for (const record of parsed.data ?? []) out.push(record);
      progress.done += chunk.length;
      yield { ...progress };
    }
    Object.assign(file, { [collection]: out });
  }
  return file;
}

/** Duplicate ids, conclusions owned elsewhere, and references to the file or the database. */
function* referenceSteps(
  file: ExchangeFile,
  repos: Repos,
  progress: ValidationProgress,
): Generator<ValidationProgress> {
  const idsInFile: Record<ReferenceKind, Set<string>> = {
    organizations: new Set(),
    people: new Set(),
    meetings: new Set(),
    programmes: new Set(),
  };
  const documentIds = new Set<string>();
  const conclusionIds = new Set<string>();
  for (const collection of exchangeCollections) {
    const seen = collection === 'documents' ? documentIds : idsInFile[collection];
    for (const [i, record] of (file[collection] ?? []).entries()) {
      if (seen.has(record.id)) throw invalid([collection, i, 'id'], `mã ${record.id} xuất hiện hai lần`);
      seen.add(record.id);
    }
  }
  for (const [i, meeting] of (file.meetings ?? []).entries()) {
    for (const [j, conclusion] of (meeting.conclusions ?? []).entries()) {
      const path = ['meetings', i, 'conclusions', j, 'id'];
      if (conclusionIds.has(conclusion.id))
        throw invalid(path, `mã kết luận ${conclusion.id} xuất hiện hai lần`);
      conclusionIds.add(conclusion.id);
      const owner = repos.meetings.conclusionOwner(conclusion.id);
      if (owner !== undefined && owner !== meeting.id)
        throw invalid(path, `mã kết luận ${conclusion.id} đã thuộc một cuộc họp khác trong dữ liệu`);
    }
    if ((i + 1) % CHUNK === 0) yield { ...progress };
  }

  const exists = (kind: ReferenceKind, id: string) =>
    idsInFile[kind].has(id) || repos[kind].updatedAt(id) !== undefined;
  for (const collection of exchangeCollections) {
    for (const [i, record] of (file[collection] ?? []).entries()) {
      for (const ref of referencesOf(collection, record as never)) {
        if (!exists(ref.kind, ref.id)) throw invalid([collection, i, ...ref.path], describeMissing(ref));
      }
      progress.done++;
      if (progress.done % CHUNK === 0) yield { ...progress };
    }
  }
  yield { ...progress };
}

function assertNoParentCycle(file: ExchangeFile, repos: Repos): void {
  const parentOf = new Map<string, string | null>();
  const fileOrgs = file.organizations ?? [];
  for (const org of fileOrgs) parentOf.set(org.id, org.parentId ?? null);
  const lookup = (id: string): string | null =>
    parentOf.has(id) ? (parentOf.get(id) ?? null) : (repos.organizations.get(id)?.parentId ?? null);
  for (const [i, org] of fileOrgs.entries()) {
    const seen = new Set<string>([org.id]);
    for (let current = lookup(org.id); current; current = lookup(current)) {
      if (seen.has(current))
        throw invalid(['organizations', i, 'parentId'], 'cơ quan cấp trên tạo thành vòng lặp');
      seen.add(current);
    }
  }
}
