// docx-preview starts a new page only at explicit breaks and section changes: everything else runs on in
// one tall page. This lays the rendered pages out the way Word and LibreOffice do: what passes the bottom
// margin moves to a new page with the section's running header and footer; a paragraph is split between
// lines, a table between rows with its header rows repeated; a paragraph kept with the next one moves with it.
import { HEADER_ROW_CLASS, KEEP_LINES_CLASS, KEEP_NEXT_CLASS } from './annotate';

/** Where the content of a page passes its bottom margin. */
interface Overflow {
  article: HTMLElement;
  /** Index in the article's children of the first element that moves (after `split`, if any). */
  index: number;
  /** An element cut in two: its second part goes first on the next page. */
  split: HTMLElement | null;
}

const MAX_PAGES = 2000;
// Sub-pixel rounding of the browser's layout must not push a line that fits onto the next page.
const TOLERANCE_PX = 0.5;

const px = (value: string): number => Number.parseFloat(value) || 0;

/** The lowest y (viewport coordinates) that content may reach on this page. */
function contentBottom(page: HTMLElement): number {
  const style = getComputedStyle(page);
  return page.getBoundingClientRect().top + px(style.minHeight) - px(style.paddingBottom);
}

function articlesOf(page: HTMLElement): HTMLElement[] {
  return [...page.children].filter(
    (c): c is HTMLElement => c instanceof HTMLElement && c.tagName === 'ARTICLE',
  );
}

interface LineStart {
  node: Text;
  offset: number;
  bottom: number;
}

/** Where each rendered line of a paragraph starts, and how low it reaches. */
function linesOf(p: HTMLElement): LineStart[] {
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const lines: LineStart[] = [];
  let lastTop = Number.NEGATIVE_INFINITY;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let i = 0; i < node.length; i += 1) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (!rect || rect.height === 0) continue; // a collapsed space at a line's end
      const line = lines.at(-1);
      if (!line || rect.top >= lastTop + rect.height / 2) {
        lines.push({ node, offset: i, bottom: rect.bottom });
        lastTop = rect.top;
      } else if (rect.bottom > line.bottom) line.bottom = rect.bottom;
    }
  }
  return lines;
}

// Widow and orphan control, as the exporter declares it (w:widowControl) and Word and LibreOffice apply it:
// a paragraph split between pages leaves at least two lines on each.
const MIN_LINES = 2;

/** The line a paragraph is cut before; null when it moves whole; 'fits' when every line fits. */
function cutLine(p: HTMLElement, limit: number): LineStart | null | 'fits' {
  const lines = linesOf(p);
  let fit = lines.findIndex((l) => l.bottom > limit + TOLERANCE_PX);
  if (fit === -1) return 'fits';
  if (lines.length - fit < MIN_LINES) fit = lines.length - MIN_LINES;
  return fit >= MIN_LINES ? (lines[fit] ?? null) : null;
}

/** Cuts a paragraph before `at`; the second part, without first-line indent or list marker, is returned. */
function splitParagraph(p: HTMLElement, at: LineStart): HTMLElement {
  const range = document.createRange();
  range.setStart(at.node, at.offset);
  range.setEnd(p, p.childNodes.length);
  const rest = p.cloneNode(false) as HTMLElement;
  rest.append(range.extractContents());
  rest.style.textIndent = '0';
  rest.style.marginTop = '0';
  rest.classList.add('pp-continued');
  p.style.marginBottom = '0';
  // The first part's last line is not the paragraph's last: a justified paragraph stays justified there.
  if (getComputedStyle(p).textAlign === 'justify') p.style.textAlignLast = 'justify';
  return rest;
}

/** Cuts a table before row `at`; the second part repeats the header rows and is returned. */
function splitTable(table: HTMLTableElement, at: number): HTMLTableElement {
  const rest = table.cloneNode(false) as HTMLTableElement;
  const colgroup = table.querySelector(':scope > colgroup');
  if (colgroup) rest.append(colgroup.cloneNode(true));
  const rows = [...table.rows];
  for (const row of rows) {
    if (!row.classList.contains(HEADER_ROW_CLASS)) break;
    rest.append(row.cloneNode(true));
  }
  for (const row of rows.slice(at)) rest.append(row);
  return rest;
}

function headerRowCount(table: HTMLTableElement): number {
  let n = 0;
  while (n < table.rows.length && table.rows[n]?.classList.contains(HEADER_ROW_CLASS)) n += 1;
  return n;
}

/** Where the element at `index` passes `limit`: a split inside it, the whole element moves, or (null) its
 * text fits and only its border or padding passes. */
function overflowAt(article: HTMLElement, index: number, limit: number): Overflow | null {
  const element = article.children[index] as HTMLElement;
  if (element instanceof HTMLTableElement) {
    const headers = headerRowCount(element);
    const rows = [...element.rows];
    const first = rows.findIndex((r) => r.getBoundingClientRect().bottom > limit + TOLERANCE_PX);
    // Rows never split (every table row is "cantSplit"); a table moves whole when no body row fits.
    const keep = first <= headers && index === 0 ? headers + 1 : first;
    if (keep > headers && keep < rows.length)
      return { article, index: index + 1, split: splitTable(element, keep) };
    return moveWithKept(article, index);
  }
  if (element.tagName === 'P' && !element.classList.contains(KEEP_LINES_CLASS)) {
    const at = cutLine(element, limit);
    if (at === 'fits') return null;
    if (at) return { article, index: index + 1, split: splitParagraph(element, at) };
  }
  return moveWithKept(article, index);
}

/** The whole element moves, with the paragraphs before it that are kept with their next one. */
function moveWithKept(article: HTMLElement, index: number): Overflow {
  let from = index;
  while (from > 1 && article.children[from - 1]?.classList.contains(KEEP_NEXT_CLASS)) from -= 1;
  // Something always stays: an element taller than a page is left to run over its page.
  return { article, index: Math.max(from, 1), split: null };
}

function findOverflow(page: HTMLElement): Overflow | null {
  const limit = contentBottom(page);
  const articles = articlesOf(page);
  for (const [n, article] of articles.entries()) {
    const children = [...article.children];
    for (let i = 0; i < children.length; i += 1) {
      if ((children[i] as HTMLElement).getBoundingClientRect().bottom <= limit + TOLERANCE_PX) continue;
      const overflow = overflowAt(article, i, limit);
      if (!overflow) continue;
      // Nothing would move (one element taller than the page): the page is left as it is.
      const movesNothing = !overflow.split && overflow.index >= children.length && n === articles.length - 1;
      return movesNothing ? null : overflow;
    }
  }
  return null;
}

/** A new page after `page`: the same page box, the continuation header/footer, empty articles. */
function continuationOf(page: HTMLElement, running: HTMLElement | undefined): HTMLElement {
  const next = page.cloneNode(false) as HTMLElement;
  const header = running?.querySelector(':scope > header');
  if (header) next.append(header.cloneNode(true));
  return next;
}

function appendFooter(next: HTMLElement, running: HTMLElement | undefined): void {
  const footer = running?.querySelector(':scope > footer');
  if (footer) next.append(footer.cloneNode(true));
}

/** Moves what overflows into a new page after `page`; returns that page. */
function breakPage(page: HTMLElement, overflow: Overflow, running: HTMLElement | undefined): HTMLElement {
  const next = continuationOf(page, running);
  const articles = articlesOf(page);
  const from = articles.indexOf(overflow.article);
  const first = overflow.article.cloneNode(false) as HTMLElement;
  if (overflow.split) first.append(overflow.split);
  first.append(...[...overflow.article.children].slice(overflow.index));
  next.append(first, ...articles.slice(from + 1));
  appendFooter(next, running);
  page.after(next);
  return next;
}

/**
 * Lays out each rendered page; `running[i]` is page i rendered with its section's default header and
 * footer (the ones continuation pages carry). Returns every page, in order.
 */
export function paginate(pages: HTMLElement[], running: HTMLElement[]): HTMLElement[] {
  const result: HTMLElement[] = [];
  pages.forEach((start, i) => {
    let page = start;
    result.push(page);
    for (
      let overflow = findOverflow(page);
      overflow && result.length < MAX_PAGES;
      overflow = findOverflow(page)
    ) {
      page = breakPage(page, overflow, running[i]);
      result.push(page);
    }
  });
  return result;
}
