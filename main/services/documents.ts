import { randomUUID } from 'node:crypto';
import type { DocumentListQuery, DocumentSummary, Page, Stored } from '../../shared/domain';
import { todayVietnam } from '../../shared/datetime';
import { AppError } from '../../shared/errors';
import type { OfficialDocument } from '../../shared/exchange';
import type { ServiceContext } from './context';
import { assertReferencesExist, found, writing } from './guards';
import { assertIssuable } from './issue-guard';
import { upsertKeepingStamp } from './stamps';
import { foldVietnamese } from '../../shared/vietnamese';
import { printedNumber } from '../../shared/document-number';
import { seriesResolver } from '../documents/printed-number';
import { createRecipientService } from './recipients';
import type { RegisterService } from './register';

const frozen = () =>
  new AppError(
    'E_FROZEN',
    'Văn bản đã ban hành thì không sửa hoặc xóa được. Hãy dùng "Nhân bản" để tạo dự thảo mới.',
  );

/**
 * Matches the list's search box: digits alone find that number (`5`, `05`) or the digits in a summary;
 * other text is looked for in the printed number (`05/TB`, `tb-ubnd`) and the summary, accents optional.
 */
export function textMatcher(
  text: string,
): (summary: string, number: number | null, printed: string | null) => boolean {
  const folded = foldVietnamese(text);
  const digitsOnly = /^\d+$/.test(folded) ? Number(folded) : null;
  return (summary, number, printed) => {
    if (digitsOnly !== null && number === digitsOnly) return true;
    if (printed !== null && quickFold(printed).includes(folded)) return true;
    return foldedSummary(summary).includes(folded);
  };
}

/** Most printed numbers are plain ASCII (`05/TB-VPUB`): lower case is their fold. */
const quickFold = (text: string): string =>
  /^[\x20-\x7e]*$/.test(text) ? text.toLowerCase() : foldVietnamese(text);

// Folding every summary is most of a search's time: each text is folded once (a bounded cache, as the
// search index does for words), so typing on in the search box reuses what the first query folded.
const SUMMARY_CACHE_LIMIT = 50_000;
const summaryCache = new Map<string, string>();
function foldedSummary(summary: string): string {
  let folded = summaryCache.get(summary);
  if (folded === undefined) {
    folded = foldVietnamese(summary);
    if (summaryCache.size >= SUMMARY_CACHE_LIMIT) summaryCache.clear();
    summaryCache.set(summary, folded);
  }
  return folded;
}

export function createDocumentService(ctx: ServiceContext, register: RegisterService) {
  const { db, repos, now } = ctx;
  const repo = repos.documents;
  const get = (id: string) => found(repo.get(id), 'văn bản', id);

  return {
    /** Nơi nhận to offer while drafting: the issuer's usual lines and the meeting's units. */
    usualRecipients: createRecipientService(ctx).suggest,
    /** A page of the list, each with its number as printed; `text` matches that number or the summary. */
    list(query: DocumentListQuery = {}): Page<DocumentSummary> {
      const { printedOf } = seriesResolver(ctx);
      const withNumber = (d: DocumentSummary): DocumentSummary => ({ ...d, printedNumber: printedOf(d) });
      const text = query.text?.trim();
      if (!text) {
        const page = repo.list(query);
        return { ...page, items: page.items.map(withNumber) };
      }
      const match = textMatcher(text);
      const page = repo.list(query, (d) => match(d.summary, d.number, printedOf(d)));
      return { ...page, items: page.items.map(withNumber) };
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
     * Takes the next number from the register (or `chosen`, a number given on paper, refused with
     * E_REGISTER_NUMBER_USED when its series already has it), stamps number and date, and freezes the
     * document. Refuses (E_DOC_INCOMPLETE, naming what is missing) a document without its signers' names
     * and positions.
     */
    issue(id: string, issuedOn: string = todayVietnam(), chosen?: number): Stored<OfficialDocument> {
      return writing(() =>
        db
          .transaction(() => {
            const doc = get(id);
            if (doc.status === 'issued') throw frozen();
            const leadIssuer = doc.issuerIds[0];
            if (!leadIssuer)
              throw new AppError('E_VALIDATION', 'Văn bản chưa có cơ quan ban hành.', { path: 'issuerIds' });
            const number =
              chosen === undefined
                ? register.allocate(leadIssuer, doc.type, issuedOn)
                : register.takeChosen(leadIssuer, doc.type, issuedOn, chosen, (n) => {
                    const series = seriesResolver(ctx).seriesOf(doc);
                    return series ? printedNumber(series.family, n, series.symbol) : String(n);
                  });
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
