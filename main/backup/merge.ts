// Merging another office's data (a backup or an exchange JSON file) into ours: by id, the newer
// `updatedAt` wins (the exchange import's rule). People with the same name after accent folding but a
// different id are listed for the user, never merged silently. The preview and the real run share one plan.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { DuplicatePerson, MergeItem, MergePlan } from '../../shared/backup';
import { exchangeCollections, type ExchangeFile } from '../../shared/exchange';
import { closeDatabase, openDatabase } from '../db/connection';
import { exportAll } from '../exchange/export';
import { planImport, type ImportReport } from '../exchange/import';
import { parseExchangeText, validateExchange } from '../exchange/validate';
import { readTextFile } from '../files/read-text';
import { createServices, type Services } from '../services';
import { removeDatabaseFiles, rebuildFromBackup, stagingPath } from './restore';

export interface MergeSource {
  source: string;
  kind: 'backup' | 'exchange';
  /** The records as an exchange file (for a backup: exported from its checked, rebuilt copy). */
  raw: unknown;
}

function looksLikeJson(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(64);
    const read = fs.readSync(fd, head);
    return /^(\uFEFF)?\s*\{/.test(head.subarray(0, read).toString('utf8'));
  } finally {
    fs.closeSync(fd);
  }
}

/** Loads a merge source; a backup is checked and rebuilt (in `workDir`) exactly as a restore would. */
export function loadMergeSource(file: string, workDir: string, passphrase?: string): MergeSource {
  if (!fs.existsSync(file)) throw new AppError('E_FILE_NOT_FOUND', `Không tìm thấy tệp ${file}.`);
  if (looksLikeJson(file))
    return { source: file, kind: 'exchange', raw: parseExchangeText(readTextFile(file)) };
  fs.mkdirSync(workDir, { recursive: true });
  const staged = stagingPath(path.join(workDir, 'merge.sqlite'), 'merge');
  try {
    rebuildFromBackup(file, staged, passphrase);
    const db = openDatabase(staged);
    try {
      return { source: file, kind: 'backup', raw: exportAll(createServices(db).ctx) };
    } finally {
      closeDatabase(db);
    }
  } finally {
    removeDatabaseFiles(staged);
  }
}

function labelOf(collection: (typeof exchangeCollections)[number], record: Record<string, unknown>): string {
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : '');
  if (collection === 'organizations') return text('name');
  if (collection === 'people') return text('fullName');
  if (collection === 'meetings') return `${text('title')} (${text('startsAt').slice(0, 10)})`;
  if (collection === 'programmes') return `${text('title')} (${String(record.year)})`;
  return text('summary') || text('symbol');
}

function computePlan(services: Services, file: ExchangeFile, source: MergeSource): MergePlan {
  const outcomes = planImport(services.ctx, file);
  const zero = () => ({ organizations: 0, people: 0, meetings: 0, programmes: 0, documents: 0 });
  const counts = { added: zero(), updated: zero(), skipped: zero() };
  const items: MergeItem[] = [];
  for (const collection of exchangeCollections) {
    (file[collection] ?? []).forEach((record, i) => {
      const outcome = outcomes.get(collection)?.[i] ?? 'skipped';
      counts[outcome][collection]++;
      items.push({ collection, id: record.id, label: labelOf(collection, record as never), outcome });
    });
  }
  const duplicates: DuplicatePerson[] = [];
  (file.people ?? []).forEach((person, i) => {
    if (outcomes.get('people')?.[i] !== 'added') return;
    const existing = services.ctx.repos.people
      .withSameName(person.fullName)
      .filter((p) => p.id !== person.id)
      .map((p) => ({ id: p.id, fullName: p.fullName }));
    if (existing.length > 0)
      duplicates.push({ incoming: { id: person.id, fullName: person.fullName }, existing });
  });
  const planId = createHash('sha256')
    .update(JSON.stringify([items.map((i) => [i.collection, i.id, i.outcome]), duplicates]))
    .digest('hex');
  return { source: source.source, kind: source.kind, counts, items, duplicates, planId };
}

/** The dry run: what a merge would add, update, keep and flag. Writes nothing. */
export function planMerge(services: Services, source: MergeSource): MergePlan {
  const { db, repos } = services.ctx;
  return db.transaction(() => computePlan(services, validateExchange(source.raw, repos), source))();
}

/** Applies the merge in one transaction; refuses if the plan differs from the preview's `planId`. */
export function applyMerge(
  services: Services,
  source: MergeSource,
  planId?: string,
): { plan: MergePlan; report: ImportReport } {
  const { db, repos } = services.ctx;
  return db
    .transaction(() => {
      const plan = computePlan(services, validateExchange(source.raw, repos), source);
      if (planId !== undefined && plan.planId !== planId)
        throw new AppError(
          'E_CONFLICT',
          'Dữ liệu đã thay đổi kể từ lúc xem trước kết quả gộp. Hãy xem trước lại rồi gộp.',
        );
      const report = services.exchange.import(source.raw);
      if (JSON.stringify(report) !== JSON.stringify(plan.counts))
        throw new AppError('E_INTERNAL', 'Kết quả gộp khác với bản xem trước; không có gì được ghi.');
      return { plan, report };
    })
    .immediate();
}
