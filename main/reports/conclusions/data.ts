// The content of a báo cáo tình hình thực hiện kết luận: the tasks of the meetings held in the period
// (of one leader or one body), each with its units, deadline, result and a note on its deadline, and
// the totals. The DOCX and the XLSX are both laid out from this one model.
import { AppError } from '../../../shared/errors';
import type { TaskStatus } from '../../../shared/exchange';
import type { ParsedConclusionReport } from '../../../shared/reports';
import { richTextToPlain, type RichTextNode } from '../../../shared/rich-text';
import { createTaskStatsRepo } from '../../db/repos/task-stats';
import { lastProgressOf, unitsOf } from '../../db/repos/tasks';
import { fromJson } from '../../db/repos/rows';
import type { Services } from '../../services';

/** A year of a large office holds a few thousand tasks; more than this is refused rather than half-printed. */
export const REPORT_ROW_LIMIT = 20_000;

export const reportStatusLabels: Record<TaskStatus, string> = {
  open: 'Chưa thực hiện',
  'in-progress': 'Đang thực hiện',
  done: 'Đã hoàn thành',
  cancelled: 'Không thực hiện (đã hủy)',
};

export interface ReportLine {
  stt: number;
  meetingId: string;
  meetingTitle: string;
  /** YYYY-MM-DD (Vietnam time). */
  meetingDate: string;
  chairName: string;
  text: string;
  lead: string;
  support: string;
  dueDate: string | null;
  status: TaskStatus;
  overdue: boolean;
  /** The latest progress note, `dd/mm/yyyy: …`, or ''. */
  progress: string;
  /** Ghi chú: how the deadline stands (`Quá hạn 12 ngày`, `Còn 3 ngày`). */
  note: string;
}

export interface ReportTotals {
  total: number;
  done: number;
  onTrack: number;
  overdue: number;
  cancelled: number;
}

export interface ConclusionReportData {
  from: string;
  to: string;
  /** The day the report is made (its date line; deadlines are counted to it). */
  today: string;
  /** Whose conclusions: `của đồng chí Nguyễn Đức Trung`, `của Ủy ban nhân dân tỉnh`, or ''. */
  scope: string;
  issuerId: string;
  lines: ReportLine[];
  totals: ReportTotals;
}

/** `2025-03-05` → `05/03/2025`, as the app shows dates. */
export const dmy = (date: string): string => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

function deadlineNote(status: TaskStatus, due: string | null, today: string): string {
  if (status === 'done' || status === 'cancelled' || !due) return '';
  const left = daysBetween(today, due);
  if (left < 0) return `Quá hạn ${-left} ngày`;
  return left === 0 ? 'Đến hạn hôm nay' : `Còn ${left} ngày`;
}

export function loadConclusionReport(services: Services, q: ParsedConclusionReport): ConclusionReportData {
  const { ctx } = services;
  const today = ctx.now().slice(0, 10);
  const issuerId = q.issuerId ?? services.settings.get().defaultIssuerId ?? q.organizerId;
  if (!issuerId)
    throw new AppError(
      'E_VALIDATION',
      'Chưa chọn cơ quan ban hành báo cáo: hãy chọn cơ quan, hoặc đặt cơ quan ban hành mặc định trong Cài đặt.',
      { path: 'issuerId' },
    );
  if (!ctx.repos.organizations.get(issuerId))
    throw new AppError('E_NOT_FOUND', `Không tìm thấy cơ quan ban hành (mã ${issuerId}).`, {
      path: 'issuerId',
    });
  const chair = q.chairId ? ctx.repos.people.get(q.chairId) : undefined;
  if (q.chairId && !chair)
    throw new AppError('E_NOT_FOUND', `Không tìm thấy lãnh đạo (mã ${q.chairId}).`, { path: 'chairId' });
  const organizer = q.organizerId ? ctx.repos.organizations.get(q.organizerId) : undefined;
  if (q.organizerId && !organizer)
    throw new AppError('E_NOT_FOUND', `Không tìm thấy cơ quan (mã ${q.organizerId}).`, {
      path: 'organizerId',
    });

  const stats = createTaskStatsRepo(ctx.db);
  const rows = stats.reportRows(
    {
      filter: 'all',
      meetingFrom: q.from,
      meetingTo: q.to,
      chairId: q.chairId,
      organizerId: q.organizerId,
      organizationId: q.organizationId,
    },
    today,
    REPORT_ROW_LIMIT + 1,
  );
  if (rows.length > REPORT_ROW_LIMIT)
    throw new AppError(
      'E_VALIDATION',
      `Kỳ báo cáo có hơn ${REPORT_ROW_LIMIT.toLocaleString('vi')} nhiệm vụ; hãy chọn kỳ ngắn hơn hoặc một lãnh đạo, một cơ quan.`,
    );
  const names = new Map<string, string>();
  const nameOf = (id: string) => {
    let name = names.get(id);
    if (name === undefined) names.set(id, (name = ctx.repos.organizations.get(id)?.name ?? '…'));
    return name;
  };
  const totals: ReportTotals = { total: 0, done: 0, onTrack: 0, overdue: 0, cancelled: 0 };
  // A meeting's tasks sit together: its chair is looked up once.
  const chairs = new Map<string, string>();
  const chairOf = (meetingId: string) => {
    let name = chairs.get(meetingId);
    if (name === undefined) chairs.set(meetingId, (name = stats.chairName(meetingId) ?? ''));
    return name;
  };
  const lines = rows.map((r, i): ReportLine => {
    const status = r.status;
    const units = unitsOf(r);
    const last = lastProgressOf(r);
    const overdue =
      (status === 'open' || status === 'in-progress') && r.due_date !== null && r.due_date < today;
    totals.total++;
    if (status === 'done') totals.done++;
    else if (status === 'cancelled') totals.cancelled++;
    else if (overdue) totals.overdue++;
    else totals.onTrack++;
    return {
      stt: i + 1,
      meetingId: r.meeting_id,
      meetingTitle: r.meeting_title,
      meetingDate: r.meeting_starts_at.slice(0, 10),
      chairName: chairOf(r.meeting_id),
      text: richTextToPlain(fromJson<RichTextNode>(r.text)).trim(),
      lead: units.lead.map(nameOf).join('; '),
      support: units.support.map(nameOf).join('; '),
      dueDate: r.due_date,
      status,
      overdue,
      progress: last ? `${dmy(last.date)}: ${last.note}` : '',
      note: deadlineNote(status, r.due_date, today),
    };
  });
  const scope = chair ? `của đồng chí ${chair.fullName}` : organizer ? `của ${organizer.name}` : '';
  return { from: q.from, to: q.to, today, scope, issuerId, lines, totals };
}

/** `Tình hình thực hiện kết luận của … từ ngày 01/01/2025 đến ngày 31/12/2025`. */
export function reportSummary(data: ConclusionReportData): string {
  const who = data.scope ? ` ${data.scope}` : '';
  return `Tình hình thực hiện các kết luận${who} từ ngày ${dmy(data.from)} đến ngày ${dmy(data.to)}`;
}

/** `Báo cáo thực hiện kết luận 01-01-2025 đến 31-12-2025.docx`: no character Windows forbids. */
export function reportFileName(data: ConclusionReportData, format: 'docx' | 'xlsx'): string {
  const d = (date: string) => dmy(date).replace(/\//g, '-');
  return `Báo cáo thực hiện kết luận ${d(data.from)} đến ${d(data.to)}.${format}`.normalize('NFC');
}
