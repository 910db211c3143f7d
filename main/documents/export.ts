// exportDocx: one document → the bytes of a .docx laid out by the rules of its issuer's family.
import { Document, Header, type IParagraphPropertiesOptions, Paragraph } from 'docx';
import { AppError } from '../../shared/errors';
import { stripForbiddenChars } from '../../shared/text-safety';
import type { ServiceContext } from '../services/context';
import { loadExportModel, type ExportModel } from './model';
import { packDocx } from './pack';
import { buildAddressees } from './parts/addressees';
import { buildAppendices } from './parts/appendix';
import { buildBody, UnknownNodeError, type BodyContext } from './parts/body';
import { buildHeader } from './parts/header';
import { UnknownMarkError } from './parts/marks';
import { numberingOptions } from './parts/numbering';
import {
  fontTableXml,
  pageNumberHeader,
  pageSections,
  textWidthOf,
  type Margins,
  type Side,
} from './parts/page';
import { buildSignatures } from './parts/signature';
import { draftMark } from './parts/stamps';
import { VIETNAMESE } from './parts/text';
import { buildTitle } from './parts/title';

// No line of a paragraph left alone at a page's top or foot. LibreOffice does this unasked; Word only when
// the document says so (docDefaults), and then both break pages where the preview does. docx writes it
// there but types the default paragraph without it, hence the wider type.
const WIDOW_CONTROL: IParagraphPropertiesOptions = { widowControl: true };

export interface ExportOptions {
  /** `refuse` (export) turns an unknown node into E_DOC_INVALID; `keep-text` keeps its text and logs it. */
  onUnknown?: 'refuse' | 'keep-text';
  log?: (message: string) => void;
  /** Margins in twips; each is kept within the legal range of the rule set (NĐ 30: 20–25/20–25/30–35/15–20 mm). */
  margins?: Partial<Record<Side, number>>;
}

const sides: Side[] = ['top', 'bottom', 'left', 'right'];

/** The rule set's margins, overridden where asked, clamped to the legal ranges. */
export function marginsFor(rules: ExportModel['rules'], wanted: ExportOptions['margins'] = {}): Margins {
  const out = { ...rules.page.margin };
  for (const side of sides) {
    const [min, max] = rules.page.marginRange[side];
    out[side] = Math.min(max, Math.max(min, Math.round(wanted[side] ?? out[side])));
  }
  return out;
}

function refusal(error: unknown): unknown {
  if (error instanceof UnknownNodeError)
    return new AppError(
      'E_DOC_INVALID',
      `Nội dung văn bản có phần tử không hỗ trợ (${JSON.stringify(error.nodeType.slice(0, 40))}), không xuất được DOCX.`,
      { path: error.path, cause: error },
    );
  if (error instanceof UnknownMarkError)
    return new AppError(
      'E_DOC_INVALID',
      `Nội dung văn bản có định dạng chữ không hỗ trợ (${JSON.stringify(error.markType.slice(0, 40))}), không xuất được DOCX.`,
      { path: error.path, cause: error },
    );
  return error;
}

/** Runs a body builder, turning an unknown node or mark into E_DOC_INVALID. */
function refusingUnknown<T>(build: () => T): T {
  try {
    return build();
  } catch (error) {
    throw refusal(error);
  }
}

export function buildDocument(model: ExportModel, options: ExportOptions = {}): Document {
  const { rules } = model;
  const { page } = rules;
  const margin = marginsFor(rules, options.margins);
  const width = textWidthOf(rules, margin, 'portrait');
  const ctx: BodyContext = {
    rules,
    documentType: model.doc.type,
    width,
    landscapeWidth: textWidthOf(rules, margin, 'landscape'),
    onUnknown: options.onUnknown ?? 'refuse',
    log: options.log ?? (() => undefined),
    counters: [],
    listInstance: 0,
    extraNumbering: new Map(),
  };
  const body = refusingUnknown(() => buildBody(ctx, model.doc.body));
  // Appendices number their own pages from 1, hidden on their first page.
  const appendixHeaders = () => ({
    default: pageNumberHeader(rules),
    first: new Header({ children: [new Paragraph({})] }),
  });
  const pageMargin = { ...margin, header: page.headerDistance, footer: page.headerDistance };
  const appendices = refusingUnknown(() =>
    buildAppendices(
      model,
      ctx,
      { width: page.width, height: page.height, margin: pageMargin },
      appendixHeaders,
    ),
  );
  const numbering = numberingOptions(rules);
  // A document not yet issued is a draft, and so is every copy exported from it (format spec §3.4).
  const draft = model.doc.status !== 'issued';
  return new Document({
    creator: 'Sổ Họp',
    title: stripForbiddenChars(model.doc.summary).normalize('NFC'),
    styles: {
      default: {
        document: {
          run: { font: rules.font, size: rules.body.text.size * 2, color: '000000', language: VIETNAMESE },
          paragraph: WIDOW_CONTROL,
        },
      },
    },
    // Word stretches a justified line that ends in a manual line break (Shift+Enter) across the whole
    // width; this setting, which Word and LibreOffice both honour, leaves such a line as typed.
    compatibility: { doNotExpandShiftReturn: true },
    numbering: { config: [...numbering.config, ...ctx.extraNumbering.values()] },
    sections: [
      ...pageSections(rules, margin, {
        first: [buildHeader(model, width), ...buildTitle(model, width), ...buildAddressees(model, width)],
        body,
        last: (orientation) =>
          buildSignatures(model, orientation === 'landscape' ? ctx.landscapeWidth : width),
        firstPageHeader: [draft ? draftMark(rules, width) : new Paragraph({})],
      }),
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
  return packDocx(buildDocument(model, options), [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
}
