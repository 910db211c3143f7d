// What the reports' DOCX share (the conclusions report, the weekly schedule): A4 pages in either
// orientation with the rule's margins and header distance, and the styles (Times New Roman, black, vi-VN
// by default, the tables' paragraph style).
import {
  Document,
  Header,
  Paragraph,
  type FileChild,
  type ISectionOptions,
  type IStylesOptions,
  type PageOrientation,
} from 'docx';
import { pageNumberHeader, type Margins } from '../documents/parts/page';
import { VIETNAMESE } from '../documents/parts/text';
import type { RuleSet } from '../documents/rules';
import { appendixStyle } from './conclusions/appendix';

type Orientation = (typeof PageOrientation)[keyof typeof PageOrientation];

/** A section's page: A4 turned as asked (docx swaps the sides for landscape), the given margins. */
export function reportPage(rules: RuleSet, margin: Margins, orientation: Orientation) {
  return {
    size: { width: rules.page.width, height: rules.page.height, orientation },
    margin: { ...margin, header: rules.page.headerDistance, footer: rules.page.headerDistance },
  };
}

export function reportStyles(rules: RuleSet): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: rules.font, size: rules.body.text.size * 2, color: '000000', language: VIETNAMESE },
      },
    },
    paragraphStyles: [appendixStyle(rules)],
  };
}

/**
 * A report's section: the first one, or one numbered on its own (an appendix, `numberedOnItsOwn`: from 1):
 * its pages turned as asked, no number on its first page, numbers from its second.
 */
export function reportSection(
  rules: RuleSet,
  margin: Margins,
  orientation: Orientation,
  children: FileChild[],
  { numberedOnItsOwn = false } = {},
): ISectionOptions {
  const page = reportPage(rules, margin, orientation);
  return {
    properties: { titlePage: true, page: numberedOnItsOwn ? { ...page, pageNumbers: { start: 1 } } : page },
    headers: { default: pageNumberHeader(rules), first: new Header({ children: [new Paragraph({})] }) },
    children,
  };
}

export function reportDocument(rules: RuleSet, title: string, sections: ISectionOptions[]): Document {
  return new Document({ creator: 'Sổ Họp', title, styles: reportStyles(rules), sections });
}
