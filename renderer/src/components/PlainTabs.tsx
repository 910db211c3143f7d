// A tab strip drawn with antd's Tabs classes and styles, for a record's screen with a few fixed tabs (a
// meeting). antd's Tabs (rc-tabs) measures every tab when it mounts (getBoundingClientRect of each: a
// forced style and layout of the whole page, then a second pass for the ink bar it positions), and keeps
// an overflow menu no fixed strip of five short names needs. Here the ink bar lives in the active tab and
// follows it by CSS; only a change of tab measures, to slide the bar as antd does.
// The same semantics as rc-tabs: a tablist of tabs with one in the Tab order; ←/→ (Home/End) move the
// focus, announcing "Thẻ N trên M", Enter or Space opens the focused tab, a click opens it; a panel is
// drawn once its tab is first opened, and is kept (hidden) after, so what was typed in it stays.
import useCSSVarCls from 'antd/es/config-provider/hooks/useCSSVarCls';
import useTabsStyle from 'antd/es/tabs/style';
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface PlainTab {
  key: string;
  label: ReactNode;
  disabled?: boolean;
  children: ReactNode;
}

const prefix = 'ant-tabs';
/** antd's motionDurationSlow, the ink bar's slide. */
const SLIDE_MS = 300;
/** Heard, not seen (as rc-tabs draws it). */
const announcement = {
  width: 0,
  height: 0,
  position: 'absolute',
  overflow: 'hidden',
  opacity: 0,
} as const;

export function PlainTabs({
  items,
  activeKey,
  onChange,
}: {
  items: readonly PlainTab[];
  activeKey: string;
  onChange: (key: string) => void;
}) {
  // antd's own tabs styles (registered once per session, shared with every antd Tabs).
  const rootCls = useCSSVarCls(prefix);
  const [hashId, cssVarCls] = useTabsStyle(prefix, rootCls);
  const id = useId();
  const [focusKey, setFocusKey] = useState<string | null>(null);
  // A click focuses the tab too; that focus is not the keyboard's (no announcement, no focus ring).
  const mouseDown = useRef(false);
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set([activeKey]));
  if (!visited.has(activeKey)) setVisited(new Set(visited).add(activeKey));

  const enabled = items.filter((t) => !t.disabled).map((t) => t.key);
  const moveFocus = (to: string | undefined) => {
    if (to === undefined) return;
    setFocusKey(to);
    document.getElementById(`${id}-tab-${to}`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const at = enabled.indexOf(focusKey ?? activeKey);
    const step = (by: number) => enabled[(at + by + enabled.length) % enabled.length];
    switch (e.code) {
      case 'ArrowLeft':
        moveFocus(step(-1));
        break;
      case 'ArrowRight':
        moveFocus(step(1));
        break;
      case 'Home':
        e.preventDefault();
        moveFocus(enabled[0]);
        break;
      case 'End':
        e.preventDefault();
        moveFocus(enabled[enabled.length - 1]);
        break;
      case 'Enter':
      case 'Space':
        e.preventDefault();
        onChange(focusKey ?? activeKey);
        break;
    }
  };

  // The ink bar slides from the tab left to the one opened (measured only on a change, not on opening).
  const list = useRef<HTMLDivElement>(null);
  const shownKey = useRef(activeKey);
  useLayoutEffect(() => {
    const from = shownKey.current;
    shownKey.current = activeKey;
    if (from === activeKey || !list.current) return;
    const tab = (key: string) =>
      list.current?.querySelector<HTMLElement>(`[data-node-key="${CSS.escape(key)}"]`);
    const before = tab(from);
    const after = tab(activeKey);
    const bar = after?.querySelector<HTMLElement>(`.${prefix}-ink-bar`);
    if (!before || !after || !bar?.animate) return;
    const left = before.offsetLeft - after.offsetLeft;
    const right = after.offsetWidth - left - before.offsetWidth;
    bar.animate(
      [
        { left: `${left}px`, right: `${right}px` },
        { left: '0px', right: '0px' },
      ],
      {
        duration: SLIDE_MS,
        easing: 'ease-in-out',
      },
    );
  }, [activeKey]);

  return (
    <div className={[prefix, `${prefix}-top`, hashId, cssVarCls, rootCls].filter(Boolean).join(' ')}>
      <div role="tablist" aria-orientation="horizontal" className={`${prefix}-nav`}>
        <div className={`${prefix}-nav-wrap`}>
          <div className={`${prefix}-nav-list`} ref={list}>
            {items.map((t) => {
              const active = t.key === activeKey;
              const focused = t.key === focusKey;
              const classes = [
                `${prefix}-tab`,
                active && `${prefix}-tab-active`,
                t.disabled && `${prefix}-tab-disabled`,
                focused && `${prefix}-tab-focus`,
              ];
              return (
                <div
                  key={t.key}
                  data-node-key={t.key}
                  className={classes.filter(Boolean).join(' ')}
                  onClick={() => !t.disabled && onChange(t.key)}
                >
                  <div
                    role="tab"
                    id={`${id}-tab-${t.key}`}
                    aria-selected={active}
                    aria-controls={`${id}-panel-${t.key}`}
                    aria-disabled={t.disabled ?? false}
                    tabIndex={t.disabled ? undefined : active ? 0 : -1}
                    className={`${prefix}-tab-btn`}
                    onKeyDown={onKeyDown}
                    onMouseDown={() => (mouseDown.current = true)}
                    onMouseUp={() => (mouseDown.current = false)}
                    onFocus={() => !mouseDown.current && setFocusKey(t.key)}
                    onBlur={() => setFocusKey(null)}
                  >
                    {/* What a screen reader says as the focus reaches a tab (rc-tabs' line, in Vietnamese). */}
                    {focused ? (
                      <div aria-live="polite" style={announcement}>
                        {`Thẻ ${enabled.indexOf(t.key) + 1} trên ${enabled.length}`}
                      </div>
                    ) : null}
                    {t.label}
                  </div>
                  {active ? <div className={`${prefix}-ink-bar`} style={{ left: 0, right: 0 }} /> : null}
                </div>
              );
            })}
          </div>
        </div>
      </div>
      <div className={`${prefix}-body-holder`}>
        <div className={`${prefix}-body ${prefix}-body-top`}>
          {items.map((t) => {
            if (!visited.has(t.key)) return null;
            const active = t.key === activeKey;
            return (
              <div
                key={t.key}
                role="tabpanel"
                id={`${id}-panel-${t.key}`}
                aria-labelledby={`${id}-tab-${t.key}`}
                aria-hidden={!active}
                tabIndex={active ? 0 : -1}
                className={`${prefix}-content ${active ? `${prefix}-content-active` : `${prefix}-content-hidden`}`}
              >
                {t.children}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
