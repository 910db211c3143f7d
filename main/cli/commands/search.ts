// `search TEXT [--year N] [--kind K] [--json]`: the app's full-text search (meetings, conclusions,
// documents, programmes, people, bodies) from the command line, with the same ranking and snippets.
// Matching words are shown between « and »; --json gives the results as the app receives them.
import { toVietnamInstant } from '../../../shared/datetime';
import { AppError } from '../../../shared/errors';
import {
  searchKindLabels,
  searchKinds,
  type SearchHit,
  type SearchKind,
  type TextSegment,
} from '../../../shared/search';
import { SEARCH_LIMITS } from '../../../shared/search-query';
import { foldVietnamese } from '../../../shared/vietnamese';
import type { Command } from '../context';
import { services } from './services';

const LIMIT = 10;

/** `--kind` takes the English name or the Vietnamese label without accents (cuoc-hop, ket-luan…). */
const kindNames = new Map<string, SearchKind>(
  searchKinds.flatMap((k) => [
    [k, k],
    [foldVietnamese(searchKindLabels[k]).replace(/ /g, '-'), k],
  ]),
);

function parseKind(text: string | undefined): SearchKind | undefined {
  if (text === undefined) return undefined;
  const kind = kindNames.get(foldVietnamese(text).replace(/ /g, '-'));
  if (!kind)
    throw new AppError(
      'E_USAGE',
      `Loại không hợp lệ: "${text.slice(0, 40)}" (một trong: ${searchKinds.map((k) => foldVietnamese(searchKindLabels[k]).replace(/ /g, '-')).join(', ')}).`,
    );
  return kind;
}

function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const year = Number(text);
  if (!Number.isInteger(year) || year < 1945 || year > 2200)
    throw new AppError('E_USAGE', `Năm không hợp lệ: "${text}" (ví dụ --year 2021).`);
  return year;
}

/** dd/MM/yyyy (HH:mm) as the app shows it, Vietnam time. */
function shown(date: string | null): string {
  if (!date) return '';
  const local = date.length > 10 ? toVietnamInstant(date) : date;
  const day = `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
  return local.length > 10 ? `${day} ${local.slice(11, 16)}` : day;
}

const marked = (segments: TextSegment[]) => segments.map((s) => (s.hit ? `«${s.text}»` : s.text)).join('');

function lines(hit: SearchHit): string[] {
  const date = shown(hit.date);
  const head = `  ${date ? `${date}  ` : ''}${marked(hit.title)}  [${hit.id}]`;
  const snippet = marked(hit.snippet).replace(/\s+/g, ' ').trim();
  return snippet ? [head, `      ${snippet}`] : [head];
}

export const searchCommand: Command = {
  run(ctx) {
    const text = ctx.args.join(' ').normalize('NFC').trim();
    if (!text) throw new AppError('E_USAGE', 'Hãy cho từ khóa cần tìm, ví dụ: search "cai cach hanh chinh".');
    if (text.length > SEARCH_LIMITS.maxLength)
      throw new AppError('E_USAGE', `Từ khóa dài quá ${SEARCH_LIMITS.maxLength} ký tự.`);
    const year = parseYear(ctx.options.year);
    const kind = parseKind(ctx.options.kind);
    const result = ctx.readDatabase(
      services((s) =>
        s.search.search({
          text,
          limit: LIMIT,
          ...(year ? { year } : {}),
          ...(kind ? { kinds: [kind] } : {}),
        }),
      ),
    );
    if (!result.searched)
      throw new AppError('E_USAGE', 'Không có từ nào để tìm (chỉ có từ loại trừ hoặc ký tự đặc biệt).');
    const out = result.groups.flatMap((g) => [
      `${searchKindLabels[g.kind]}: ${g.total}${g.capped ? '+' : ''}${g.total > g.items.length ? ` (hiện ${g.items.length} kết quả đầu)` : ''}`,
      ...g.items.flatMap(lines),
    ]);
    ctx.print(out.length ? out.join('\n') : 'Không tìm thấy kết quả nào.', {
      ok: true,
      text,
      year: year ?? null,
      kind: kind ?? null,
      groups: result.groups,
    });
    return 0;
  },
};
