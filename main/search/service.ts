// Full-text search over everything the office recorded: the first page of each kind (meetings,
// conclusions, documents, programmes, people, bodies), ranked (./rank.ts: the words typed with the
// same accents first, then a BM25F score, then newer first); each result with a highlighted snippet
// and where it was found.
import { AppError } from '../../shared/errors';
import {
  searchKinds,
  searchQuerySchema,
  type SearchField,
  type SearchGroup,
  type SearchHit,
  type SearchKind,
  type SearchQuery,
  type SearchResult,
} from '../../shared/search';
import { highlightKeys, parseQuery } from '../../shared/search-query';
import { createSearchQueryRepo, type SearchQueryRepo } from '../db/repos/search-query';
import { createSearchSourceRepo } from '../db/repos/search-source';
import { toAppError } from '../db/sqlite-errors';
import type { ServiceContext } from '../services/context';
import { exactExpression, headExpression, queryExpression, type ExpandPrefix } from './fts-query';
import { rankPage, rareClauses, type RankedMatch } from './rank';
import { createRecordCache, withFoldedFields, type CachedRecord } from './record-cache';
import { kindRange, tableOf, type SearchTable } from './rowids';
import { highlightAll, hitPattern, snippetOf, type HitPattern } from './snippets';
import { sourceOf } from './sources';

/** The field each kind shows as its title (a snippet from it would repeat the title). */
const titleFields: Record<SearchKind, SearchField | null> = {
  meeting: 'title',
  conclusion: null,
  document: 'summary',
  programme: 'title',
  person: 'name',
  organization: 'name',
};

/** Kinds that belong to a year (people and bodies do not). */
const datedKinds = new Set<SearchKind>(['meeting', 'conclusion', 'document', 'programme']);

function refuse(error: unknown): never {
  const appError = toAppError(error);
  if (appError.code !== 'E_INTERNAL') throw appError;
  // A query the engine still could not read: say so plainly rather than report an internal error.
  throw new AppError(
    'E_VALIDATION',
    'Không tìm được với từ khóa này. Hãy bỏ bớt ký tự đặc biệt rồi thử lại.',
    {
      cause: error,
    },
  );
}

/** Per table, the words each long prefix starts: listed once for the whole search. */
function prefixExpansion(index: SearchQueryRepo): (table: SearchTable) => ExpandPrefix {
  const listed = new Map<string, string[] | null>();
  const perTable = new Map<SearchTable, ExpandPrefix>();
  return (table) => {
    let expand = perTable.get(table);
    if (!expand) {
      expand = (prefix) => {
        const key = `${table} ${prefix}`;
        if (!listed.has(key)) listed.set(key, index.prefixWords(table, prefix));
        return listed.get(key) ?? null;
      };
      perTable.set(table, expand);
    }
    return expand;
  };
}

export function createSearchService({ db, repos }: ServiceContext) {
  const index = createSearchQueryRepo(db);
  const sources = createSearchSourceRepo(db);

  const records = createRecordCache(sources.version);

  /** What a result shows of the record at `doc`: read once, then kept while nothing is written. */
  function recordOf(kind: SearchKind, doc: number): CachedRecord | null {
    return records.get(doc, () => {
      const key = index.key(doc);
      // The organizations are read only for the index's filter, not for what a result shows; the
      // minutes only when the snippet gets to them (see `snippetOf`).
      const source = key && sourceOf[kind](sources, key.ref_id, { organizations: false, lazyMinutes: true });
      if (!source) return null;
      return {
        kind,
        source: withFoldedFields(source),
        ...(kind === 'person' ? { personTitle: sources.latestTitle(source.id) } : {}),
      };
    });
  }

  function hitOf(kind: SearchKind, match: RankedMatch, pattern: HitPattern | null): SearchHit | null {
    const record = recordOf(kind, match.doc);
    if (!record || record.kind !== kind) return null;
    const { source } = record;
    const found = snippetOf(source, pattern, titleFields[kind]);
    const snippet =
      kind === 'person' && found.field === 'name'
        ? [{ text: record.personTitle ?? '' }].filter((s) => s.text)
        : found.snippet;
    return {
      kind,
      id: source.id,
      meetingId: source.meetingId,
      title: highlightAll(source.title, pattern),
      date: source.date,
      field: found.field,
      snippet,
      find: found.find,
      findContext: found.findContext,
      exact: match.exact,
    };
  }

  return {
    search(input: SearchQuery): SearchResult {
      const q = searchQuerySchema.parse(input);
      // A write made outside the repositories (a SQLite tool, a new code path) is indexed before reading.
      if (repos.search.pending()) db.transaction(() => repos.search.flush()).immediate();
      records.check();
      const parsed = parseQuery(q.text, { asYouType: q.asYouType });
      if (queryExpression(parsed) === null) return { groups: [], searched: false };
      // A prefix longer than the indexed ones is read as the words it starts, listed once per table.
      const expandFor = prefixExpansion(index);
      const expression = (table: SearchTable) =>
        queryExpression(parsed, q.organizationId, expandFor(table)) as string;
      // While typing (every query of the search box), each key gets the lighter order: the exact accents
      // (cheap: rowids only), then the titles, then the newer; no bm25 (see ./rank.ts).
      const exact = exactExpression(parsed);
      const titles = (table: SearchTable) => (q.asYouType ? headExpression(parsed, expandFor(table)) : null);
      const pattern = hitPattern(highlightKeys(parsed));
      const kinds = searchKinds.filter(
        (k) => (!q.kinds || q.kinds.includes(k)) && (q.year === undefined || datedKinds.has(k)),
      );
      const groups: SearchGroup[] = [];
      // One read transaction: the words a long prefix starts and the rows read are of the same moment,
      // whatever another connection (the backup worker's merge) commits meanwhile.
      const read = db.transaction(() => {
        const scored = q.asYouType ? null : rareClauses(index, parsed.include, expandFor);
        for (const kind of kinds) {
          const table = tableOf[kind];
          const ranked = rankPage(
            index,
            {
              expression: expression(table),
              exact,
              scored,
              titles: titles(table),
              table,
              range: kindRange(kind, q.year),
            },
            { offset: q.offset, limit: q.limit },
          );
          if (!ranked) continue;
          groups.push({
            kind,
            total: ranked.total,
            capped: ranked.more,
            items: ranked.matches
              .map((m) => hitOf(kind, m, pattern))
              .filter((h): h is SearchHit => h !== null),
          });
        }
      });
      try {
        read.deferred();
      } catch (error) {
        refuse(error);
      }
      return { groups, searched: true };
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
