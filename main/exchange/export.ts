// Writing the database (or one meeting with everything it references) as an exchange file.
import { AppError } from '../../shared/errors';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  type ExchangeCollection,
  type ExchangeFile,
} from '../../shared/exchange';
import type { ServiceContext } from '../services/context';
import { referencesOf, type ReferenceKind } from '../services/references';
import { withVersionOneSigners } from './version-one-signers';

type Selection = Record<ExchangeCollection, Set<string>>;

function collect(ctx: ServiceContext, selection: Selection | null): ExchangeFile {
  const { repos } = ctx;
  const keep = (collection: ExchangeCollection) => (id: string) =>
    selection === null || selection[collection].has(id);
  const defined = <T>(value: T | undefined): value is T => value !== undefined;
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt: ctx.now(),
    organizations: repos.organizations.all().filter((o) => keep('organizations')(o.id)),
    people: repos.people.all().filter((p) => keep('people')(p.id)),
    meetings: repos.meetings
      .allIds()
      .filter(keep('meetings'))
      .map((id) => repos.meetings.get(id))
      .filter(defined),
    programmes: repos.programmes
      .allIds()
      .filter(keep('programmes'))
      .map((id) => repos.programmes.get(id))
      .filter(defined),
    documents: repos.documents
      .allIds()
      .filter(keep('documents'))
      .map((id) => repos.documents.get(id))
      .filter(defined)
      .map(withVersionOneSigners),
  };
}

export function exportAll(ctx: ServiceContext): ExchangeFile {
  return ctx.db.transaction(() => collect(ctx, null))();
}

/** One meeting, its documents, and every record they reference (organizers, people, parents…). */
export function exportMeeting(ctx: ServiceContext, meetingId: string): ExchangeFile {
  const { repos } = ctx;
  return ctx.db.transaction(() => {
    if (!repos.meetings.updatedAt(meetingId))
      throw new AppError('E_NOT_FOUND', `Không tìm thấy cuộc họp có mã ${meetingId}.`);
    const selection: Selection = {
      organizations: new Set(),
      people: new Set(),
      meetings: new Set(),
      programmes: new Set(),
      documents: new Set(),
    };
    const queue: [ExchangeCollection, string][] = [
      ['meetings', meetingId],
      ...repos.documents
        .idsForMeeting(meetingId)
        .map((id): [ExchangeCollection, string] => ['documents', id]),
    ];
    const load = (collection: ExchangeCollection, id: string) =>
      collection === 'organizations'
        ? repos.organizations.get(id)
        : collection === 'people'
          ? repos.people.get(id)
          : collection === 'meetings'
            ? repos.meetings.get(id)
            : collection === 'programmes'
              ? repos.programmes.get(id)
              : repos.documents.get(id);
    for (let next = queue.pop(); next; next = queue.pop()) {
      const [collection, id] = next;
      if (selection[collection].has(id)) continue;
      const record = load(collection, id);
      if (!record) continue;
      selection[collection].add(id);
      for (const ref of referencesOf(collection, record as never))
        queue.push([ref.kind satisfies ReferenceKind, ref.id]);
    }
    return collect(ctx, selection);
  })();
}
