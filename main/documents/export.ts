// exportDocx: one document → the bytes of a .docx laid out by the rules of its issuer's family.
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  Paragraph,
  TextRun,
  PageNumber,
  PageOrientation,
} from 'docx';
import { AppError } from '../../shared/errors';
import type { ServiceContext } from '../services/context';
import { loadExportModel, type ExportModel } from './model';
import { buildBody, UnknownNodeError, type BodyContext } from './parts/body';
import { buildAddressees } from './parts/addressees';
import { buildAppendices } from './parts/appendix';
import { buildHeader } from './parts/header';
import { UnknownMarkError } from './parts/marks';
import { numberingOptions } from './parts/numbering';
import { buildSignatures } from './parts/signature';
import { buildTitle } from './parts/title';
import { runOptions } from './parts/text';

export interface ExportOptions {
  /** `refuse` (export) turns an unknown node into E_DOC_INVALID; `keep-text` keeps its text and logs it. */
  onUnknown?: 'refuse' | 'keep-text';
  log?: (message: string) => void;
  /** Margins in twips; each is kept within the legal range of the rule set (NĐ 30: 20–25/20–25/30–35/15–20 mm). */
  margins?: Partial<Record<Side, number>>;
}

type Side = 'top' | 'bottom' | 'left' | 'right';
const sides: Side[] = ['top', 'bottom', 'left', 'right'];

/** The rule set's margins, overridden where asked, clamped to the legal ranges. */
export function marginsFor(
  rules: ExportModel['rules'],
  wanted: ExportOptions['margins'] = {},
): Record<Side, number> {
  const out = { ...rules.page.margin };
  for (const side of sides) {
    const [min, max] = rules.page.marginRange[side];
    out[side] = Math.min(max, Math.max(min, Math.round(wanted[side] ?? out[side])));
  }
  return out;
}

function pageNumberHeader(model: ExportModel): Header {
  const { rules } = model;
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ ...runOptions(rules, rules.pageNumber), children: [PageNumber.CURRENT] })],
      }),
    ],
  });
}

/** Runs a body builder, turning an unknown node or mark into E_DOC_INVALID. */
function refusingUnknown<T>(build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof UnknownNodeError)
      throw new AppError(
        'E_DOC_INVALID',
        `Nội dung văn bản có phần tử không hỗ trợ ("${error.nodeType}"), không xuất được DOCX.`,
        { path: error.path, cause: error },
      );
    if (error instanceof UnknownMarkError)
      throw new AppError(
        'E_DOC_INVALID',
        `Nội dung văn bản có định dạng chữ không hỗ trợ ("${error.markType}"), không xuất được DOCX.`,
        { path: 'body', cause: error },
      );
    throw error;
  }
}

export function buildDocument(model: ExportModel, options: ExportOptions = {}): Document {
  const { rules } = model;
  const { page } = rules;
  const margin = marginsFor(rules, options.margins);
  const width = page.width - margin.left - margin.right;
  const ctx: BodyContext = {
    rules,
    width,
    onUnknown: options.onUnknown ?? 'refuse',
    log: options.log ?? (() => undefined),
    counters: [],
    listInstance: 0,
    extraNumbering: new Map(),
  };
  const pageMargin = { ...margin, header: page.headerDistance, footer: page.headerDistance };
  const headers = () => ({
    default: pageNumberHeader(model),
    first: new Header({ children: [new Paragraph({})] }),
  });
  const body = refusingUnknown(() => buildBody(ctx, model.doc.body));
  const appendices = refusingUnknown(() =>
    buildAppendices(model, ctx, { width: page.width, height: page.height, margin: pageMargin }, headers),
  );
  const numbering = numberingOptions(rules);
  return new Document({
    creator: 'Sổ Họp',
    title: model.doc.summary.normalize('NFC'),
    styles: {
      default: { document: { run: { font: rules.font, size: rules.body.text.size * 2, color: '000000' } } },
    },
    numbering: { config: [...numbering.config, ...ctx.extraNumbering.values()] },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: page.width, height: page.height, orientation: PageOrientation.PORTRAIT },
            margin: pageMargin,
          },
        },
        headers: headers(),
        children: [
          buildHeader(model, width),
          ...buildTitle(model, width),
          ...buildAddressees(model, width),
          ...body,
          ...buildSignatures(model, width),
        ],
      },
      ...appendices,
    ],
  });
}

/** The .docx of a saved document. Refuses (E_DOC_INVALID) a document without issuer, a signer without position, or an unknown node. */
export async function exportDocx(
  ctx: ServiceContext,
  documentId: string,
  options: ExportOptions = {},
): Promise<Buffer> {
  const model = loadExportModel(ctx, documentId);
  return Packer.toBuffer(buildDocument(model, options));
}
