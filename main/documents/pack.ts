// A docx Document as the bytes of a .docx: docx's own compiler writes every part's XML, exactly as
// Packer.toBuffer would, and Node's zlib zips the parts (zip.ts). Packer.toBuffer deflates them with
// fflate in JavaScript, about a fifth of the export time of a 30-page biên bản.
// Paragraphs written as XML text by the exporter (parts/raw-paragraph.ts) go into their parts here.
import { strFromU8, unzipSync } from 'fflate/browser';
import { Packer, type Document } from 'docx';
import { fillRawParagraphs, forgetRawParagraphs, hasRawParagraphs } from './parts/raw-paragraph';
import { zipWithZlib } from './zip';

/** A part written in place of docx's own (or added), as Packer's `overrides` takes it: XML text. */
export interface PartOverride {
  path: string;
  data: string;
}

/** The package's parts by path, in their zip order: what Packer.pack hands to its zip step. */
type Parts = Map<string, string | Uint8Array>;

interface PartCompiler {
  compile(file: Document, prettify: undefined, overrides: readonly PartOverride[]): Parts;
}

/**
 * Packer's compiler (a private static in docx 9: Packer.pack is `zip(compiler.compile(…))`). TypeScript
 * lets element access reach a private member; when a docx release moves it, exports fall back to
 * Packer.toBuffer, slower with the same parts, and tests/main/documents/pack.test.ts fails to say so.
 */
export function partCompiler(): PartCompiler | undefined {
  const compiler: unknown = Packer['compiler'];
  if (typeof compiler !== 'object' || compiler === null) return undefined;
  return typeof (compiler as Partial<PartCompiler>).compile === 'function'
    ? (compiler as PartCompiler)
    : undefined;
}

const encoder = new TextEncoder();

/**
 * The .docx of `document` with `overrides` in place of (or next to) docx's parts. Without docx's compiler
 * (`null`: tests take that path on purpose), Packer.toBuffer makes the package, unzipped again to put the
 * raw paragraphs in.
 */
export async function packDocx(
  document: Document,
  overrides: readonly PartOverride[] = [],
  compiler: PartCompiler | null = partCompiler() ?? null,
): Promise<Buffer> {
  try {
    const files: Record<string, Uint8Array> = {};
    if (compiler)
      for (const [path, data] of compiler.compile(document, undefined, overrides))
        files[path] = typeof data === 'string' ? encoder.encode(fillRawParagraphs(document, data)) : data;
    else {
      const packed = await Packer.toBuffer(document, false, overrides);
      if (!hasRawParagraphs(document)) return packed;
      for (const [path, data] of Object.entries(unzipSync(packed)))
        files[path] = path.endsWith('.xml')
          ? encoder.encode(fillRawParagraphs(document, strFromU8(data)))
          : data;
    }
    return zipWithZlib(files);
  } finally {
    forgetRawParagraphs(document);
  }
}
