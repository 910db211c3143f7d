// The height left below an element down to the window's bottom edge, for a virtualized table's body:
// followed through window resizes and through what appears above it (the reminder banner, a filter tag).
import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * `[ref, height]`: put `ref` on the element the table starts at; `height` is what remains below its top
 * minus `below` pixels (the table's header row and the page's bottom padding), and at least `min`.
 */
export function useRemainingHeight(below: number, min = 240): [(el: HTMLElement | null) => void, number] {
  const [height, setHeight] = useState(() => Math.max(min, window.innerHeight - 250));
  const element = useRef<HTMLElement | null>(null);
  const measure = useCallback(() => {
    const el = element.current;
    if (!el) return;
    setHeight(Math.max(min, Math.floor(window.innerHeight - el.getBoundingClientRect().top - below)));
  }, [below, min]);
  const ref = useCallback(
    (el: HTMLElement | null) => {
      element.current = el;
      measure();
    },
    [measure],
  );
  useEffect(() => {
    window.addEventListener('resize', measure);
    // What is shown above the table changes its top: watch the page's content area for it.
    const area = element.current?.closest('.content') ?? document.body;
    const observer = new ResizeObserver(measure);
    for (const child of Array.from(area.children)) observer.observe(child);
    const children = new MutationObserver(() => {
      observer.disconnect();
      for (const child of Array.from(area.children)) observer.observe(child);
      measure();
    });
    children.observe(area, { childList: true });
    return () => {
      window.removeEventListener('resize', measure);
      observer.disconnect();
      children.disconnect();
    };
  }, [measure]);
  return [ref, height];
}
