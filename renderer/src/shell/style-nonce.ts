// The nonce the page's <style> elements must carry (shared/csp.ts): the server writes it into
// index.html with each load. Chromium hides a nonce from getAttribute once the page has parsed, so it
// is read from the element's `nonce` property. Absent (tests in jsdom): undefined, and nothing is set.
import { STYLE_NONCE_META } from '../../../shared/csp';

export const styleNonce: string | undefined =
  document.querySelector<HTMLMetaElement>(`meta[property="${STYLE_NONCE_META}"]`)?.nonce || undefined;

/** Gives `nodes` that are <style> elements the page's nonce, before they are put into the document. */
export function withStyleNonce<T extends Node>(nodes: T[]): T[] {
  if (styleNonce) for (const node of nodes) if (node instanceof HTMLStyleElement) node.nonce = styleNonce;
  return nodes;
}

/**
 * rc-table measures the scrollbar of each table it mounts with a <style> element made by rc-util's
 * updateCSS, which takes a nonce only from its caller, and rc-table passes none. Style elements that the
 * app's own code (the only script the policy runs: script-src 'self') puts into the document through
 * appendChild or insertBefore get the page's nonce; a <style> arriving as injected markup gets none and
 * stays refused.
 */
export function nonceForLibraryStyles(): void {
  if (!styleNonce) return;
  const nonce = styleNonce;
  const give = (node: Node) => {
    if (node instanceof HTMLStyleElement && !node.nonce) node.nonce = nonce;
  };
  const { appendChild, insertBefore } = Node.prototype;
  Node.prototype.appendChild = function <T extends Node>(this: Node, node: T): T {
    give(node);
    return appendChild.call(this, node) as T;
  };
  Node.prototype.insertBefore = function <T extends Node>(this: Node, node: T, child: Node | null): T {
    give(node);
    return insertBefore.call(this, node, child) as T;
  };
}
