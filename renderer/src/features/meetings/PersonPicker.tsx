// Type-ahead over the directory of people. The server folds accents, so `nguyen duc trung` finds
// `Nguyễn Đức Trung`. The last option offers to add the typed name as a new person.
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
}: {
  excludeIds: ReadonlySet<string>;
  onPick: (person: Stored<Person>) => void;
  onCreate: (typedName: string) => void;
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

  const options = [
    ...found.map((p) => ({
      value: p.id,
      label: excludeIds.has(p.id) ? `${p.fullName} (đã có)` : p.fullName,
      disabled: excludeIds.has(p.id),
    })),
    { value: NEW, label: text.trim() ? `+ Thêm cán bộ mới “${text.trim()}”` : '+ Thêm cán bộ mới…' },
  ];

  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      value={null}
      placeholder="Gõ tên cán bộ để thêm (không cần dấu)…"
      aria-label="Thêm người dự họp"
      style={{ width: 420 }}
      loading={loading}
      options={options}
      notFoundContent={error ? <span role="alert">{error}</span> : 'Không tìm thấy'}
      onChange={(id: string | null) => {
        if (id === NEW) onCreate(text.trim());
        else {
          const person = found.find((p) => p.id === id);
          if (person) onPick(person);
        }
        setText('');
      }}
    />
  );
}
