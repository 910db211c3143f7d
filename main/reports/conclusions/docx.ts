// The báo cáo as an official DOCX (NĐ 30 Mẫu 1.4 / HD 36): header, tên loại and trích yếu, the text with
// the figures, signature and Nơi nhận on portrait pages; then the appendix table STT | Nội dung | Chủ trì |
// Phối hợp | Thời hạn | Kết quả | Ghi chú on landscape pages, its header row repeated on each page.
import { randomUUID } from 'node:crypto';
import { PageOrientation, type Paragraph } from 'docx';
import type { Stored } from '../../../shared/domain';
import type { OfficialDocument, Organization } from '../../../shared/exchange';
import type { RichTextNode } from '../../../shared/rich-text';
import { marginsFor } from '../../documents/export';
import { archiveLine } from '../../documents/generate/common';
import { packDocx } from '../../documents/pack';
import { signerFor } from '../../documents/generate/signers';
import { buildTitle } from '../../documents/parts/title';
import { heading, para } from '../../documents/generate/rich';
import { defaultSymbol, exportModelOf, type ExportModel } from '../../documents/model';
import { buildBody, type BodyContext } from '../../documents/parts/body';
import { buildHeader } from '../../documents/parts/header';
import { reportSection, reportDocument } from '../page';
import { buildSignatures } from '../../documents/parts/signature';
import { line } from '../../documents/parts/text';
import type { RuleSet } from '../../documents/rules';
import type { Services } from '../../services';
import { rowStamper } from '../../documents/stamped-rows';
import { appendixRows, appendixTable } from './appendix';
import { dmy, reportSummary, type ConclusionReportData } from './data';

interface ReportLayout {
  /** The document type the engine lays the report out as. */
  type: OfficialDocument['type'];
  /** Tên loại, trích yếu and the short line under them. */
  title: (model: ExportModel, width: number) => Paragraph[];
  symbol: (rules: RuleSet, issuers: Organization[]) => string;
}

/** The engine's báo cáo (Mẫu 1.4, ký hiệu BC): its tên loại, trích yếu and short line. */
const LAYOUT: ReportLayout = {
  type: 'report',
  title: buildTitle,
  symbol: (rules, issuers) => defaultSymbol(rules, 'report', issuers),
};

function reportBody(data: ConclusionReportData, issuer: Organization): RichTextNode {
  const t = data.totals;
  const share = (n: number) => (t.total ? ` (${Math.round((n / t.total) * 100)}%)` : '');
  const who = data.scope ? ` ${data.scope}` : '';
  const period = `từ ngày ${dmy(data.from)} đến ngày ${dmy(data.to)}`;
  const content: RichTextNode[] = [
    para(
      `${issuer.name} báo cáo tình hình thực hiện các kết luận${who} tại các cuộc họp ${period} (số liệu tính đến ngày ${dmy(data.today)}) như sau:`,
    ),
    heading('TÌNH HÌNH CHUNG'),
    para(
      `Tổng số nhiệm vụ được giao: ${t.total}; trong đó: đã hoàn thành ${t.done}${share(t.done)}; đang thực hiện trong hạn ${t.onTrack}${share(t.onTrack)}; quá hạn chưa hoàn thành ${t.overdue}${share(t.overdue)}; không thực hiện (đã hủy) ${t.cancelled}.`,
    ),
    para('Tình hình thực hiện từng nhiệm vụ tại Phụ lục kèm theo.'),
    heading('ĐỀ XUẤT, KIẾN NGHỊ'),
    para(
      t.overdue
        ? `Đề nghị các cơ quan, đơn vị được giao chủ trì ${t.overdue} nhiệm vụ quá hạn khẩn trương hoàn thành, báo cáo kết quả về ${issuer.name} để tổng hợp.`
        : 'Đề nghị các cơ quan, đơn vị tiếp tục thực hiện các nhiệm vụ được giao đúng thời hạn.',
    ),
    para(`${issuer.name} báo cáo để lãnh đạo biết, chỉ đạo./.`),
  ];
  return { type: 'doc', content };
}

/** The report's model: the issuer's header, today's date, no number yet (the văn thư numbers it). */
function reportModel(
  services: Services,
  data: ConclusionReportData,
  issuer: Stored<Organization>,
): ExportModel {
  const profile = services.settings.get();
  const doc: Stored<OfficialDocument> = {
    id: randomUUID(),
    type: LAYOUT.type,
    status: 'draft',
    issuerIds: [issuer.id],
    number: null,
    issuedOn: data.today,
    place: profile.place || issuer.place || '',
    summary: reportSummary(data),
    body: reportBody(data, issuer),
    // The issuer's usual chain, or the office's default signer when it signs for that body.
    signers: [signerFor(services, issuer)],
    recipients: profile.defaultRecipients.length ? profile.defaultRecipients : [],
    updatedAt: services.ctx.now(),
  };
  const model = exportModelOf(services.ctx, doc);
  const symbol = LAYOUT.symbol(model.rules, model.issuers);
  return {
    ...model,
    symbol,
    numberText: model.numberText.replace(model.symbol, symbol),
    recipients: model.recipients.length ? model.recipients : [archiveLine(model.rules)],
  };
}

export async function conclusionReportDocx(services: Services, data: ConclusionReportData): Promise<Buffer> {
  const issuer = services.organizations.get(data.issuerId);
  const model = reportModel(services, data, issuer);
  const { rules } = model;
  const margin = marginsFor(rules);
  const width = rules.page.width - margin.left - margin.right;
  const wide = rules.page.height - margin.left - margin.right;
  const ctx: BodyContext = {
    rules,
    documentType: 'report',
    width,
    landscapeWidth: wide,
    onUnknown: 'refuse',
    log: () => undefined,
    counters: [],
    listInstance: 0,
    extraNumbering: new Map(),
  };
  const stamper = rowStamper();
  const appendixTitle = `TÌNH HÌNH THỰC HIỆN CÁC KẾT LUẬN${data.scope ? ` ${data.scope.toLocaleUpperCase('vi')}` : ''}`;
  const document = reportDocument(rules, model.doc.summary, [
    reportSection(rules, margin, PageOrientation.PORTRAIT, [
      buildHeader(model, width),
      ...LAYOUT.title(model, width),
      // The figures are paragraphs: one portrait section.
      ...buildBody(ctx, model.doc.body).flatMap((section) => section.blocks),
      ...buildSignatures(model, width),
    ]),
    // The table is wide: its pages turn to landscape (A4, the same margins). An appendix's pages are
    // numbered on their own (NĐ 30, Phụ lục I, III.1.đ), as the documents' appendices are.
    reportSection(
      rules,
      margin,
      PageOrientation.LANDSCAPE,
      [
        line(rules, 'PHỤ LỤC', rules.title.type, { keepNext: true }),
        line(rules, appendixTitle, rules.title.summary, { keepNext: true }),
        line(
          rules,
          `(Kèm theo Báo cáo ${model.numberText.replace(/^Số:?\s*/, 'số ')} ngày ${dmy(data.today)} của ${issuer.name})`,
          { ...rules.title.summary, bold: false, italic: true },
          { keepNext: true, after: 240 },
        ),
        appendixTable(data, wide, stamper),
      ],
      { numberedOnItsOwn: true },
    ),
  ]);
  return stamper.splice(await packDocx(document), appendixRows(data));
}
