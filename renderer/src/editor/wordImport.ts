// Nhập từ Word: a .docx becomes HTML (mammoth, loaded on demand), which the editor parses through its
// own schema, so headings, lists, tables and bold/italic/underline stay and foreign styles are dropped.
import { removeSpans } from '../../../shared/linear-text';

/** Word's underline has no default HTML in mammoth; map it, and keep headings and tables. */
const styleMap = ['u => u', "p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

export async function docxToHtml(file: Blob): Promise<{ html: string; warnings: string[] }> {
  const mammoth = await import('mammoth');
  const result = await mammoth.convertToHtml({ arrayBuffer: await file.arrayBuffer() }, { styleMap });
  return {
    html: result.value,
    warnings: result.messages.filter((m) => m.type === 'warning').map((m) => m.message),
  };
}

/** Word and web pages paste HTML with comments, <style> and Office tags; keep only the content. */
export function cleanPastedHtml(html: string): string {
  // Spans are removed by a linear scan: a lazy regular expression is quadratic on unclosed openings.
  let clean = removeSpans(html, /<!--/g, /-->/g);
  clean = removeSpans(clean, /<style/gi, /<\/style>/gi);
  clean = removeSpans(clean, /<\/?o:/gi, />/g);
  return clean.replace(/\sclass="?Mso[^"\s>]*"?/gi, '');
}
