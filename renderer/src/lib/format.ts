// Display helpers: dates as dd/MM/yyyy and HH:mm in Vietnam time, and Vietnamese labels for codes.
import { toVietnamInstant } from '../../../shared/datetime';
import type { AttendeeRole, MeetingKind, TaskStatus } from '../../../shared/exchange';

/** `2019-01-15T08:00:00+07:00` → `15/01/2019 08:00`. */
export function formatDateTime(instant: string | null | undefined): string {
  if (!instant) return '';
  try {
    const local = toVietnamInstant(instant);
    return `${formatDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
  } catch {
    return instant;
  }
}

/** `2019-01-15` (or an instant) → `15/01/2019`. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '';
  const d = date.length > 10 ? toVietnamInstant(date).slice(0, 10) : date;
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
}

export const kindLabels: Record<MeetingKind, string> = {
  'hoi-nghi': 'Hội nghị',
  'cuoc-hop': 'Cuộc họp',
  'buoi-lam-viec': 'Buổi làm việc',
  'phien-hop': 'Phiên họp',
};

export const roleLabels: Record<AttendeeRole, string> = {
  chair: 'Chủ trì',
  'co-chair': 'Đồng chủ trì',
  attendee: 'Dự',
  guest: 'Khách mời',
  secretary: 'Thư ký',
  absent: 'Vắng',
};

export const taskStatusLabels: Record<TaskStatus, string> = {
  open: 'Chưa thực hiện',
  'in-progress': 'Đang thực hiện',
  done: 'Hoàn thành',
  cancelled: 'Hủy',
};

export const taskStatusColors: Record<TaskStatus, string> = {
  open: 'default',
  'in-progress': 'processing',
  done: 'success',
  cancelled: 'default',
};

const numberFormat = new Intl.NumberFormat('vi-VN');

/** `16000` → `16.000`, as Vietnamese writes numbers. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}
