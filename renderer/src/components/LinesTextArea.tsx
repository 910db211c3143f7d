// A list of short lines (the header lines of a body, the default recipients) edited as one text, a
// line per item. The text stays as typed, blank lines included; whoever saves the lines drops those.
import { Input } from 'antd';
import { useState } from 'react';

export function LinesTextArea({
  id,
  lines,
  onChange,
  placeholder,
  rows,
}: {
  id: string;
  lines: readonly string[];
  onChange: (lines: string[]) => void;
  placeholder: string;
  rows: { minRows: number; maxRows: number };
}) {
  const [text, setText] = useState(() => lines.join('\n'));
  return (
    <Input.TextArea
      id={id}
      autoSize={rows}
      placeholder={placeholder}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(e.target.value.split('\n'));
      }}
    />
  );
}
