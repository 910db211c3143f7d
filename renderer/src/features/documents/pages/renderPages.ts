// The preview as the printout: the exporter's DOCX rendered by docx-preview, then laid out in pages the
// way Word and LibreOffice lay it out (page breaks, running headers, page numbers, line heights).
import { parseAsync, renderDocument, type Options } from 'docx-preview';
import { withStyleNonce } from '../../../shell/style-nonce';
import {
  annotateBody,
  dropTitlePages,
  headerFooterRoots,
  markPageFields,
  PAGE_MARK,
  SECTION_CLASS_PREFIX,
  type SectionInfo,
} from './annotate';
import { paginate } from './paginate';

const OPTIONS: Partial<Options> = {
  className: 'docx',
  inWrapper: true,
  breakPages: true,
  ignoreLastRenderedPageBreak: true,
};

// Word's "single" line is the font's own line height: ascent + descent + line gap, (1825 + 443 + 87) / 2048
// em for Times New Roman and its metric twin Liberation Serif. docx-preview writes `line-height: 1` for it,
// 13% short, which drew the header's lines through the text above them and put every page break late.
const SINGLE_LINE_EM = 2355 / 2048;

/** Where docx-preview's HTML measures differently from Word, made to measure the same. */
function fixLayout(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[style*="line-height"]')) {
    const factor = el.style.lineHeight;
    if (/^\d+(\.\d+)?$/.test(factor)) el.style.lineHeight = String(Number(factor) * SINGLE_LINE_EM);
  }
  // An empty paragraph is one line high in Word; in HTML it has no line box at all.
  for (const p of root.querySelectorAll<HTMLElement>('p')) {
    if (p.childNodes.length === 0) p.append('\u200b');
  }
  // Word gives a cell its grid column's width, margins included. docx-preview reads the table layout from
  // the wrong attribute (w:val for w:type) and lets the browser widen columns; every table the exporter
  // writes has a fixed grid.
  for (const table of root.querySelectorAll<HTMLElement>('table')) table.style.tableLayout = 'fixed';
  for (const cell of root.querySelectorAll<HTMLElement>('td')) cell.style.boxSizing = 'border-box';
}

function pagesIn(nodes: Node[]): HTMLElement[] {
  const wrapper = nodes.find((n): n is HTMLElement => n instanceof HTMLElement && n.tagName !== 'STYLE');
  return wrapper ? [...wrapper.querySelectorAll<HTMLElement>(':scope > section.docx')] : [];
}

function sectionOf(page: HTMLElement): number | null {
  const element = page.querySelector(`:scope > article > [class*="${SECTION_CLASS_PREFIX}"]`);
  const match = element?.className.match(new RegExp(`${SECTION_CLASS_PREFIX}(\\d+)`));
  return match ? Number(match[1]) : null;
}

/** Writes each page's number where its header or footer holds the PAGE field. */
function numberPages(pages: HTMLElement[], sections: SectionInfo[]): void {
  let number = 0;
  let section: number | null = null;
  for (const [i, page] of pages.entries()) {
    const own: number | null = sectionOf(page) ?? section;
    const restart = own !== section && own !== null ? (sections[own]?.restartAt ?? null) : null;
    number = restart ?? number + 1;
    section = own;
    page.setAttribute('aria-label', `Trang ${i + 1}`);
    for (const part of page.querySelectorAll(':scope > header, :scope > footer')) {
      const walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
        if (t.data.includes(PAGE_MARK)) t.data = t.data.replaceAll(PAGE_MARK, String(number));
      }
    }
  }
}

/** Renders `bytes` into `body` (styles into `styles`) as printed pages; returns the number of pages. */
export async function renderDocxPages(
  bytes: Uint8Array,
  body: HTMLElement,
  styles: HTMLElement,
): Promise<number> {
  // Parsed twice: the second copy, rendered with every section's default header, gives the running
  // header and footer of the pages the layout adds (the first render shows a first-page header there).
  const [doc, running] = await Promise.all([parseAsync(bytes, OPTIONS), parseAsync(bytes, OPTIONS)]);
  const sections = annotateBody(doc?.documentPart?.body);
  annotateBody(running?.documentPart?.body);
  for (const root of [...headerFooterRoots(doc), ...headerFooterRoots(running)]) markPageFields(root);
  dropTitlePages(running);
  const nodes = await renderDocument(doc, OPTIONS);
  const runningPages = pagesIn(await renderDocument(running, OPTIONS));
  styles.replaceChildren(...withStyleNonce(nodes.filter((n) => n.nodeName === 'STYLE')));
  body.replaceChildren(...nodes.filter((n) => n.nodeName !== 'STYLE'));
  fixLayout(body);
  for (const page of runningPages) fixLayout(page);
  await document.fonts.ready;
  const pages = paginate(pagesIn([...body.children]), runningPages);
  numberPages(pages, sections);
  return pages.length;
}
