// Appendices (NĐ 30 Phụ lục I, Mục V "P"), after the signature: each in its own section, so it starts on a
// new page, its pages are numbered from 1 (not shown on its first page) and it may be landscape.
// "Phụ lục I" (or "Phụ lục" when there is one), the title in capitals, the italic line
// "(Kèm theo ‹Loại› số ‹số›/‹ký hiệu› ngày … của ‹cơ quan›)", a short line, then the body.
import { PageOrientation, type Header, type ISectionOptions } from 'docx';
import { headerCase } from '../../../shared/header-lines';
import { documentTypeFacts } from '../document-types';
import { citedNumber, dateWords } from '../format';
import { textWidth } from '../metrics';
import type { ExportModel } from '../model';
import { buildBody, type BodyContext } from './body';
import { roman } from './headings';
import { line, shortLine } from './text';

export interface AppendixPage {
  width: number;
  height: number;
  margin: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
}

/** `(Kèm theo Kế hoạch số 05/KH-UBND ngày 05 tháng 01 năm 2027 của Ủy ban nhân dân huyện Đô Lương)`. */
export function appendixReference(model: ExportModel): string {
  const { doc, rules } = model;
  const issuers = model.issuers.map((o) => o.name).join(' và ');
  const number = citedNumber(rules, doc.number, model.symbol);
  return `(Kèm theo ${documentTypeFacts[doc.type].inText} số ${number} ${dateWords(doc.issuedOn)} của ${issuers})`;
}

export function buildAppendices(
  model: ExportModel,
  ctx: BodyContext,
  page: AppendixPage,
  headers: () => { default: Header; first: Header },
): ISectionOptions[] {
  const { rules } = model;
  const appendices = model.doc.appendices ?? [];
  const a = rules.appendix;
  const reference = appendixReference(model);
  return appendices.map((appendix, i) => {
    const landscape = appendix.landscape === true;
    const w = landscape ? page.height : page.width;
    const width = w - page.margin.left - page.margin.right;
    const label = appendices.length > 1 ? `Phụ lục ${roman(i + 1)}` : 'Phụ lục';
    const underline =
      rules.title.underline.kind === 'line'
        ? shortLine(
            rules,
            Math.round(Math.min(textWidth(reference, a.reference.size, false), width) * 0.3),
            width,
            60,
          )
        : line(rules, rules.title.underline.text, a.reference);
    // Lists and counters of the appendix's own body; the numbering definitions are shared with the document.
    const own: BodyContext = { ...ctx, width, counters: [] };
    // The appendix is one section: a wide table in it follows the appendix's own orientation.
    const body = buildBody(own, appendix.body).flatMap((section) => section.blocks);
    ctx.listInstance = own.listInstance;
    return {
      properties: {
        titlePage: true,
        page: {
          size: {
            width: page.width,
            height: page.height,
            orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: page.margin,
          pageNumbers: { start: 1 },
        },
      },
      headers: headers(),
      children: [
        line(rules, label, a.label, { keepNext: true }),
        line(rules, headerCase(appendix.title), a.title, { keepNext: true }),
        line(rules, reference, a.reference, { keepNext: true }),
        underline,
        line(rules, '', rules.body.text, { after: 120 }),
        ...body,
      ],
    };
  });
}
