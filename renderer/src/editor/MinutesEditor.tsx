// The rich-text editor for minutes (Tiptap). Uncontrolled: it takes its content once and reports
// changes; the owner reads the JSON when it saves, so typing never waits for React or the disk.
// ProseMirror handles IME composition itself (Telex/VNI through Unikey, EVKey): we never replace
// the content while the user types, so composed text lands exactly once.
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { styleNonce } from '../shell/style-nonce';
import { Alert } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { richTextToPlain, type RichTextNode } from '../../../shared/rich-text';
import { unsupportedContent } from './contentCheck';
import { editorExtensions } from './extensions';
import { FindReplaceBar } from './FindReplaceBar';
import { OutlineOffer, type OutlineSource } from './OutlineOffer';
import { SelectionActions, selectedText, selectionShortcuts, type SelectionAction } from './SelectionActions';
import { revealHit, type HitToFind } from './revealHit';
import { attendeeMentions, type Mentionable } from './mentions';
import { Toolbar } from './Toolbar';
import { useWordCount } from './useWordCount';
import { cleanPastedHtml, docxToHtml } from './wordImport';

export interface MinutesEditorProps {
  initial: RichTextNode | null;
  /** Called on every change (cheap: the owner only marks itself dirty). */
  onDirty: () => void;
  onBlur: () => void;
  /** Gives the owner a way to read the current content, or takes it back (null) on unmount. */
  bindSource: (read: (() => RichTextNode) | null) => void;
  ariaLabel?: string;
  /** The meeting's attendees, offered after "@" (read when the user types it). */
  mentionables?: () => readonly Mentionable[];
  /** A search hit to select and scroll to once the minutes are shown (a new object each time). */
  find?: HitToFind | undefined;
  /** Where an empty biên bản's outline comes from ('unsaved': the meeting must be saved first). */
  outline?: OutlineSource | undefined;
  /** "Thành kết luận" / "Thành nhiệm vụ" on the selected text. */
  onSelectionAction?: ((action: SelectionAction, text: string) => void) | undefined;
  /** A failed call (the outline), shown by the owner. */
  onError?: ((error: unknown) => void) | undefined;
}

const noMentionables = (): readonly Mentionable[] => [];

export default function MinutesEditor(props: MinutesEditorProps) {
  const problem = useMemo(() => unsupportedContent(props.initial), [props.initial]);
  return problem === null ? (
    <LiveEditor {...props} />
  ) : (
    <UnsupportedContent doc={props.initial} problem={problem} />
  );
}

/** Read-only view of content the editor cannot hold; the stored minutes are left as they are. */
function UnsupportedContent({ doc, problem }: { doc: RichTextNode | null; problem: string }) {
  return (
    <div className="editor">
      <Alert
        type="warning"
        showIcon
        title="Biên bản có nội dung mà trình soạn thảo chưa hỗ trợ, nên được mở ở chế độ chỉ xem để không mất dữ liệu."
        description={<span className="muted">Chi tiết kỹ thuật: {problem}</span>}
      />
      <div className="editor-body">
        <div className="ProseMirror" style={{ whiteSpace: 'pre-wrap' }} aria-readonly="true">
          {richTextToPlain(doc)}
        </div>
      </div>
    </div>
  );
}

function LiveEditor({
  initial,
  onDirty,
  onBlur,
  bindSource,
  ariaLabel,
  mentionables,
  find,
  outline,
  onSelectionAction,
  onError,
}: MinutesEditorProps) {
  const [finding, setFinding] = useState(false);
  const [importNote, setImportNote] = useState<{ type: 'error' | 'warning'; text: string } | null>(null);
  const editor = useEditor({
    extensions: [
      ...editorExtensions('Nhập nội dung biên bản… (gõ @ để chèn tên người dự họp)'),
      attendeeMentions(mentionables ?? noMentionables),
    ],
    content: initial ?? '',
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    injectNonce: styleNonce,
    editorProps: {
      attributes: {
        'aria-label': ariaLabel ?? 'Nội dung biên bản',
        'aria-multiline': 'true',
        role: 'textbox',
        spellcheck: 'false',
        lang: 'vi',
      },
      transformPastedHTML: cleanPastedHtml,
    },
    onUpdate: () => onDirty(),
    onBlur: () => onBlur(),
  });

  useEffect(() => {
    bindSource(() => editor.getJSON() as RichTextNode);
    return () => bindSource(null);
  }, [editor, bindSource]);

  const counts = useWordCount(editor);
  const empty = useEditorState({ editor, selector: ({ editor: e }) => e.isEmpty });

  useEffect(() => {
    if (!find) return;
    // The view exists once the editor is mounted ("create"); a hit opened at once waits for it.
    if (editor.isInitialized) {
      revealHit(editor, find);
      return;
    }
    const reveal = () => revealHit(editor, find);
    editor.once('create', reveal);
    return () => {
      editor.off('create', reveal);
    };
  }, [editor, find]);

  const importWord = async (file: File) => {
    try {
      const { html, warnings } = await docxToHtml(file);
      editor.chain().focus().insertContent(html).run();
      setImportNote(
        warnings.length
          ? {
              type: 'warning',
              text: `Đã nhập "${file.name}"; một số định dạng không giữ được (${warnings.length}).`,
            }
          : null,
      );
    } catch (e) {
      setImportNote({
        type: 'error',
        text: `Không đọc được tệp "${file.name}" (cần tệp Word .docx): ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  };

  return (
    <div
      className="editor"
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'h' || e.key === 'f')) {
          e.preventDefault();
          setFinding(true);
        }
        const action = selectionShortcuts[e.key.toLowerCase()];
        if (onSelectionAction && action && (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey) {
          e.preventDefault();
          onSelectionAction(action, selectedText(editor));
        }
      }}
    >
      <Toolbar editor={editor} onFind={() => setFinding(true)} onImportWord={(f) => void importWord(f)} />
      {finding ? (
        <FindReplaceBar
          editor={editor}
          onClose={() => {
            setFinding(false);
            editor.commands.focus();
          }}
        />
      ) : null}
      {outline && empty ? (
        <OutlineOffer editor={editor} source={outline} onError={onError ?? (() => undefined)} />
      ) : null}
      {onSelectionAction ? <SelectionActions editor={editor} onAction={onSelectionAction} /> : null}
      {importNote ? (
        <Alert
          type={importNote.type}
          role="alert"
          showIcon
          title={importNote.text}
          closable={{ onClose: () => setImportNote(null) }}
        />
      ) : null}
      <div className="editor-body">
        <EditorContent editor={editor} />
      </div>
      <div className="editor-footer" aria-live="off">
        <span>
          {counts.words.toLocaleString('vi-VN')} từ · {counts.characters.toLocaleString('vi-VN')} ký tự
        </span>
        <span>
          Ctrl+B đậm · Ctrl+I nghiêng · Ctrl+U gạch chân · Ctrl+Z hoàn tác
          {onSelectionAction ? ' · Ctrl+Shift+K thành kết luận · Ctrl+Shift+N thành nhiệm vụ' : ''}
        </span>
      </div>
    </div>
  );
}
