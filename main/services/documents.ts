import { randomUUID } from 'node:crypto';
import type { DocumentListQuery, DocumentSummary, Page, Stored } from '../../shared/domain';
import { todayVietnam } from '../../shared/datetime';
import { AppError } from '../../shared/errors';
import type { OfficialDocument } from '../../shared/exchange';
import type { ServiceContext } from './context';
import { assertReferencesExist, found, writing } from './guards';
import { assertIssuable } from './issue-guard';
import { upsertKeepingStamp } from './stamps';
import type { RegisterService } from './register';

const frozen = () =>
  new AppError(
    'E_FROZEN',
    'Văn bản đã ban hành thì không sửa hoặc xóa được. Hãy dùng "Nhân bản" để tạo dự thảo mới.',
  );

export function createDocumentService({ db, repos, now }: ServiceContext, register: RegisterService) {
  const repo = repos.documents;
  const get = (id: string) => found(repo.get(id), 'văn bản', id);

  return {
    list(query: DocumentListQuery = {}): Page<DocumentSummary> {
      return repo.list(query);
    },
    get,
    /** Saves a draft. A draft has no number or date: those come from the register when it is issued. */
    saveDraft(input: OfficialDocument): Stored<OfficialDocument> {
      if (repo.get(input.id)?.status === 'issued') throw frozen();
      assertReferencesExist(repos, 'documents', input);
      const draft = { ...input, status: 'draft' as const, number: null, issuedOn: null };
      return writing(() => db.transaction(() => upsertKeepingStamp(repo, draft, now))());
    },
    /**
     * Takes the next number from the register, stamps number and date, and freezes the document. Refuses
     * (E_DOC_INCOMPLETE, naming what is missing) a document without its signers' names and positions.
     */
    issue(id: string, issuedOn: string = todayVietnam()): Stored<OfficialDocument> {
      return writing(() =>
        db
          .transaction(() => {
            const doc = get(id);
            if (doc.status === 'issued') throw frozen();
            const leadIssuer = doc.issuerIds[0];
            if (!leadIssuer)
              throw new AppError('E_VALIDATION', 'Văn bản chưa có cơ quan ban hành.', { path: 'issuerIds' });
            const number = register.allocate(leadIssuer, doc.type, issuedOn);
            const issued: Stored<OfficialDocument> = {
              ...doc,
              status: 'issued',
              number,
              issuedOn,
              updatedAt: now(),
            };
            // A refusal rolls the transaction back: the number just taken is not used up.
            assertIssuable(repos, issued);
            repo.upsert(issued);
            return issued;
          })
          .immediate(),
      );
    },
    /** "Nhân bản": a new draft with the same content. */
    duplicate(id: string): Stored<OfficialDocument> {
      const source = get(id);
      const copy: Stored<OfficialDocument> = {
        ...source,
        id: randomUUID(),
        status: 'draft',
        number: null,
        issuedOn: null,
        updatedAt: now(),
      };
      writing(() => db.transaction(() => repo.upsert(copy))());
      return copy;
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
