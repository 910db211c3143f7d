import type { Services } from '../../services';
import type { FeatureHandlers } from './define';
import type { DocxChannel } from './docx';

// The DOCX calls live in ./docx.ts.
export const documentHandlers = (s: Services): Omit<FeatureHandlers<'documents'>, DocxChannel> => ({
  'documents.list': (q) => s.documents.list(q),
  'documents.get': ({ id }) => s.documents.get(id),
  'documents.saveDraft': (doc) => s.documents.saveDraft(doc),
  'documents.delete': ({ id }) => (s.documents.delete(id), null),
  'documents.issue': ({ id, issuedOn, number }) => s.documents.issue(id, issuedOn, number),
  'documents.duplicate': ({ id }) => s.documents.duplicate(id),
  'documents.usualRecipients': ({ issuerId, meetingId }) => s.documents.usualRecipients(issuerId, meetingId),
});
