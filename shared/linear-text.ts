// String scans that stay linear in the text's length. A backtracking regular expression such as
// /\n+$/, /\s*\n\s*/g or /<!--[\s\S]*?-->/g restarts at every position of a long run (or rescans the
// rest of the text for every unclosed opening), which is quadratic: 100,000 line breaks took minutes.

/** `text` without the `char`s at its end (what /c+$/ removes). */
export function trimEndChar(text: string, char: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === char) end--;
  return text.slice(0, end);
}

/** Each line break, with the white space around it, becomes one space (what /\s*\n\s*\/g → ' ' does). */
export function joinLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  const last = lines.length - 1;
  const kept: string[] = [];
  lines.forEach((line, i) => {
    const trimmed = i === 0 ? line.trimEnd() : i === last ? line.trimStart() : line.trim();
    // White space between two line breaks joins the single space they become.
    if (trimmed !== '' || i === 0 || i === last) kept.push(trimmed);
  });
  return kept.join(' ');
}

const globalCopy = (re: RegExp) => new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);

/**
 * Removes every span from a match of `open` to the first match of `close` after it (what the lazy
 * /open[\s\S]*?close/g removes). `open` and `close` must be simple patterns that do not backtrack.
 */
export function removeSpans(text: string, open: RegExp, close: RegExp): string {
  const opening = globalCopy(open);
  const closing = globalCopy(close);
  let out = '';
  let from = 0;
  for (;;) {
    opening.lastIndex = from;
    const start = opening.exec(text);
    if (!start) break;
    closing.lastIndex = start.index + start[0].length;
    const end = closing.exec(text);
    // No closing after this opening means none after any later one either: the rest stays.
    if (!end) break;
    out += text.slice(from, start.index);
    from = end.index + end[0].length;
  }
  return out + text.slice(from);
}
