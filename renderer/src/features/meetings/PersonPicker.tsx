// Type-ahead over the directory of people. The server folds accents, so `nguyen duc trung` finds
// `Nguyễn Đức Trung`. Used two ways: to add someone (attendees: the box empties after each pick, and
// the last option offers to add the typed name as a new person), and to choose one person for a field
// (a signer: `value` shows who is chosen, and it can be cleared).
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import type { Stored } from '../../../../shared/domain';
import type { Person } from '../../../../shared/exchange';
import { invoke } from '../../api';
import { describeError } from '../../lib/errors';
import { rememberPerson } from '../../lib/people';
import { useDebounced } from '../../lib/useDebounced';

const NEW = '__new__';

export function PersonPicker({
  excludeIds,
  onPick,
  onCreate,
  value,
  onClear,
  label = 'Thêm người dự họp',
  placeholder = 'Gõ tên cán bộ để thêm (không cần dấu)…',
  width = 420,
  disabled,
}: {
  excludeIds?: ReadonlySet<string>;
  onPick: (person: Stored<Person>) => void;
  /** Offers "+ Thêm cán bộ mới" with the typed name; left out, there is no such option. */
  onCreate?: (typedName: string) => void;
  /** The person chosen, for a field that holds one; left out, the box empties after each pick. */
  value?: { id: string; fullName: string | undefined } | null;
  onClear?: () => void;
  label?: string;
  placeholder?: string;
  width?: number | string;
  disabled?: boolean;
}) {
  const [text, setText] = useState('');
  const query = useDebounced(text, 150);
  const [found, setFound] = useState<Stored<Person>[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [answered, setAnswered] = useState<string | null>(null);
  const loading = answered !== query;

  useEffect(() => {
    let live = true;
    invoke('people.list', { text: query, limit: 20 })
      .then(
        (page) => {
          if (!live) return;
          page.items.forEach(rememberPerson);
          setFound(page.items);
          setError(null);
        },
        (e: unknown) => live && setError(describeError(e)),
      )
      .finally(() => live && setAnswered(query));
    return () => {
      live = false;
    };
  }, [query]);

  const chosen =
    value && !found.some((p) => p.id === value.id)
      ? [{ value: value.id, label: value.fullName ?? '…', disabled: false }]
      : [];
  const options = [
    ...chosen,
    ...found.map((p) => ({
      value: p.id,
      label: excludeIds?.has(p.id) ? `${p.fullName} (đã có)` : p.fullName,
      disabled: excludeIds?.has(p.id) ?? false,
    })),
    ...(onCreate
      ? [{ value: NEW, label: text.trim() ? `+ Thêm cán bộ mới “${text.trim()}”` : '+ Thêm cán bộ mới…' }]
      : []),
  ];

  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      value={value?.id ?? null}
      placeholder={placeholder}
      aria-label={label}
      style={{ width }}
      loading={loading}
      disabled={disabled}
      allowClear={Boolean(onClear && value)}
      onClear={onClear}
      options={options}
      notFoundContent={error ? <span role="alert">{error}</span> : 'Không tìm thấy'}
      onChange={(id: string | null | undefined) => {
        if (id === NEW) onCreate?.(text.trim());
        else if (id) {
          const person = found.find((p) => p.id === id);
          if (person) onPick(person);
        }
        setText('');
      }}
    />
  );
}
