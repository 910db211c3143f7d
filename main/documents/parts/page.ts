// Pages: the sections of a document (portrait, and landscape for a wide table), their headers (the
// page number from page 2, "DỰ THẢO" on page 1 of a draft), and the parts of the package the docx
// library leaves empty: the font table, so Word knows Times New Roman and its Vietnamese code page.
import {
  AlignmentType,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from 'docx';
import type { RuleSet } from '../rules';
import type { Block, BodySection } from './body';
import { runOptions } from './text';

export type Side = 'top' | 'bottom' | 'left' | 'right';
export type Margins = Record<Side, number>;

export function pageNumberHeader(rules: RuleSet): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ ...runOptions(rules, rules.pageNumber), children: [PageNumber.CURRENT] })],
      }),
    ],
  });
}

/**
 * A landscape page is bound on its top edge (it is read turned a quarter clockwise), so the portrait
 * page's binding margin (left, 30 mm) becomes its top, the right margin its bottom, and the top and
 * bottom margins its sides.
 */
export function landscapeMargins(portrait: Margins): Margins {
  return { top: portrait.left, bottom: portrait.right, left: portrait.top, right: portrait.bottom };
}

/** The text width of a page in twips. */
export function textWidthOf(
  rules: RuleSet,
  margins: Margins,
  orientation: BodySection['orientation'],
): number {
  const { width, height } = rules.page;
  return orientation === 'portrait'
    ? width - margins.left - margins.right
    : height - landscapeMargins(margins).left - landscapeMargins(margins).right;
}

/**
 * The sections of the document. The first carries the first-page header (empty, or the draft mark)
 * and the header band; page numbers run on across sections; the signature ends the last portrait one.
 */
export function pageSections(
  rules: RuleSet,
  margins: Margins,
  parts: {
    first: Block[];
    body: BodySection[];
    /** The signature, laid out for the width of the pages it ends: after a wide table, landscape ones. */
    last: (orientation: BodySection['orientation']) => Block[];
    firstPageHeader: Paragraph[];
  },
): ISectionOptions[] {
  const body = parts.body.map((s) => ({ ...s, blocks: [...s.blocks] }));
  const head = body[0];
  if (head?.orientation === 'portrait') head.blocks.unshift(...parts.first);
  else body.unshift({ orientation: 'portrait', blocks: [...parts.first] });
  // The signature ends the last section, whatever its orientation: a portrait page of its own after a
  // landscape table would carry nothing but the signature.
  const tail = body[body.length - 1]!;
  tail.blocks.push(...parts.last(tail.orientation));

  const pageNumbers = pageNumberHeader(rules);
  return body.map((section, i) => {
    const landscape = section.orientation === 'landscape';
    const margin = landscape ? landscapeMargins(margins) : margins;
    return {
      properties: {
        ...(i === 0 ? { titlePage: true } : {}),
        page: {
          size: {
            width: rules.page.width,
            height: rules.page.height,
            orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: { ...margin, header: rules.page.headerDistance, footer: rules.page.headerDistance },
        },
      },
      headers:
        i === 0
          ? { default: pageNumbers, first: new Header({ children: parts.firstPageHeader }) }
          : { default: pageNumbers },
      children: section.blocks,
    };
  });
}

/**
 * word/fontTable.xml declaring Times New Roman (the one font of both rule sets) as Word itself writes it:
 * panose and code pages (csb0 bit 8 is Vietnamese, 1258), instead of the docx library's empty table.
 */
export function fontTableXml(): string {
  const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const r = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const name = 'Times New Roman';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:fonts xmlns:r="${r}" xmlns:w="${w}">` +
    `<w:font w:name="${name}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>` +
    `<w:family w:val="roman"/><w:pitch w:val="variable"/>` +
    `<w:sig w:usb0="E0002EFF" w:usb1="C000785B" w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/>` +
    `</w:font></w:fonts>`
  );
}
