// Between stored values (Vietnam-offset instants, YYYY-MM-DD dates) and the pickers' dayjs values.
// Pickers show wall-clock time, which is read as Vietnam time whatever the machine's time zone.
import dayjs, { type Dayjs } from 'dayjs';
import { toVietnamInstant } from '../../../shared/datetime';

export function instantToPicker(instant: string | null | undefined): Dayjs | null {
  if (!instant) return null;
  return dayjs(toVietnamInstant(instant).slice(0, 19));
}

export function pickerToInstant(value: Dayjs | null): string | null {
  return value ? `${value.format('YYYY-MM-DDTHH:mm')}:00+07:00` : null;
}

export function dateToPicker(date: string | null | undefined): Dayjs | null {
  return date ? dayjs(date) : null;
}

export function pickerToDate(value: Dayjs | null): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

export const DATE_FORMAT = 'DD/MM/YYYY';
export const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm';
