// Validation of an exchange file before anything is written: shape (zod), duplicate ids,
// references (to the file or the database) and parent cycles. The first problem refuses the file.
import { AppError } from '../../shared/errors';
import { exchangeCollections, exchangeFileSchema, type ExchangeFile } from '../../shared/exchange';
import { firstProblem, formatPath } from '../../shared/validation';
import { nfcDeep } from '../../shared/vietnamese';
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

export function validateExchange(raw: unknown, repos: Repos): ExchangeFile {
  const parsed = exchangeFileSchema.safeParse(nfcDeep(raw));
  if (!parsed.success) {
    const problem = firstProblem(parsed.error);
    throw invalid(problem.path, problem.message);
  }
  const file = parsed.data;

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
  }

  const exists = (kind: ReferenceKind, id: string) =>
    idsInFile[kind].has(id) || repos[kind].updatedAt(id) !== undefined;
  for (const collection of exchangeCollections) {
    for (const [i, record] of (file[collection] ?? []).entries()) {
      for (const ref of referencesOf(collection, record as never)) {
        if (!exists(ref.kind, ref.id)) throw invalid([collection, i, ...ref.path], describeMissing(ref));
      }
    }
  }

  assertNoParentCycle(file, repos);
  return file;
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
