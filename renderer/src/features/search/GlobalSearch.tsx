// The search box in the top bar (Ctrl+K): answers as the user types, Enter opens the chosen result
// at the place the words were found.
import { SearchOutlined } from '@ant-design/icons';
import { Input, type InputRef } from 'antd';
import { useMemo, useRef, useState } from 'react';
import type { SearchHit } from '../../../../shared/search';
import { useGlobalSearchTarget } from '../../shell/commands';
import { navigate } from '../../shell/routes';
import { hitHref } from './hitHref';
import { optionId, SearchPanel } from './SearchPanel';
import { useGlobalSearch, type SearchFilters } from './useGlobalSearch';

const LISTBOX = 'global-search-results';

export function GlobalSearch() {
  const input = useRef<InputRef>(null);
  const container = useRef<HTMLDivElement>(null);
  useGlobalSearchTarget(input);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [filters, setFilters] = useState<SearchFilters>({ kind: null, year: null, organizationId: null });
  // Enter pressed before the answer to the last keystroke came: its first result opens when it comes.
  const enterPending = useRef(false);
  const state = useGlobalSearch(text, filters, (result) => {
    const first = result.groups[0]?.items[0];
    if (enterPending.current && first) openHit(first);
    enterPending.current = false;
  });
  // The results on screen: the answer, or while the next one is on its way, the previous answer.
  const shown = state.status === 'done' ? state.result : state.status === 'searching' ? state.previous : null;
  const hits = useMemo(() => shown?.groups.flatMap((g) => g.items) ?? [], [shown]);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const active = hits.find((h) => optionId(h) === activeKey) ?? hits[0] ?? null;

  function openHit(hit: SearchHit) {
    setOpen(false);
    enterPending.current = false;
    input.current?.blur();
    navigate(hitHref(hit));
  }
  const move = (step: number) => {
    if (hits.length === 0) return;
    const at = active ? hits.indexOf(active) : -1;
    const next = hits[(at + step + hits.length) % hits.length] as SearchHit;
    setActiveKey(optionId(next));
    document.getElementById(optionId(next))?.scrollIntoView?.({ block: 'nearest' });
  };

  return (
    <div
      className="global-search"
      ref={container}
      // Focus moving to a filter of the panel keeps it open; leaving the box and the panel closes it.
      onBlur={(e) => {
        if (!container.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <Input
        ref={input}
        role="combobox"
        aria-label="Tìm trong toàn bộ dữ liệu"
        aria-expanded={open && text.trim() !== ''}
        aria-controls={LISTBOX}
        aria-activedescendant={active ? optionId(active) : undefined}
        aria-autocomplete="list"
        prefix={<SearchOutlined />}
        allowClear
        placeholder="Tìm cuộc họp, biên bản, kết luận, văn bản… (Ctrl+K)"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActiveKey(null);
          enterPending.current = false;
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(true);
            move(e.key === 'ArrowDown' ? 1 : -1);
          } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
            e.preventDefault();
            if (state.status === 'searching' && activeKey === null) enterPending.current = true;
            else if (active) openHit(active);
          } else if (e.key === 'Escape') {
            setOpen(false);
            input.current?.blur();
          }
        }}
      />
      {open && text.trim() ? (
        <SearchPanel
          id={LISTBOX}
          state={state}
          filters={filters}
          onFilters={(next) => {
            setFilters(next);
            setActiveKey(null);
            input.current?.focus();
          }}
          active={active}
          onOpen={openHit}
          onHover={(hit) => setActiveKey(optionId(hit))}
        />
      ) : null}
    </div>
  );
}
