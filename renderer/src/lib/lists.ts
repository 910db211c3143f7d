// Ordered lists edited on screen (attendees in protocol order, conclusions, programme items).

/** The list with the item at `from` moved to `to`; an out-of-range move changes nothing. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1) as [T];
  next.splice(to, 0, item);
  return next;
}
