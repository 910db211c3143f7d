// A field of an attendee row shown as text until the row is edited. A meeting opens with its rows as
// text instead of three antd editors each (sixty for twenty attendees: most of the page's opening
// time); the stub looks like the small field it stands for, and a click on it, or the focus reaching it
// (Tab), puts the row's editors in its place, the one clicked taking the focus.

/** How the editor taking the stub's place starts: its list open (a click on a select), the caret at. */
export interface Activation {
  open: boolean;
  caret: number | null;
}

/** The text offset under the pointer within `element` (where a click in a text field puts the caret). */
function caretAt(element: Element | null, x: number, y: number): number | null {
  if (!element) return null;
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  const position = doc.caretPositionFromPoint?.(x, y);
  if (!position || !element.contains(position.offsetNode)) return null;
  let offset = position.offset;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && node !== position.offsetNode; node = walker.nextNode())
    offset += node.textContent?.length ?? 0;
  return offset;
}

export function FieldStub({
  label,
  value,
  placeholder,
  kind,
  width,
  onActivate,
}: {
  /** The accessible name of the editor it stands for (the stub's name begins with it). */
  label: string;
  value: string;
  placeholder?: string;
  /** A select shows a down arrow and one line; a text field wraps. */
  kind: 'select' | 'text';
  /** As the editor's (the whole cell by default). */
  width?: number;
  onActivate: (how: Activation) => void;
}) {
  return (
    <button
      type="button"
      className={`field-stub field-stub-${kind}`}
      style={width ? { width } : undefined}
      title={kind === 'select' && value ? value : undefined}
      // The pointer: the editor opens where the click was (a select's list open) once the click is
      // over (opened on mousedown, the rest of the click would close it again). Focusing the stub on
      // mousedown is prevented: that would activate it as the keyboard does, list closed.
      onMouseDown={(e) => {
        if (e.button === 0) e.preventDefault();
      }}
      onClick={(e) =>
        onActivate({
          open: kind === 'select',
          caret:
            e.detail > 0
              ? caretAt(e.currentTarget.querySelector('.field-stub-value'), e.clientX, e.clientY)
              : null,
        })
      }
      // The keyboard (Tab), or assistive technology moving the focus.
      onFocus={() => onActivate({ open: false, caret: null })}
    >
      {/* Named as the editor is, the value following (what is seen is in the name). */}
      <span className="sr-only">{label}: </span>
      {value ? (
        <span className="field-stub-value">{value}</span>
      ) : (
        <span className="field-stub-placeholder">{placeholder}</span>
      )}
    </button>
  );
}
