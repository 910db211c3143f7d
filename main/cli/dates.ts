// Dates typed on the command line: `2025-01-31` or, as Vietnamese offices write them, `31/01/2025`.
import { isValidDate } from '../../shared/datetime';
import { AppError } from '../../shared/errors';

/** The date as YYYY-MM-DD; a missing or impossible one is refused with E_USAGE naming the option. */
export function parseCliDate(text: string | undefined, option: string): string {
  if (!text)
    throw new AppError('E_USAGE', `Thiếu ${option} NGÀY (ví dụ ${option} 2025-01-01 hoặc 01/01/2025).`);
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  const iso = vn ? `${vn[3]}-${vn[2]?.padStart(2, '0')}-${vn[1]?.padStart(2, '0')}` : text.trim();
  if (!isValidDate(iso))
    throw new AppError(
      'E_USAGE',
      `Ngày không hợp lệ cho ${option}: "${text}" (dạng YYYY-MM-DD hoặc dd/mm/yyyy, ngày có thật).`,
    );
  return iso;
}

/** A whole number of days from 0 to 3650, as typed. */
export function parseCliDays(text: string, option: string): number {
  const days = Number(text);
  if (!/^\d+$/.test(text.trim()) || days > 3650)
    throw new AppError(
      'E_USAGE',
      `Số ngày không hợp lệ cho ${option}: "${text}" (từ 0 đến 3650, ví dụ ${option} 7).`,
    );
  return days;
}
