// Nhập từ Word: a .docx becomes HTML (mammoth, loaded on demand), which the editor parses through its
// own schema, so headings, lists, tables and bold/italic/underline stay and foreign styles are dropped.

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
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<\/?o:[^>]*>/gi, '')
    .replace(/\sclass="?Mso[^"\s>]*"?/gi, '');
}
