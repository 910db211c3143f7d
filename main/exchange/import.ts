// Merging an exchange file into the database: by id, the newer `updatedAt` wins, a record
// without `updatedAt` never overwrites, and everything happens in one transaction.
import { parseInstant } from '../../shared/datetime';
import { exchangeCollections, type ExchangeCollection, type ExchangeFile } from '../../shared/exchange';
import type { ServiceContext } from '../services/context';
import { writing } from '../services/guards';
import type { RegisterService } from '../services/register';
import { validateExchange } from './validate';

export type Outcome = 'added' | 'updated' | 'skipped';
export type CollectionCounts = Record<ExchangeCollection, number>;
export type ImportReport = Record<Outcome, CollectionCounts>;

const emptyCounts = (): CollectionCounts => ({
  organizations: 0,
  people: 0,
  meetings: 0,
  programmes: 0,
  documents: 0,
});

export function decideOutcome(
  existingUpdatedAt: string | undefined,
  incomingUpdatedAt: string | undefined,
): Outcome {
  if (existingUpdatedAt === undefined) return 'added';
  if (incomingUpdatedAt === undefined) return 'skipped';
  const incoming = parseInstant(incomingUpdatedAt) ?? 0;
  const existing = parseInstant(existingUpdatedAt) ?? 0;
  return incoming > existing ? 'updated' : 'skipped';
}

/** What an import of `file` would do, record by record, without writing. */
export function planImport(ctx: ServiceContext, file: ExchangeFile): Map<ExchangeCollection, Outcome[]> {
  const plan = new Map<ExchangeCollection, Outcome[]>();
  for (const collection of exchangeCollections) {
    const repo = ctx.repos[collection];
    plan.set(
      collection,
      (file[collection] ?? []).map((record) => decideOutcome(repo.updatedAt(record.id), record.updatedAt)),
    );
  }
  return plan;
}

export function importExchange(ctx: ServiceContext, register: RegisterService, raw: unknown): ImportReport {
  return importChecked(ctx, register, () => validateExchange(raw, ctx.repos));
}

/**
 * The import of the file `check` returns, validated inside the write transaction (validation reads the
 * database, so nothing may change in between): a caller already in a transaction that has validated the
 * file passes it through rather than validating twice.
 */
export function importChecked(
  ctx: ServiceContext,
  register: RegisterService,
  check: () => ExchangeFile,
): ImportReport {
  const { db, repos } = ctx;
  return writing(() =>
    db
      .transaction(() => {
        const file = check();
        const plan = planImport(ctx, file);
        const report: ImportReport = { added: emptyCounts(), updated: emptyCounts(), skipped: emptyCounts() };
        const stamp = ctx.now();
        // Organizations may name a parent that comes later in the file: check keys at commit.
        db.pragma('defer_foreign_keys = ON');
        const write = <C extends ExchangeCollection>(collection: C, upsert: (record: never) => void) => {
          const outcomes = plan.get(collection) ?? [];
          (file[collection] ?? []).forEach((record, i) => {
            const outcome = outcomes[i] ?? 'skipped';
            report[outcome][collection]++;
            if (outcome !== 'skipped') upsert({ ...record, updatedAt: record.updatedAt ?? stamp } as never);
          });
        };
        write('organizations', (r) => repos.organizations.upsert(r));
        write('people', (r) => repos.people.upsert(r));
        write('meetings', (r: Parameters<typeof repos.meetings.upsert>[0]) =>
          repos.meetings.upsert({
            ...r,
            conclusions: (r.conclusions ?? []).map((c) => ({ ...c, updatedAt: c.updatedAt ?? r.updatedAt })),
          }),
        );
        write('programmes', (r) => repos.programmes.upsert(r));
        write('documents', (r) => repos.documents.upsert(r));
        for (const doc of file.documents ?? []) {
          const lead = doc.issuerIds[0];
          if (doc.status === 'issued' && doc.number && doc.issuedOn && lead)
            register.recordIssued(lead, doc.type, doc.issuedOn, doc.number);
        }
        return report;
      })
      .immediate(),
  );
}
