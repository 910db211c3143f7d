// "@" in the minutes lists the meeting's attendees; choosing one inserts plain text
// "đồng chí ‹name› - ‹title›" (no special node: the exporter and other offices see ordinary text).
import { Extension } from '@tiptap/react';
import { Suggestion } from '@tiptap/suggestion';
import { foldVietnamese } from '../../../shared/vietnamese';

export interface Mentionable {
  name: string;
  title: string;
}

export function mentionText(m: Mentionable): string {
  return m.title ? `đồng chí ${m.name} - ${m.title}` : `đồng chí ${m.name}`;
}

export function matchMentionables(list: readonly Mentionable[], query: string): Mentionable[] {
  const q = foldVietnamese(query);
  return list.filter((m) => foldVietnamese(`${m.name} ${m.title}`).includes(q)).slice(0, 8);
}

/** A small list under the caret, driven by the suggestion plugin's callbacks. */
function popup() {
  let el: HTMLDivElement | null = null;
  let items: Mentionable[] = [];
  let active = 0;
  let choose: (m: Mentionable) => void = () => undefined;
  const draw = () => {
    if (!el) return;
    el.replaceChildren(
      ...(items.length
        ? items.map((m, i) => {
            const option = document.createElement('div');
            option.className = `mention-option${i === active ? ' active' : ''}`;
            option.setAttribute('role', 'option');
            option.setAttribute('aria-selected', String(i === active));
            option.textContent = mentionText(m);
            option.addEventListener('mousedown', (e) => {
              e.preventDefault();
              choose(m);
            });
            return option;
          })
        : [
            Object.assign(document.createElement('div'), {
              className: 'mention-empty',
              textContent: 'Không có người dự họp phù hợp',
            }),
          ]),
    );
  };
  const place = (rect: DOMRect | null | undefined) => {
    if (!el || !rect) return;
    el.style.left = `${rect.left + window.scrollX}px`;
    el.style.top = `${rect.bottom + window.scrollY + 4}px`;
  };
  return {
    onStart(props: {
      items: Mentionable[];
      command: (m: Mentionable) => void;
      clientRect?: (() => DOMRect | null) | null;
    }) {
      el = document.createElement('div');
      el.className = 'mention-popup';
      el.setAttribute('role', 'listbox');
      el.setAttribute('aria-label', 'Người dự họp');
      document.body.append(el);
      items = props.items;
      active = 0;
      choose = props.command;
      draw();
      place(props.clientRect?.());
    },
    onUpdate(props: {
      items: Mentionable[];
      command: (m: Mentionable) => void;
      clientRect?: (() => DOMRect | null) | null;
    }) {
      items = props.items;
      active = Math.min(active, Math.max(0, items.length - 1));
      choose = props.command;
      draw();
      place(props.clientRect?.());
    },
    onKeyDown({ event }: { event: KeyboardEvent }) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        active = items.length ? (active + step + items.length) % items.length : 0;
        draw();
        return true;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        const item = items[active];
        if (item) choose(item);
        return item !== undefined;
      }
      return false;
    },
    onExit() {
      el?.remove();
      el = null;
    },
  };
}

export function attendeeMentions(source: () => readonly Mentionable[]) {
  return Extension.create({
    name: 'attendeeMentions',
    addProseMirrorPlugins() {
      return [
        Suggestion<Mentionable, Mentionable>({
          editor: this.editor,
          char: '@',
          allowSpaces: true,
          items: ({ query }) => matchMentionables(source(), query),
          command: ({ editor, range, props }) => {
            editor
              .chain()
              .focus()
              .insertContentAt(range, `${mentionText(props)} `)
              .run();
          },
          render: popup,
        }),
      ];
    },
  });
}
