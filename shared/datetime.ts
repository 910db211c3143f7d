// Dates and times as the exchange format writes them. Vietnam is UTC+07:00 all year,
// so every stored instant is written with that offset: strings then sort in time order.

const VN_OFFSET_MINUTES = 7 * 60;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar date `YYYY-MM-DD` that exists (no 30 February). */
export function isValidDate(text: string): boolean {
  const m = DATE_RE.exec(text);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Epoch milliseconds of an ISO 8601 date-time with offset, or null when it is not one. */
export function parseInstant(text: string): number | null {
  const m = DATE_TIME_RE.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const millis = m[7] === undefined ? 0 : Math.round(Number(`0${m[7]}`) * 1000);
  const zone = m[8] as string;
  let offset = 0;
  if (zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 14 || om > 59) return null;
    offset = sign * (oh * 60 + om);
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset * 60_000;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Writes an instant as Vietnam local time, e.g. `2024-01-11T14:00:00+07:00`. */
export function formatVietnamInstant(epochMs: number): string {
  const local = new Date(epochMs + VN_OFFSET_MINUTES * 60_000);
  const ms = local.getUTCMilliseconds();
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    (ms === 0 ? '' : `.${pad(ms, 3)}`) +
    '+07:00'
  );
}

/** Normalizes a valid ISO date-time to the stored Vietnam-offset form; throws on an invalid one. */
export function toVietnamInstant(text: string): string {
  const epoch = parseInstant(text);
  if (epoch === null) throw new RangeError(`Not an ISO 8601 date-time: ${text}`);
  return formatVietnamInstant(epoch);
}

export function nowVietnam(): string {
  return formatVietnamInstant(Date.now());
}

/** The calendar date (Vietnam time) of an instant. */
export function vietnamDateOf(instant: string): string {
  return toVietnamInstant(instant).slice(0, 10);
}

export function todayVietnam(): string {
  return nowVietnam().slice(0, 10);
}
