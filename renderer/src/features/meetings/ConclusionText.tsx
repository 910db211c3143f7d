// Rich text edited as a plain text area (one paragraph per line). The rich text is replaced only
// when the user edits it, so formatting that came from an import survives until then; a value
// changed from outside (items reordered) is shown again.
import { Input } from 'antd';
import { useState } from 'react';
import { plainToRichText, richTextToPlain, type RichTextNode } from '../../../../shared/rich-text';

export function ConclusionText({
  label,
  value,
  onChange,
  placeholder = 'Nội dung kết luận…',
  autoFocus = false,
}: {
  label: string;
  value: RichTextNode;
  onChange: (next: RichTextNode) => void;
  placeholder?: string;
  autoFocus?: boolean;
}) {
  const [text, setText] = useState(() => richTextToPlain(value));
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(richTextToPlain(value));
  }
  return (
    <Input.TextArea
      aria-label={label}
      autoFocus={autoFocus}
      autoSize={{ minRows: 2, maxRows: 12 }}
      placeholder={placeholder}
      value={text}
      onChange={(e) => {
        const next = plainToRichText(e.target.value);
        setText(e.target.value);
        setShown(next);
        onChange(next);
      }}
    />
  );
}
