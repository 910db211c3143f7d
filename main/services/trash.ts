// Thùng rác. Deleting a meeting (with the documents made from it), a draft document or a person moves a
// JSON snapshot here and removes the rows, so every list, search, follow-up and export stops seeing it at
// once. Restoring writes the snapshot back (stamped now, so an exchange or merge carries it) after the
// same reference checks as a save; entries older than 30 days are purged when the app starts.
import { z } from 'zod';
import { formatVietnamInstant, parseInstant } from '../../shared/datetime';
import type { Stored, StoredMeeting } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import {
  dateTimeSchema,
  documentSchema,
  meetingSchema,
  personSchema,
  type OfficialDocument,
  type Person,
} from '../../shared/exchange';
import { TRASH_DAYS, type TrashEntry, type TrashKind } from '../../shared/trash';
import type { TrashRow } from '../db/repos/trash';
import type { ServiceContext } from './context';
import { seriesResolver } from '../documents/printed-number';
import { assertReferencesExist, deleteOrExplain, found, writing } from './guards';

const DAY_MS = 86_400_000;
const stamped = { updatedAt: dateTimeSchema };
// What a trash entry holds. It was written by this app, but it is read back through the exchange
// schemas all the same: a restore must never write a record a save would refuse.
const payloadSchema = z.object({
  meeting: meetingSchema.extend(stamped).optional(),
  documents: z.array(documentSchema.extend(stamped)).max(10_000).default([]),
  person: personSchema.extend(stamped).optional(),
  reviewOf: z.array(z.string()).max(10_000).default([]),
});
type Payload = z.input<typeof payloadSchema>;

const kindNames: Record<TrashKind, string> = { meeting: 'cuộc họp', document: 'văn bản', person: 'cán bộ' };

export function createTrashService(ctx: ServiceContext) {
  const { db, repos, now } = ctx;
  const repo = repos.trash;
  /** `05/TB-VPUB` (as printed) for an issued document, `dự thảo` for a draft. */
  const numberOf = (doc: OfficialDocument): string => seriesResolver(ctx).printedOf(doc) ?? 'dự thảo';

  const toEntry = (row: TrashRow): TrashEntry => {
    const deleted = parseInstant(row.deleted_at) ?? Date.now();
    return {
      id: row.id,
      kind: row.kind,
      label: row.label,
      detail: row.detail,
      deletedAt: row.deleted_at,
      purgeOn: formatVietnamInstant(deleted + TRASH_DAYS * DAY_MS).slice(0, 10),
    };
  };

  const put = (id: string, kind: TrashKind, label: string, detail: string | null, payload: Payload) =>
    repo.put({ id, kind, label, detail, payload: JSON.stringify(payload), deletedAt: now() });

  /** Someone put the record back by other means (an import): the entry would overwrite it. */
  const assertAbsent = (exists: boolean, kind: TrashKind) => {
    if (exists)
      throw new AppError(
        'E_CONFLICT',
        `Dữ liệu đã có lại ${kindNames[kind]} này (có thể từ một tệp nhập vào), nên không khôi phục bản trong thùng rác. Có thể xóa hẳn mục này.`,
      );
  };

  function restorePerson(person: Stored<Person>, stamp: string): void {
    assertAbsent(repos.people.updatedAt(person.id) !== undefined, 'person');
    repos.people.upsert({ ...person, updatedAt: stamp });
  }

  /** Brings back the people a meeting or document names that were deleted after it (from the trash too). */
  function restoreTrashedPeople(ids: string[], stamp: string): void {
    for (const personId of new Set(ids)) {
      if (repos.people.updatedAt(personId) !== undefined) continue;
      const row = repo.get(personId);
      if (row?.kind !== 'person') continue;
      const { person } = payloadSchema.parse(JSON.parse(row.payload));
      if (!person) continue;
      restorePerson(person, stamp);
      repo.remove(personId);
    }
  }

  function restoreDocument(doc: Stored<OfficialDocument>, stamp: string): void {
    assertAbsent(repos.documents.updatedAt(doc.id) !== undefined, 'document');
    restoreTrashedPeople(
      (doc.signers ?? []).flatMap((s) => (s.personId ? [s.personId] : [])),
      stamp,
    );
    if (doc.meetingId && !repos.meetings.updatedAt(doc.meetingId)) {
      if (repo.get(doc.meetingId)?.kind === 'meeting')
        throw new AppError(
          'E_CONFLICT',
          'Cuộc họp của văn bản này cũng đang trong thùng rác: hãy khôi phục cuộc họp (văn bản về cùng).',
        );
      doc = { ...doc, meetingId: null };
    }
    assertReferencesExist(repos, 'documents', doc);
    repos.documents.upsert({ ...doc, updatedAt: stamp });
  }

  function restoreMeeting(payload: z.output<typeof payloadSchema>, stamp: string): void {
    const meeting = payload.meeting as StoredMeeting;
    assertAbsent(repos.meetings.updatedAt(meeting.id) !== undefined, 'meeting');
    restoreTrashedPeople(
      (meeting.attendees ?? []).map((a) => a.personId),
      stamp,
    );
    assertReferencesExist(repos, 'meetings', meeting);
    repos.meetings.upsert({ ...meeting, updatedAt: stamp });
    for (const doc of payload.documents) restoreDocument(doc, stamp);
    for (const programmeId of payload.reviewOf)
      if (repos.programmes.updatedAt(programmeId)) repo.relinkReview(programmeId, meeting.id);
  }

  return {
    /** Newest first. */
    list(): TrashEntry[] {
      return repo.list().map(toEntry);
    },

    /** Moves a meeting to the trash with the documents made from it (drafts and issued alike). */
    moveMeeting(id: string): TrashEntry {
      return writing(() =>
        db.transaction(() => {
          const meeting = found(repos.meetings.get(id), 'cuộc họp', id);
          const documents = repos.documents
            .idsForMeeting(id)
            .map((docId) => repos.documents.get(docId))
            .filter((d): d is Stored<OfficialDocument> => d !== undefined);
          const detail = documents.length
            ? `kèm ${documents.length} văn bản: ${documents.map(numberOf).join(', ')}`
            : null;
          put(id, 'meeting', meeting.title, detail, {
            meeting,
            documents,
            reviewOf: repo.programmesReviewedBy(id),
          });
          for (const doc of documents) repos.documents.delete(doc.id);
          repos.meetings.delete(id);
          return toEntry(found(repo.get(id), 'mục thùng rác', id));
        })(),
      );
    },

    /** Moves a draft to the trash; an issued document is frozen and stays. */
    moveDocument(id: string): TrashEntry {
      return writing(() =>
        db.transaction(() => {
          const doc = found(repos.documents.get(id), 'văn bản', id);
          if (doc.status === 'issued')
            throw new AppError(
              'E_FROZEN',
              'Văn bản đã ban hành thì không sửa hoặc xóa được. Hãy dùng "Nhân bản" để tạo dự thảo mới.',
            );
          put(id, 'document', doc.summary.trim() || 'Văn bản không có trích yếu', null, { documents: [doc] });
          repos.documents.delete(id);
          return toEntry(found(repo.get(id), 'mục thùng rác', id));
        })(),
      );
    },

    /** Moves a person no meeting or document names any more (E_IN_USE otherwise). */
    movePerson(id: string): TrashEntry {
      return writing(() =>
        db.transaction(() => {
          const person = found(repos.people.get(id), 'cán bộ', id);
          deleteOrExplain(() => repos.people.delete(id), 'cán bộ', id);
          put(id, 'person', person.fullName, null, { person });
          return toEntry(found(repo.get(id), 'mục thùng rác', id));
        })(),
      );
    },

    /** Puts a record back as it was when deleted; the entry leaves the trash. */
    restore(id: string): TrashEntry {
      return writing(() =>
        db.transaction(() => {
          const row = found(repo.get(id), 'mục trong thùng rác', id);
          const payload = payloadSchema.parse(JSON.parse(row.payload));
          const stamp = now();
          if (row.kind === 'meeting' && payload.meeting) restoreMeeting(payload, stamp);
          else if (row.kind === 'person' && payload.person) restorePerson(payload.person, stamp);
          else if (row.kind === 'document' && payload.documents[0])
            restoreDocument(payload.documents[0], stamp);
          else throw new AppError('E_INTERNAL', 'Mục trong thùng rác bị hỏng, không khôi phục được.');
          repo.remove(id);
          return toEntry(row);
        })(),
      );
    },

    /** Deletes an entry for good. */
    remove(id: string): void {
      if (!writing(() => repo.remove(id)))
        throw new AppError('E_NOT_FOUND', `Không tìm thấy mục trong thùng rác (mã ${id}).`);
    },

    /** Purges what was deleted more than 30 days ago; run when the app starts. Returns how many. */
    purgeExpired(): number {
      const current = parseInstant(now()) ?? Date.now();
      return writing(() => repo.purgeBefore(formatVietnamInstant(current - TRASH_DAYS * DAY_MS)));
    },
  };
}

export type TrashService = ReturnType<typeof createTrashService>;
