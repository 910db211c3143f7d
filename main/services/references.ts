// Which records a record points to. One list serves three jobs: checking a save, checking an
// imported file, and collecting "a meeting with what it references" for export.
import type {
  ExchangeCollection,
  Meeting,
  OfficialDocument,
  Organization,
  Programme,
} from '../../shared/exchange';

export type ReferenceKind = 'organizations' | 'people' | 'meetings' | 'programmes';

export interface Reference {
  path: (string | number)[];
  kind: ReferenceKind;
  id: string;
}

const kindNames: Record<ReferenceKind, string> = {
  organizations: 'cơ quan',
  people: 'cán bộ',
  meetings: 'cuộc họp',
  programmes: 'chương trình phối hợp',
};

export function describeMissing(ref: Reference): string {
  return `không tìm thấy ${kindNames[ref.kind]} có mã ${ref.id}`;
}

function organizationRefs(org: Organization): Reference[] {
  return org.parentId ? [{ path: ['parentId'], kind: 'organizations', id: org.parentId }] : [];
}

function meetingRefs(meeting: Meeting): Reference[] {
  const refs: Reference[] = meeting.organizerIds.map((id, i) => ({
    path: ['organizerIds', i],
    kind: 'organizations',
    id,
  }));
  (meeting.attendees ?? []).forEach((a, i) => {
    refs.push({ path: ['attendees', i, 'personId'], kind: 'people', id: a.personId });
    if (a.organizationId)
      refs.push({ path: ['attendees', i, 'organizationId'], kind: 'organizations', id: a.organizationId });
  });
  (meeting.conclusions ?? []).forEach((c, i) =>
    (c.assignees ?? []).forEach((a, j) =>
      refs.push({
        path: ['conclusions', i, 'assignees', j, 'organizationId'],
        kind: 'organizations',
        id: a.organizationId,
      }),
    ),
  );
  return refs;
}

function programmeRefs(programme: Programme): Reference[] {
  const refs: Reference[] = programme.partyIds.map((id, i) => ({
    path: ['partyIds', i],
    kind: 'organizations',
    id,
  }));
  if (programme.reviewMeetingId)
    refs.push({ path: ['reviewMeetingId'], kind: 'meetings', id: programme.reviewMeetingId });
  programme.items.forEach((item, i) => {
    (item.leadIds ?? []).forEach((id, j) =>
      refs.push({ path: ['items', i, 'leadIds', j], kind: 'organizations', id }),
    );
    (item.supportIds ?? []).forEach((id, j) =>
      refs.push({ path: ['items', i, 'supportIds', j], kind: 'organizations', id }),
    );
  });
  return refs;
}

function documentRefs(doc: OfficialDocument): Reference[] {
  const refs: Reference[] = doc.issuerIds.map((id, i) => ({
    path: ['issuerIds', i],
    kind: 'organizations',
    id,
  }));
  if (doc.meetingId) refs.push({ path: ['meetingId'], kind: 'meetings', id: doc.meetingId });
  if (doc.programmeId) refs.push({ path: ['programmeId'], kind: 'programmes', id: doc.programmeId });
  (doc.signers ?? []).forEach((signer, i) => {
    if (signer.organizationId)
      refs.push({ path: ['signers', i, 'organizationId'], kind: 'organizations', id: signer.organizationId });
    if (signer.personId) refs.push({ path: ['signers', i, 'personId'], kind: 'people', id: signer.personId });
  });
  return refs;
}

type RecordOf<C extends ExchangeCollection> = C extends 'organizations'
  ? Organization
  : C extends 'people'
    ? { id: string }
    : C extends 'meetings'
      ? Meeting
      : C extends 'programmes'
        ? Programme
        : OfficialDocument;

export function referencesOf<C extends ExchangeCollection>(collection: C, record: RecordOf<C>): Reference[] {
  switch (collection) {
    case 'organizations':
      return organizationRefs(record as Organization);
    case 'people':
      return [];
    case 'meetings':
      return meetingRefs(record as Meeting);
    case 'programmes':
      return programmeRefs(record as Programme);
    default:
      return documentRefs(record as OfficialDocument);
  }
}

export function firstMissingReference(
  refs: Reference[],
  exists: (kind: ReferenceKind, id: string) => boolean,
): Reference | undefined {
  return refs.find((ref) => !exists(ref.kind, ref.id));
}
