// Choosing organizations by typing: the server ranks the matches (whole name, prefix, abbreviation such
// as `ubnd` or `snv`, then the rest), and only the answer for what is typed now is offered, so Enter
// never takes a line of an older list. With `allowCreate`, the last line adds the typed name to the
// directory ("Thêm cơ quan …") and selects it.
import { Select } from 'antd';
import { useEffect, useState, type CSSProperties } from 'react';
import type { OrganizationSummary } from '../../../shared/domain';
import { invoke } from '../api';
import { useOrganizations } from '../lib/organizations';
import { useDebounced } from '../lib/useDebounced';
import { NewOrganizationModal } from './NewOrganizationModal';

const NEW = '__new_organization__';

interface Common {
  id?: string;
  label: string;
  placeholder?: string;
  allowCreate?: boolean;
  allowClear?: boolean;
  /** Left out of the choices (an organization cannot be its own parent). */
  excludeId?: string;
  style?: CSSProperties;
  className?: string;
  size?: 'small' | 'middle';
  /** Focused (and with `defaultOpen`, its list open) when it mounts: put in place of a text stub. */
  autoFocus?: boolean;
  defaultOpen?: boolean | undefined;
}

type Props = Common &
  (
    | { mode: 'multiple'; value: string[]; onChange: (ids: string[]) => void }
    | { mode?: undefined; value: string | null | undefined; onChange: (id: string | null) => void }
  );

function useRanked(text: string): OrganizationSummary[] | null {
  const query = useDebounced(text.trim(), 120);
  const [answer, setAnswer] = useState<{ query: string; items: OrganizationSummary[] } | null>(null);
  useEffect(() => {
    if (!query) return;
    let live = true;
    invoke('organizations.list', { text: query }).then(
      (items) => live && setAnswer({ query, items }),
      () => live && setAnswer({ query, items: [] }),
    );
    return () => {
      live = false;
    };
  }, [query]);
  return answer && answer.query === text.trim() ? answer.items : null;
}

export function OrganizationPicker(props: Props) {
  const all = useOrganizations();
  const [text, setText] = useState('');
  const [creating, setCreating] = useState<string | null>(null);
  // Controlled, so choosing "Thêm cơ quan" closes the list (a multiple select would keep it open over the form).
  const [open, setOpen] = useState(props.defaultOpen ?? false);
  const ranked = useRanked(text);
  const typed = text.trim();
  const list = (typed ? (ranked ?? []) : all).filter((o) => o.id !== props.excludeId);
  const chosenIds = props.mode === 'multiple' ? props.value : props.value ? [props.value] : [];
  const names = new Map(all.map((o) => [o.id, o.name]));
  const shown = new Set(list.map((o) => o.id));
  const options = [
    ...list.map((o) => ({ value: o.id, label: o.name })),
    // The chosen ones keep their names even when the typed text does not match them (last, so Enter
    // takes the best match, never a chosen one).
    ...chosenIds.filter((id) => !shown.has(id)).map((id) => ({ value: id, label: names.get(id) ?? '…' })),
    ...(props.allowCreate && typed && ranked !== null
      ? [{ value: NEW, label: `+ Thêm cơ quan “${typed}”…` }]
      : []),
  ];

  const created = (org: { id: string }) => {
    setCreating(null);
    if (props.mode === 'multiple') props.onChange([...props.value, org.id]);
    else props.onChange(org.id);
  };

  return (
    <>
      <Select
        id={props.id}
        aria-label={props.label}
        autoFocus={props.autoFocus}
        mode={props.mode}
        size={props.size}
        style={props.style}
        className={props.className}
        allowClear={props.allowClear}
        placeholder={props.placeholder}
        showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
        open={open && creating === null}
        onOpenChange={setOpen}
        loading={Boolean(typed) && ranked === null}
        notFoundContent={typed && ranked === null ? 'Đang tìm…' : 'Không tìm thấy'}
        value={props.mode === 'multiple' ? props.value : (props.value ?? undefined)}
        options={options}
        onChange={(next: string | string[] | undefined) => {
          const ids = Array.isArray(next) ? next : next ? [next] : [];
          if (ids.includes(NEW)) {
            setOpen(false);
            setCreating(typed);
            setText('');
            return;
          }
          setText('');
          if (props.mode === 'multiple') props.onChange(ids);
          else props.onChange(ids[0] ?? null);
        }}
      />
      {creating !== null ? (
        <NewOrganizationModal initialName={creating} onCreated={created} onCancel={() => setCreating(null)} />
      ) : null}
    </>
  );
}
