// `search TEXT [--year N]`: meetings, people and organizations whose names contain the words, without
// regard to accents or case (the same folded search as the app's lists), for scripts and quick lookups.
import { AppError } from '../../../shared/errors';
import { toVietnamInstant } from '../../../shared/datetime';
import type { Command } from '../context';

const LIMIT = 20;

/** dd/MM/yyyy HH:mm in Vietnam time, as the app shows it. */
function shown(instant: string): string {
  const local = toVietnamInstant(instant);
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`;
}

function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const year = Number(text);
  if (!Number.isInteger(year) || year < 1945 || year > 2200)
    throw new AppError('E_USAGE', `Năm không hợp lệ: "${text}" (ví dụ --year 2021).`);
  return year;
}

export const searchCommand: Command = {
  usage: 'search TỪ_KHÓA [--year N]',
  summary: 'Tìm cuộc họp, cán bộ, cơ quan theo tên (không phân biệt dấu, hoa thường)',
  run(ctx) {
    const text = ctx.args.join(' ').normalize('NFC').trim();
    if (!text) throw new AppError('E_USAGE', 'Hãy cho từ khóa cần tìm, ví dụ: search "cai cach hanh chinh".');
    if (text.length > 200) throw new AppError('E_USAGE', 'Từ khóa dài quá 200 ký tự.');
    const year = parseYear(ctx.options.year);
    const found = ctx.readServices((s) => ({
      meetings: s.meetings.list({ text, ...(year ? { year } : {}), limit: LIMIT }),
      people: year ? undefined : s.people.list({ text, limit: LIMIT }),
      organizations: year ? undefined : s.organizations.list({ text }).slice(0, LIMIT),
    }));
    const more = (total: number, shownCount: number) =>
      total > shownCount ? ` (hiện ${shownCount} kết quả đầu)` : '';
    const lines = [
      `Cuộc họp: ${found.meetings.total}${more(found.meetings.total, found.meetings.items.length)}`,
      ...found.meetings.items.map((m) => `  ${shown(m.startsAt)}  ${m.title}  [${m.id}]`),
    ];
    if (found.people)
      lines.push(
        `Cán bộ: ${found.people.total}${more(found.people.total, found.people.items.length)}`,
        ...found.people.items.map((p) => `  ${p.fullName}  [${p.id}]`),
      );
    if (found.organizations)
      lines.push(
        `Cơ quan: ${found.organizations.length}`,
        ...found.organizations.map((o) => `  ${o.name}${o.symbol ? ` (${o.symbol})` : ''}  [${o.id}]`),
      );
    ctx.print(lines.join('\n'), { ok: true, text, year: year ?? null, ...found });
    return 0;
  },
};
