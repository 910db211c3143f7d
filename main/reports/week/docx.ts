// Lịch công tác tuần as an official DOCX of the issuing body (state layout, NĐ 30; Party rules for a
// Party body): header, "LỊCH CÔNG TÁC TUẦN" and its dates, then the landscape table Thứ/ngày | Giờ |
// Nội dung | Chủ trì | Thành phần | Địa điểm (header row repeated on every page, a day's cell merged down
// its meetings, no row split), then the signature and Nơi nhận. The whole document is landscape A4.
import { randomUUID } from 'node:crypto';
import {
  AlignmentType,
  PageOrientation,
  Paragraph,
  type Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
} from 'docx';
import type { Stored } from '../../../shared/domain';
import type { OfficialDocument, Organization } from '../../../shared/exchange';
import type { ScheduleDay, ScheduleItem, SchedulePerson, WeekSchedule } from '../../../shared/schedule';
import { marginsFor } from '../../documents/export';
import { archiveLine } from '../../documents/generate/common';
import { signerFor } from '../../documents/generate/signers';
import { textWidth } from '../../documents/metrics';
import { exportModelOf, type ExportModel } from '../../documents/model';
import { buildHeader } from '../../documents/parts/header';
import { reportSection, reportDocument } from '../page';
import { packDocx } from '../../documents/pack';
import { landscapeMargins } from '../../documents/parts/page';
import { buildSignatures } from '../../documents/parts/signature';
import { gridTable } from '../../documents/parts/table';
import { line, shortLine } from '../../documents/parts/text';
import type { RuleSet } from '../../documents/rules';
import type { Services } from '../../services';
import { APPENDIX_STYLE } from '../conclusions/appendix';
import { dmy } from '../conclusions/data';

const HEADINGS = ['Thứ, ngày', 'Giờ', 'Nội dung', 'Chủ trì', 'Thành phần', 'Địa điểm'];
/** Landscape A4 less the margins, shared out: Nội dung widest, then Thành phần. */
const COLUMN_SHARES = [0.1, 0.08, 0.29, 0.17, 0.22, 0.14];
const CELL_MARGIN = 80;
/** Named attendees printed in one cell; the rest are counted ("và 12 đại biểu khác"). */
const NAMED_ATTENDEES = 12;

/** The model of the issuer's header and signature: today's date, no number (the văn thư numbers it). */
function scheduleModel(
  services: Services,
  schedule: WeekSchedule,
  issuer: Stored<Organization>,
  today: string,
) {
  const profile = services.settings.get();
  const doc: Stored<OfficialDocument> = {
    id: randomUUID(),
    type: 'report',
    status: 'draft',
    issuerIds: [issuer.id],
    number: null,
    issuedOn: today,
    place: profile.place || issuer.place || '',
    summary: `Lịch công tác tuần từ ngày ${dmy(schedule.from)} đến ngày ${dmy(schedule.to)}`,
    body: { type: 'doc', content: [] },
    signers: [signerFor(services, issuer)],
    recipients: profile.defaultRecipients.length ? profile.defaultRecipients : [],
    updatedAt: services.ctx.now(),
  };
  const model = exportModelOf(services.ctx, doc);
  // The report's type abbreviation (BC) gives way to the schedule's (LCT): `Số: …/LCT-VPUB`.
  const symbol = model.symbol.replace(/^BC/, 'LCT');
  return {
    ...model,
    symbol,
    numberText: model.numberText.replace(model.symbol, symbol),
    recipients: model.recipients.length ? model.recipients : [archiveLine(model.rules)],
  } satisfies ExportModel;
}

/** Tên loại and the week, then the short line (state) or `-----` (Party), as the documents print them. */
function title(rules: RuleSet, schedule: WeekSchedule, who: string, width: number): Paragraph[] {
  const t = rules.title;
  const dates = `Từ ngày ${dmy(schedule.from)} đến ngày ${dmy(schedule.to)}`;
  const out = [
    line(rules, `LỊCH CÔNG TÁC TUẦN${who ? ` CỦA ${who.toLocaleUpperCase('vi')}` : ''}`, t.type, {
      before: t.spaceBefore,
      keepNext: true,
    }),
    line(rules, `(${dates})`, { ...t.summary, bold: false, italic: true }, { keepNext: true }),
  ];
  if (t.underline.kind === 'line') {
    const under = Math.round(Math.min(textWidth(dates, t.summary.size, false), width) * t.underline.share);
    out.push(shortLine(rules, under, width, 60), line(rules, '', t.summary, { after: t.spaceAfter - 120 }));
  } else out.push(line(rules, t.underline.text, t.summary, { after: t.spaceAfter }));
  return out;
}

interface CellLook {
  bold?: boolean;
  center?: boolean;
  merge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType];
  /** The table's last row keeps with the signature after it, which never stands alone on a page. */
  keepNext?: boolean;
}

function cell(lines: string[], look: CellLook = {}): TableCell {
  return new TableCell({
    ...(look.merge ? { verticalMerge: look.merge } : {}),
    children: (lines.length ? lines : ['']).map(
      (text) =>
        new Paragraph({
          style: APPENDIX_STYLE,
          ...(look.center ? { alignment: AlignmentType.CENTER } : {}),
          ...(look.keepNext ? { keepNext: true } : {}),
          children: [new TextRun({ text: text.normalize('NFC'), ...(look.bold ? { bold: true } : {}) })],
        }),
    ),
  });
}

const personLine = (p: SchedulePerson) => `Đồng chí ${p.name}${p.position ? `, ${p.position}` : ''}`;

function attendeeLines(item: ScheduleItem): string[] {
  const named = item.attendees.slice(0, NAMED_ATTENDEES).map((p) => `- ${personLine(p)}`);
  const more = item.attendees.length - NAMED_ATTENDEES;
  if (more > 0) named.push(`- Và ${more} đại biểu khác`);
  return [...named, ...item.groups.map((g) => `- ${g}`)];
}

const timeText = (item: ScheduleItem) =>
  `${item.time.replace(':', 'h')}${item.endTime ? ` - ${item.endTime.replace(':', 'h')}` : ''}`;

/** The rows of one day: its cell merged down its meetings; a working day without meetings keeps a row.
 * The last day's last row keeps with what follows (the signature). */
function dayRows(day: ScheduleDay, last: boolean): TableRow[] {
  const dayCell = [day.weekday, dmy(day.date)];
  if (day.items.length === 0)
    return [
      new TableRow({
        cantSplit: true,
        children: [
          cell(dayCell, { bold: true, center: true, keepNext: last }),
          ...HEADINGS.slice(1).map(() => cell([], { keepNext: last })),
        ],
      }),
    ];
  return day.items.map((item, i) => {
    const keepNext = last && i === day.items.length - 1;
    return new TableRow({
      cantSplit: true,
      children: [
        cell(i === 0 ? dayCell : [], {
          bold: true,
          center: true,
          merge: i === 0 ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
          keepNext,
        }),
        cell([timeText(item)], { center: true, keepNext }),
        cell([item.title], { keepNext }),
        cell(item.chairs.map(personLine), { keepNext }),
        cell(attendeeLines(item), { keepNext }),
        cell([item.place], { keepNext }),
      ],
    });
  });
}

function scheduleTable(schedule: WeekSchedule, width: number): Table {
  const widths = COLUMN_SHARES.map((s) => Math.floor(s * width));
  // Saturday and Sunday appear only when something is held on them.
  const days = schedule.days.filter((d, i) => i < 5 || d.items.length > 0);
  return gridTable(widths, CELL_MARGIN, [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: HEADINGS.map((h) => cell([h], { bold: true, center: true })),
    }),
    ...days.flatMap((day, i) => dayRows(day, i === days.length - 1)),
  ]);
}

export interface WeekScheduleDocxOptions {
  issuerId: string;
  /** Whose schedule (the leader filter), as printed in the title: `đồng chí Nguyễn Đức Trung`; or ''. */
  who: string;
  today: string;
}

export async function weekScheduleDocx(
  services: Services,
  schedule: WeekSchedule,
  options: WeekScheduleDocxOptions,
): Promise<Buffer> {
  const issuer = services.organizations.get(options.issuerId);
  const model = scheduleModel(services, schedule, issuer, options.today);
  const { rules } = model;
  // The whole schedule is landscape: bound on its top edge, as the documents' landscape pages are.
  const margin = landscapeMargins(marginsFor(rules));
  const width = rules.page.height - margin.left - margin.right;
  const document = reportDocument(rules, model.doc.summary, [
    reportSection(rules, margin, PageOrientation.LANDSCAPE, [
      buildHeader(model, width),
      ...title(rules, schedule, options.who, width),
      scheduleTable(schedule, width),
      ...buildSignatures(model, width),
    ]),
  ]);
  return packDocx(document);
}
