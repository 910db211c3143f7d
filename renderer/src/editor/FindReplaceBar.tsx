// Tìm và thay thế in the editor (Ctrl+F or Ctrl+H inside the editor).
import { CloseOutlined } from '@ant-design/icons';
import type { Editor } from '@tiptap/react';
import { Button, Input, Space, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { findMatches, nextMatch } from './findReplace';

export function FindReplaceBar({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [note, setNote] = useState('');
  const findRef = useRef<InputRef>(null);
  useEffect(() => findRef.current?.focus(), []);

  const select = (from: number, to: number) => {
    editor.chain().setTextSelection({ from, to }).scrollIntoView().run();
  };

  const findNext = () => {
    const matches = findMatches(editor.state.doc, query);
    const { to } = editor.state.selection;
    const match = nextMatch(matches, to);
    if (!match) return setNote('Không tìm thấy');
    select(match.from, match.to);
    setNote(`${matches.indexOf(match) + 1}/${matches.length}`);
  };

  const replaceOne = () => {
    const { from, to } = editor.state.selection;
    const selected = editor.state.doc.textBetween(from, to);
    if (query && selected.toLocaleLowerCase('vi') === query.toLocaleLowerCase('vi')) {
      editor.chain().insertContentAt({ from, to }, replacement).run();
    }
    findNext();
  };

  const replaceAll = () => {
    const matches = findMatches(editor.state.doc, query);
    if (matches.length === 0) return setNote('Không tìm thấy');
    const tr = editor.state.tr;
    // From the end, so earlier positions stay valid.
    for (const m of [...matches].reverse())
      if (replacement) tr.insertText(replacement, m.from, m.to);
      else tr.delete(m.from, m.to);
    editor.view.dispatch(tr);
    setNote(`Đã thay ${matches.length} chỗ`);
  };

  return (
    <div className="find-bar" role="search" aria-label="Tìm và thay thế trong biên bản">
      <Space wrap>
        <Input
          ref={findRef}
          size="small"
          aria-label="Tìm trong biên bản"
          placeholder="Tìm…"
          style={{ width: 220 }}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setNote('');
          }}
          onPressEnter={findNext}
          onKeyDown={(e) => e.key === 'Escape' && onClose()}
        />
        <Input
          size="small"
          aria-label="Thay bằng"
          placeholder="Thay bằng…"
          style={{ width: 220 }}
          value={replacement}
          onChange={(e) => setReplacement(e.target.value)}
          onPressEnter={replaceOne}
          onKeyDown={(e) => e.key === 'Escape' && onClose()}
        />
        <Button size="small" onClick={findNext}>
          Tìm tiếp
        </Button>
        <Button size="small" onClick={replaceOne}>
          Thay
        </Button>
        <Button size="small" onClick={replaceAll}>
          Thay tất cả
        </Button>
        <span className="muted" role="status">
          {note}
        </span>
      </Space>
      <Button
        type="text"
        size="small"
        icon={<CloseOutlined />}
        aria-label="Đóng tìm kiếm"
        onClick={onClose}
      />
    </div>
  );
}
