// The editor's toolbar: block type, marks, lists, alignment, tables, undo/redo. Every button has a
// Vietnamese label (read by screen readers and shown as a tooltip) and reflects the current state.
import {
  AlignCenterOutlined,
  AlignLeftOutlined,
  AlignRightOutlined,
  BoldOutlined,
  DeleteColumnOutlined,
  DeleteOutlined,
  DeleteRowOutlined,
  FieldNumberOutlined,
  InsertRowAboveOutlined,
  InsertRowBelowOutlined,
  InsertRowLeftOutlined,
  InsertRowRightOutlined,
  ItalicOutlined,
  MenuOutlined,
  MergeCellsOutlined,
  OrderedListOutlined,
  RedoOutlined,
  SplitCellsOutlined,
  FileWordOutlined,
  SearchOutlined,
  TableOutlined,
  UnderlineOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { useEditorState, type Editor } from '@tiptap/react';
import { Button, Select, Tooltip } from 'antd';
import { useRef, type ReactNode } from 'react';

type Block = 'paragraph' | 'h1' | 'h2' | 'h3';

function ToolButton({
  label,
  icon,
  onClick,
  pressed,
  disabled,
}: {
  label: string;
  icon: ReactNode;
  onClick: () => void;
  pressed?: boolean;
  disabled?: boolean;
}) {
  return (
    <Tooltip title={label} mouseEnterDelay={0.5}>
      <Button
        type="text"
        size="small"
        icon={icon}
        aria-label={label}
        aria-pressed={pressed === undefined ? undefined : pressed}
        disabled={disabled}
        // Keep the selection in the editor: act on mousedown's click without stealing focus.
        onMouseDown={(e) => e.preventDefault()}
        onClick={onClick}
      />
    </Tooltip>
  );
}

export function Toolbar({
  editor,
  onFind,
  onImportWord,
}: {
  editor: Editor;
  onFind?: () => void;
  onImportWord?: (file: File) => void;
}) {
  const fileInput = useRef<HTMLInputElement>(null);
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      block: (e.isActive('heading', { level: 1 })
        ? 'h1'
        : e.isActive('heading', { level: 2 })
          ? 'h2'
          : e.isActive('heading', { level: 3 })
            ? 'h3'
            : 'paragraph') as Block,
      headingNumbered: e.isActive('heading') && e.getAttributes('heading').numbered !== false,
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      left: e.isActive({ textAlign: 'left' }),
      center: e.isActive({ textAlign: 'center' }),
      right: e.isActive({ textAlign: 'right' }),
      justify: e.isActive({ textAlign: 'justify' }),
      inTable: e.isActive('table'),
      canMerge: e.can().mergeCells(),
      canSplit: e.can().splitCell(),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const run = () => editor.chain().focus();
  const setBlock = (block: Block) => {
    if (block === 'paragraph') run().setParagraph().run();
    else
      run()
        .setHeading({ level: Number(block.slice(1)) as 1 | 2 | 3 })
        .run();
  };

  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Định dạng biên bản">
      <ToolButton
        label="Hoàn tác (Ctrl+Z)"
        icon={<UndoOutlined />}
        onClick={() => run().undo().run()}
        disabled={!s.canUndo}
      />
      <ToolButton
        label="Làm lại (Ctrl+Y)"
        icon={<RedoOutlined />}
        onClick={() => run().redo().run()}
        disabled={!s.canRedo}
      />
      <span className="sep" />
      <Select<Block>
        size="small"
        aria-label="Kiểu đoạn"
        style={{ width: 130 }}
        value={s.block}
        onChange={setBlock}
        options={[
          { value: 'paragraph', label: 'Đoạn văn' },
          { value: 'h1', label: 'Tiêu đề 1' },
          { value: 'h2', label: 'Tiêu đề 2' },
          { value: 'h3', label: 'Tiêu đề 3' },
        ]}
      />
      <ToolButton
        label="Đánh số tự động cho tiêu đề (I., 1., a))"
        icon={<FieldNumberOutlined />}
        pressed={s.headingNumbered}
        disabled={s.block === 'paragraph'}
        onClick={() => run().toggleHeadingNumber().run()}
      />
      <span className="sep" />
      <ToolButton
        label="Đậm (Ctrl+B)"
        icon={<BoldOutlined />}
        pressed={s.bold}
        onClick={() => run().toggleBold().run()}
      />
      <ToolButton
        label="Nghiêng (Ctrl+I)"
        icon={<ItalicOutlined />}
        pressed={s.italic}
        onClick={() => run().toggleItalic().run()}
      />
      <ToolButton
        label="Gạch chân (Ctrl+U)"
        icon={<UnderlineOutlined />}
        pressed={s.underline}
        onClick={() => run().toggleUnderline().run()}
      />
      <span className="sep" />
      <ToolButton
        label="Danh sách dấu đầu dòng"
        icon={<UnorderedListOutlined />}
        pressed={s.bullet}
        onClick={() => run().toggleBulletList().run()}
      />
      <ToolButton
        label="Danh sách đánh số"
        icon={<OrderedListOutlined />}
        pressed={s.ordered}
        onClick={() => run().toggleOrderedList().run()}
      />
      <span className="sep" />
      <ToolButton
        label="Căn trái"
        icon={<AlignLeftOutlined />}
        pressed={s.left}
        onClick={() => run().setTextAlign('left').run()}
      />
      <ToolButton
        label="Căn giữa"
        icon={<AlignCenterOutlined />}
        pressed={s.center}
        onClick={() => run().setTextAlign('center').run()}
      />
      <ToolButton
        label="Căn phải"
        icon={<AlignRightOutlined />}
        pressed={s.right}
        onClick={() => run().setTextAlign('right').run()}
      />
      <ToolButton
        label="Căn đều hai bên"
        icon={<MenuOutlined />}
        pressed={s.justify}
        onClick={() => run().setTextAlign('justify').run()}
      />
      <span className="sep" />
      <ToolButton
        label="Chèn bảng"
        icon={<TableOutlined />}
        onClick={() => run().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
      />
      {s.inTable ? (
        <>
          <ToolButton
            label="Thêm hàng phía trên"
            icon={<InsertRowAboveOutlined />}
            onClick={() => run().addRowBefore().run()}
          />
          <ToolButton
            label="Thêm hàng phía dưới"
            icon={<InsertRowBelowOutlined />}
            onClick={() => run().addRowAfter().run()}
          />
          <ToolButton label="Xóa hàng" icon={<DeleteRowOutlined />} onClick={() => run().deleteRow().run()} />
          <ToolButton
            label="Thêm cột bên trái"
            icon={<InsertRowLeftOutlined />}
            onClick={() => run().addColumnBefore().run()}
          />
          <ToolButton
            label="Thêm cột bên phải"
            icon={<InsertRowRightOutlined />}
            onClick={() => run().addColumnAfter().run()}
          />
          <ToolButton
            label="Xóa cột"
            icon={<DeleteColumnOutlined />}
            onClick={() => run().deleteColumn().run()}
          />
          <ToolButton
            label="Gộp ô"
            icon={<MergeCellsOutlined />}
            disabled={!s.canMerge}
            onClick={() => run().mergeCells().run()}
          />
          <ToolButton
            label="Tách ô"
            icon={<SplitCellsOutlined />}
            disabled={!s.canSplit}
            onClick={() => run().splitCell().run()}
          />
          <ToolButton label="Xóa bảng" icon={<DeleteOutlined />} onClick={() => run().deleteTable().run()} />
        </>
      ) : null}
      <span className="sep" />
      {onFind ? (
        <ToolButton label="Tìm và thay thế (Ctrl+H)" icon={<SearchOutlined />} onClick={onFind} />
      ) : null}
      {onImportWord ? (
        <>
          <ToolButton
            label="Nhập từ Word (.docx)"
            icon={<FileWordOutlined />}
            onClick={() => fileInput.current?.click()}
          />
          <input
            ref={fileInput}
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-label="Chọn tệp Word để nhập"
            hidden
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) onImportWord(file);
            }}
          />
        </>
      ) : null}
    </div>
  );
}
