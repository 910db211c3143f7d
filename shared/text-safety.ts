// Characters that must never reach the database or a document: what XML 1.0 forbids (C0 controls other
// than tab, line feed and carriage return; U+FFFE/U+FFFF; lone surrogates), which makes Word refuse a
// DOCX, and the bidirectional embedding/override/isolate controls, which can make a name print
// differently from how it reads. Imported and pasted text comes from other people.

// One character class, matched once per character: linear in the text's length, never backtracking.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is this expression's job
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** True when `text` holds a character that `stripForbiddenChars` would remove. */
export function hasForbiddenChars(text: string): boolean {
  FORBIDDEN.lastIndex = 0;
  const found = FORBIDDEN.test(text);
  FORBIDDEN.lastIndex = 0;
  return found;
}

/** `text` without XML-forbidden characters and bidirectional controls (everything else kept as is). */
export function stripForbiddenChars(text: string): string {
  return hasForbiddenChars(text) ? text.replace(FORBIDDEN, '') : text;
}
