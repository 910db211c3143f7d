// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import MinutesEditor from '../../renderer/src/editor/MinutesEditor';
import { countText } from '../../renderer/src/editor/wordCount';
import type { RichTextNode } from '../../shared/rich-text';
import './setup';

const doc = (...content: RichTextNode[]): RichTextNode => ({ type: 'doc', content });
const para = (text: string): RichTextNode =>
  text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' };

function setup(initial: RichTextNode | null = doc(para('Nội dung cuộc họp'))) {
  let read: (() => RichTextNode) | null = null;
  const onDirty = vi.fn();
  const onBlur = vi.fn();
  render(
    <MinutesEditor initial={initial} onDirty={onDirty} onBlur={onBlur} bindSource={(r) => void (read = r)} />,
  );
  const content = () => (read as unknown as () => RichTextNode)();
  const selectAll = () => {
    const box = screen.getByRole('textbox', { name: 'Nội dung biên bản' });
    box.focus();
    // ProseMirror selects all on Mod-a.
    fireEvent.keyDown(box, { key: 'a', ctrlKey: true });
  };
  /** Puts the caret inside the text, as a click would. */
  const caretIn = (text: string) => {
    const box = screen.getByRole('textbox', { name: 'Nội dung biên bản' });
    box.focus();
    const node = screen.getByText(text).firstChild as Text;
    document.getSelection()?.collapse(node, 2);
    fireEvent(document, new Event('selectionchange'));
  };
  return { onDirty, onBlur, content, selectAll, caretIn };
}

const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

describe('minutes editor toolbar', () => {
  it('shows the content and counts words and characters', () => {
    setup();
    expect(screen.getByText('Nội dung cuộc họp')).toBeTruthy();
    expect(screen.getByText(/4 từ · 17 ký tự/)).toBeTruthy();
  });

  it('labels every button in Vietnamese', () => {
    setup();
    for (const name of [
      'Hoàn tác (Ctrl+Z)',
      'Làm lại (Ctrl+Y)',
      'Đậm (Ctrl+B)',
      'Nghiêng (Ctrl+I)',
      'Gạch chân (Ctrl+U)',
      'Danh sách dấu đầu dòng',
      'Danh sách đánh số',
      'Căn trái',
      'Căn giữa',
      'Căn phải',
      'Căn đều hai bên',
      'Chèn bảng',
    ])
      expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(screen.getByRole('toolbar', { name: 'Định dạng biên bản' })).toBeTruthy();
  });

  it('applies bold, italic and underline and shows them pressed', async () => {
    const { selectAll, content, onDirty } = setup();
    selectAll();
    act(() => click('Đậm (Ctrl+B)'));
    act(() => click('Nghiêng (Ctrl+I)'));
    act(() => click('Gạch chân (Ctrl+U)'));
    const marks = content().content?.[0]?.content?.[0]?.marks?.map((m) => m.type);
    expect(marks).toEqual(expect.arrayContaining(['bold', 'italic', 'underline']));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Đậm (Ctrl+B)' }).getAttribute('aria-pressed')).toBe('true'),
    );
    expect(onDirty).toHaveBeenCalled();
  });

  it('makes lists, aligns, and undoes', () => {
    const { selectAll, content, caretIn } = setup();
    caretIn('Nội dung cuộc họp');
    act(() => click('Danh sách đánh số'));
    expect(content().content?.[0]?.type).toBe('orderedList');
    act(() => click('Hoàn tác (Ctrl+Z)'));
    expect(content().content?.[0]?.type).toBe('paragraph');
    act(() => click('Làm lại (Ctrl+Y)'));
    expect(content().content?.[0]?.type).toBe('orderedList');
    act(() => click('Danh sách dấu đầu dòng'));
    expect(content().content?.[0]?.type).toBe('bulletList');
    act(() => click('Danh sách dấu đầu dòng'));
    expect(content().content?.[0]?.type).toBe('paragraph');
    selectAll();
    act(() => click('Căn giữa'));
    expect(content().content?.[0]?.attrs?.textAlign).toBe('center');
  });

  it('inserts a table and shows the row and column tools only inside it', () => {
    const { content } = setup(doc(para('')));
    screen.getByRole('textbox', { name: 'Nội dung biên bản' }).focus();
    expect(screen.queryByRole('button', { name: 'Thêm hàng phía dưới' })).toBeNull();
    act(() => click('Chèn bảng'));
    const table = () => content().content?.find((n) => n.type === 'table');
    expect(table()?.content).toHaveLength(3);
    act(() => click('Thêm hàng phía dưới'));
    expect(table()?.content).toHaveLength(4);
    act(() => click('Thêm cột bên phải'));
    expect(table()?.content?.[0]?.content).toHaveLength(4);
    act(() => click('Xóa cột'));
    expect(table()?.content?.[0]?.content).toHaveLength(3);
    act(() => click('Xóa hàng'));
    expect(table()?.content).toHaveLength(3);
    for (const name of ['Gộp ô', 'Tách ô', 'Xóa bảng', 'Thêm cột bên trái', 'Thêm hàng phía trên'])
      expect(screen.getByRole('button', { name })).toBeTruthy();
    act(() => click('Xóa bảng'));
    expect(table()).toBeUndefined();
  });

  it('keeps headings of three levels', () => {
    const { content } = setup(
      doc(
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Một' }] },
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Ba' }] },
      ),
    );
    expect(content().content?.map((n) => n.attrs?.level)).toEqual([1, 3]);
  });

  it("switches a heading's automatic number off and on, and keeps the choice in the JSON", async () => {
    const { content, caretIn } = setup(
      doc(
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Phần thứ nhất' }] },
        para('Đoạn văn'),
      ),
    );
    const toggle = () => screen.getByRole('button', { name: 'Đánh số tự động cho tiêu đề (I., 1., a))' });
    caretIn('Đoạn văn');
    await waitFor(() => expect(toggle().hasAttribute('disabled')).toBe(true));
    caretIn('Phần thứ nhất');
    await waitFor(() => expect(toggle().getAttribute('aria-pressed')).toBe('true'));
    expect(content().content?.[0]?.attrs?.numbered).toBe(true);
    act(() => click('Đánh số tự động cho tiêu đề (I., 1., a))'));
    expect(content().content?.[0]?.attrs?.numbered).toBe(false);
    await waitFor(() => expect(toggle().getAttribute('aria-pressed')).toBe('false'));
    expect(document.querySelector('h1[data-numbered="false"]')?.textContent).toBe('Phần thứ nhất');
    act(() => click('Đánh số tự động cho tiêu đề (I., 1., a))'));
    expect(content().content?.[0]?.attrs?.numbered).toBe(true);
  });

  it('opens a heading stored with numbered: false as unnumbered', () => {
    const { content } = setup(
      doc({
        type: 'heading',
        attrs: { level: 2, numbered: false },
        content: [{ type: 'text', text: 'Lời nói đầu' }],
      }),
    );
    expect(content().content?.[0]?.attrs).toMatchObject({ level: 2, numbered: false });
  });
});

describe('word count', () => {
  it('counts Vietnamese words and characters (composed)', () => {
    expect(countText('Kết luận của đồng chí Chủ tịch')).toEqual({ words: 7, characters: 30 });
    expect(countText('  ')).toEqual({ words: 0, characters: 2 });
  });
});

describe('content the editor cannot hold', () => {
  it('opens read-only and never hands back content to save', () => {
    const bind = vi.fn();
    const strange: RichTextNode = doc(para('Giữ nguyên đoạn này'), {
      type: 'footnoteFromNewerVersion',
      content: [{ type: 'text', text: 'Chú thích' }],
    });
    render(
      <MinutesEditor
        initial={strange}
        onDirty={() => undefined}
        onBlur={() => undefined}
        bindSource={bind}
      />,
    );
    expect(screen.getByText(/chế độ chỉ xem để không mất dữ liệu/)).toBeTruthy();
    expect(screen.getByText(/Giữ nguyên đoạn này/)).toBeTruthy();
    expect(screen.queryByRole('toolbar')).toBeNull();
    expect(bind).not.toHaveBeenCalledWith(expect.any(Function));
  });
});
