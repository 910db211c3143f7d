// Over a selection in the minutes: "Thành kết luận" (Ctrl+Shift+K) and "Thành nhiệm vụ" (Ctrl+Shift+N)
// hand the selected text to the meeting, which adds it to Kết luận.
import { CheckSquareOutlined, FlagOutlined } from '@ant-design/icons';
import type { Editor } from '@tiptap/react';
import { BubbleMenu } from '@tiptap/react/menus';
import { Button } from 'antd';

export type SelectionAction = 'conclusion' | 'task';

export const selectionShortcuts: Record<string, SelectionAction> = { k: 'conclusion', n: 'task' };

/** The selected text, blocks joined by line breaks. */
export const selectedText = (editor: Editor): string => {
  const { from, to } = editor.state.selection;
  return editor.state.doc.textBetween(from, to, '\n', ' ');
};

export function SelectionActions({
  editor,
  onAction,
}: {
  editor: Editor;
  onAction: (action: SelectionAction, text: string) => void;
}) {
  const act = (action: SelectionAction) => onAction(action, selectedText(editor));
  return (
    <BubbleMenu
      editor={editor}
      className="selection-actions"
      shouldShow={({ editor: e, from, to }) => e.isEditable && to > from && e.view.hasFocus()}
    >
      <div role="toolbar" aria-label="Chuyển đoạn đã chọn">
        <Button
          size="small"
          icon={<FlagOutlined />}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => act('conclusion')}
          title="Thêm đoạn đã chọn vào Kết luận (Ctrl+Shift+K)"
        >
          Thành kết luận
        </Button>
        <Button
          size="small"
          icon={<CheckSquareOutlined />}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => act('task')}
          title="Thêm đoạn đã chọn thành nhiệm vụ (Ctrl+Shift+N)"
        >
          Thành nhiệm vụ
        </Button>
      </div>
    </BubbleMenu>
  );
}
