// Type-ahead over the directory of people. The server folds accents, so `nguyen duc trung` finds
// `Nguyễn Đức Trung`. Used two ways: to add someone (attendees: the box empties after each pick, and
// the last option offers to add the typed name as a new person), and to choose one person for a field
// (a signer: `value` shows who is chosen, and it can be cleared). People come given name first, in the
// Vietnamese order, each with the title of their latest meeting so two of the same name can be told apart.
import { Select, type RefSelectProps } from 'antd';
import { useEffect, useState, type Ref } from 'react';
import type { Stored } from '../../../../shared/domain';
import type { PersonListItem } from '../../../../shared/directory';
import type { Person } from '../../../../shared/exchange';
import { invoke } from '../../api';
import { describeError } from '../../lib/errors';
import { rememberPerson } from '../../lib/people';
import { useDebounced } from '../../lib/useDebounced';
import { NewPersonModal } from './NewPersonModal';

const NEW = '__new__';

export function PersonPicker({
  excludeIds,
  onPick,
  onCreate,
  createInline = false,
  value,
  onClear,
  label = 'Thêm người dự họp',
  placeholder = 'Gõ tên cán bộ để thêm (không cần dấu)…',
  width = 420,
  disabled,
  pickerRef,
}: {
  excludeIds?: ReadonlySet<string>;
  onPick: (person: Stored<Person>) => void;
  /** Offers "+ Thêm cán bộ mới" with the typed name, handled by the caller. */
  onCreate?: (typedName: string) => void;
  /** Offers "+ Thêm cán bộ mới" in a small form of its own; the saved person is picked. */
  createInline?: boolean;
  /** The person chosen, for a field that holds one; left out, the box empties after each pick. */
  value?: { id: string; fullName: string | undefined } | null;
  onClear?: () => void;
  label?: string;
  /** To put the caret back in the box (after a new person is added by the caller's form). */
  pickerRef?: Ref<RefSelectProps>;
  placeholder?: string;
  width?: number | string;
  disabled?: boolean;
}) {
  const [text, setText] = useState('');
  const [adding, setAdding] = useState<string | null>(null);
  const query = useDebounced(text.trim(), 150);
  const [answer, setAnswer] = useState<{ query: string; items: PersonListItem[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The list is asked for once the picker is used (focused or opened), not when the page opens: a
  // meeting's page shows without waiting behind the directory's query (ten years: ~0.1–0.6 s).
  const [wanted, setWanted] = useState(false);
  // Only the answer for what is typed now is offered: Enter must never take a line of an older list.
  const current = answer?.query === text.trim() ? answer.items : null;
  const found = current ?? [];
  const loading = wanted && current === null;

  useEffect(() => {
    if (!wanted) return;
    let live = true;
    invoke('people.list', { text: query, limit: 20 }).then(
      (page) => {
        if (!live) return;
        page.items.forEach(rememberPerson);
        setAnswer({ query, items: page.items });
        setError(null);
      },
      (e: unknown) => live && setError(describeError(e)),
    );
    return () => {
      live = false;
    };
  }, [query, wanted]);

  const chosen =
    value && !found.some((p) => p.id === value.id)
      ? [{ value: value.id, label: value.fullName ?? '…', disabled: false }]
      : [];
  const options: { value: string; label: string; detail?: string | undefined; disabled?: boolean }[] = [
    ...chosen,
    ...found.map((p) => ({
      value: p.id,
      label: excludeIds?.has(p.id) ? `${p.fullName} (đã có)` : p.fullName,
      // Two people may share a name: the list says what each was at their latest meeting.
      detail: p.current.title ?? p.current.organizationName ?? undefined,
      disabled: excludeIds?.has(p.id) ?? false,
    })),
    ...(onCreate || createInline
      ? [{ value: NEW, label: text.trim() ? `+ Thêm cán bộ mới “${text.trim()}”…` : '+ Thêm cán bộ mới…' }]
      : []),
  ];

  return (
    <>
      <Select
        ref={pickerRef}
        showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
        onFocus={() => setWanted(true)}
        onOpenChange={(open) => open && setWanted(true)}
        value={value?.id ?? null}
        placeholder={placeholder}
        aria-label={label}
        style={{ width }}
        loading={loading}
        disabled={disabled}
        allowClear={Boolean(onClear && value)}
        onClear={onClear}
        options={options}
        optionRender={(option) => (
          <>
            {option.label}
            {option.data.detail ? <span className="option-detail"> — {option.data.detail}</span> : null}
          </>
        )}
        notFoundContent={error ? <span role="alert">{error}</span> : 'Không tìm thấy'}
        onChange={(id: string | null | undefined) => {
          if (id === NEW) {
            if (onCreate) onCreate(text.trim());
            else setAdding(text.trim());
          } else if (id) {
            const person = found.find((p) => p.id === id);
            if (person) onPick(person);
          }
          setText('');
        }}
      />
      {adding !== null ? (
        <NewPersonModal
          initialName={adding}
          onCancel={() => setAdding(null)}
          onCreated={(person) => {
            setAdding(null);
            onPick(person);
          }}
        />
      ) : null}
    </>
  );
}
