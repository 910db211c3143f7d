// A select whose options come from the server as the user types (people, meetings): accents ignored by
// the server's folded search. The chosen value keeps its label even when it is not in the latest answer.
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useDebounced } from '../../lib/useDebounced';

export interface Option {
  value: string;
  label: string;
}

export function RemoteSelect(props: {
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  search: (text: string) => Promise<Option[]>;
  /** The label of the current value when the page opens with it (from the address). */
  labelOf?: (value: string) => Promise<string>;
  width?: number;
}) {
  const { value, search, labelOf } = props;
  const [text, setText] = useState('');
  const typed = useDebounced(text, 200);
  const [options, setOptions] = useState<Option[]>([]);
  const [current, setCurrent] = useState<Option | null>(null);
  useEffect(() => {
    let live = true;
    search(typed).then(
      (found) => live && setOptions(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [typed, search]);
  useEffect(() => {
    if (!value || current?.value === value || !labelOf) return;
    let live = true;
    labelOf(value).then(
      (label) => live && setCurrent({ value, label }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [value, current, labelOf]);
  const shown =
    current && current.value === value && !options.some((o) => o.value === value)
      ? [current, ...options]
      : options;
  return (
    <Select
      allowClear
      showSearch={{ filterOption: false, onSearch: setText }}
      placeholder={props.label}
      aria-label={props.label}
      style={{ width: props.width ?? 240 }}
      value={value}
      options={shown}
      onChange={(v: string | undefined) => {
        setCurrent(v ? (shown.find((o) => o.value === v) ?? null) : null);
        props.onChange(v);
      }}
    />
  );
}
