// A paragraph whose XML is already written (paragraph-xml.ts), placed in a docx Document like any other.
// docx's serialiser escapes every string it is given, so the paragraph leaves a marker element in the
// part instead, and packDocx puts the paragraph's XML in its place (fillRawParagraphs) before zipping.
// It is a docx Paragraph so that docx treats it as one: a section ending with it keeps its w:sectPr in
// the paragraph (not in an extra empty one), and a table cell ending with it is complete. A Document
// holding one must be packed with packDocx: Packer.toBuffer alone would leave the markers in the part.
import { Paragraph, type IContext, type IXmlableObject, type SectionProperties } from 'docx';
import { NUM_ID, paragraphPropertiesXml, type ParagraphFormat } from './paragraph-xml';

/** The marker's element name: no part of a package otherwise holds it. */
const MARKER = 'w:sohopRaw';
const MARKERS = /<w:sohopRaw n="(\d+)"(?:\/>|>([\s\S]*?)<\/w:sohopRaw>)/g;

/** Per document being written: the paragraphs' XML, head and tail, by the number in their marker. */
const written = new WeakMap<object, [string, string][]>();

export class RawParagraph extends Paragraph {
  private section: SectionProperties | undefined;
  private readonly head: string;
  private readonly tail: string;

  /** `runs` is the paragraph's runs as XML (textRunXml, breakRunXml). */
  constructor(
    private readonly format: ParagraphFormat,
    runs: string,
  ) {
    super({});
    this.head = `<w:p>${paragraphPropertiesXml(format)}`;
    this.tail = `</w:pPr>${runs}</w:p>`;
  }

  override addSectionProperties(section: SectionProperties): void {
    this.section = section;
  }

  override removeSectionProperties(section: SectionProperties): void {
    if (this.section === section) this.section = undefined;
  }

  override prepForXml(context: IContext): IXmlableObject {
    let head = this.head;
    const list = this.format.list;
    if (list) {
      // What docx's ParagraphProperties does for a numbered paragraph: the list's concrete numbering is
      // made when its first paragraph is written, in document order, and numbers the paragraph.
      const numbering = context.file.Numbering;
      numbering.createConcreteNumberingInstance(list.reference, list.instance);
      const concrete = numbering.ConcreteNumbering.find(
        (n) =>
          n.reference === list.reference && n.instance === list.instance && n.restartedListId === undefined,
      );
      if (!concrete) throw new Error(`no numbering ${list.reference} for a list paragraph`);
      head = head.replace(NUM_ID, String(concrete.numId));
    }
    let parts = written.get(context.file);
    if (!parts) written.set(context.file, (parts = []));
    parts.push([head, this.tail]);
    const n = { _attr: { n: parts.length - 1 } };
    // A paragraph ending a section holds its w:sectPr, written by docx inside the marker.
    const section = this.section?.prepForXml(context);
    return { [MARKER]: section ? [n, section] : n };
  }
}

/** Whether any raw paragraph of `document` was written (and is waiting for fillRawParagraphs). */
export function hasRawParagraphs(document: object): boolean {
  return written.has(document);
}

/** `xml` (a part of `document`) with each marker replaced by its paragraph's XML. */
export function fillRawParagraphs(document: object, xml: string): string {
  const parts = written.get(document);
  if (!parts || !xml.includes(`<${MARKER} `)) return xml;
  return xml.replace(MARKERS, (_marker, n: string, section: string | undefined) => {
    const [head, tail] = parts[Number(n)] ?? ['', ''];
    return head + (section ?? '') + tail;
  });
}

/** Forgets what was written for `document`, once its package is made. */
export function forgetRawParagraphs(document: object): void {
  written.delete(document);
}
