// Merging another office's data (a backup or an exchange JSON file) into ours: by id, the newer
// `updatedAt` wins (the exchange import's rule). People with the same name after accent folding but a
// different id are listed for the user, never merged silently. The preview and the real run share one plan.
import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { DuplicatePerson, MergeItem, MergePlan } from '../../shared/backup';
import { exchangeCollections, type ExchangeFile } from '../../shared/exchange';
import { importChecked, planImport, type ImportReport } from '../exchange/import';
import { recheckAgainstData, validationSteps } from '../exchange/validate';
import type { Services } from '../services';
import { isExchangeFile, mergeSourceSteps, type MergeSource } from './merge-source';
import { asPass, type StepProgress } from './steps';

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

/**
 * The dry run, a chunk of records per step: the file read (a backup checked and rebuilt as a restore
 * would) and validated, then the plan, in one short read transaction. Writes nothing to the data.
 * Progress counts every pass over the file's records: two to read a backup, two to validate.
 */
export function* mergePlanSteps(
  services: Services,
  file: string,
  workDir: string,
  passphrase: string | undefined,
): Generator<StepProgress, { source: MergeSource; checked: ExchangeFile; plan: MergePlan }> {
  const { db, repos } = services.ctx;
  const passes = isExchangeFile(file) ? 2 : 4;
  const source = yield* asPass(mergeSourceSteps(file, workDir, passphrase), 0, 2, passes);
  // Validation reads the data between steps, outside a transaction: the real run validates again inside
  // its own, and refuses (planId) whatever differs from this plan.
  const checked = yield* asPass(validationSteps(source.raw, repos), passes - 2, 2, passes);
  return { source, checked, plan: db.transaction(() => computePlan(services, checked, source))() };
}

/**
 * Applies the merge in one transaction; refuses if the plan differs from the preview's `planId`. `checked` is
 * the file as `mergePlanSteps` validated it; what reads the data is checked again in the transaction.
 */
export function applyMerge(
  services: Services,
  source: MergeSource,
  checked: ExchangeFile,
  planId?: string,
): { plan: MergePlan; report: ImportReport } {
  const { db, repos } = services.ctx;
  return db
    .transaction(() => {
      // The data may have changed since the file was validated: its references are checked again here.
      recheckAgainstData(checked, repos);
      const plan = computePlan(services, checked, source);
      if (planId !== undefined && plan.planId !== planId)
        throw new AppError(
          'E_CONFLICT',
          'Dữ liệu đã thay đổi kể từ lúc xem trước kết quả gộp. Hãy xem trước lại rồi gộp.',
        );
      // The import runs in this same transaction, on the file just checked here.
      const report = importChecked(services.ctx, services.register, () => checked);
      if (JSON.stringify(report) !== JSON.stringify(plan.counts))
        throw new AppError('E_INTERNAL', 'Kết quả gộp khác với bản xem trước; không có gì được ghi.');
      return { plan, report };
    })
    .immediate();
}
