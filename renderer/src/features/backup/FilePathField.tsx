// A file or folder path. In Electron it comes only from the native dialog ("Chọn…"): the main process
// accepts only paths the user picked there, so the field is read-only. In the browser preview, which has
// no dialogs, the path is typed (inside the preview's files folder).
import { FolderOpenOutlined } from '@ant-design/icons';
import { Button, Input, Space, type InputRef } from 'antd';
import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { FileKind, OpenKind } from '../../../../shared/files';
import { describeError } from '../../lib/errors';
import { chooseOpenPath, chooseSavePath, hasNativeDialogs } from '../../lib/files';

export interface FilePathHandle {
  /** The dialog in Electron; the text field otherwise. */
  pick(): void;
}

export function FilePathField({
  id,
  value,
  onChange,
  dialog,
  placeholder,
  handle,
  clearLabel,
}: {
  id: string;
  value: string;
  onChange: (path: string) => void;
  dialog: { mode: 'open'; kind: OpenKind } | { mode: 'save'; kind: FileKind; suggestedName: string };
  placeholder?: string;
  handle?: Ref<FilePathHandle>;
  /** A button emptying the field (e.g. back to the default folder), shown in Electron when it holds a path. */
  clearLabel?: string;
}) {
  const input = useRef<InputRef>(null);
  const [error, setError] = useState<string | null>(null);
  const native = hasNativeDialogs();

  const pick = async () => {
    try {
      const chosen =
        dialog.mode === 'open'
          ? await chooseOpenPath(dialog.kind)
          : await chooseSavePath(dialog.suggestedName, dialog.kind);
      setError(null);
      if (chosen === 'unavailable') input.current?.focus();
      else if (chosen !== null) onChange(chosen);
    } catch (e) {
      setError(describeError(e));
    }
  };
  useImperativeHandle(handle, () => ({ pick: () => (native ? void pick() : input.current?.focus()) }));

  return (
    <>
      <Space.Compact style={{ width: '100%', maxWidth: 640 }}>
        <Input
          id={id}
          ref={input}
          value={value}
          readOnly={native}
          placeholder={placeholder ?? (native ? 'Bấm “Chọn…”' : 'Gõ đường dẫn đầy đủ của tệp')}
          onChange={(e) => onChange(e.target.value)}
        />
        {native ? (
          <Button icon={<FolderOpenOutlined />} onClick={() => void pick()}>
            Chọn…
          </Button>
        ) : null}
        {native && clearLabel && value ? <Button onClick={() => onChange('')}>{clearLabel}</Button> : null}
      </Space.Compact>
      {error ? <div className="field-error">{error}</div> : null}
    </>
  );
}
