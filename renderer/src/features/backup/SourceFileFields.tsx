// The file a restore or a merge reads, and its passphrase: the two fields, the menu command that opens the
// file dialog, and the { file, passphrase } input both backup calls take.
import { Form, Input } from 'antd';
import { useCallback, useRef, useState, type RefObject } from 'react';
import type { AppCommand } from '../../../../shared/commands';
import type { OpenKind } from '../../../../shared/files';
import { useCommand } from '../../shell/commands';
import { FilePathField, type FilePathHandle } from './FilePathField';

export interface SourceFile {
  file: string;
  passphrase: string;
  setFile(next: string): void;
  setPassphrase(next: string): void;
  /** What backup.inspect, backup.restore and backup.mergePreview take. */
  input(): { file: string; passphrase?: string };
  field: RefObject<FilePathHandle | null>;
}

/** `command` (from the menu) opens the file dialog; `onFileChange` runs whenever another file is chosen. */
export function useSourceFile(command: AppCommand, onFileChange: () => void): SourceFile {
  const [file, setFile] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const field = useRef<FilePathHandle>(null);
  useCommand(
    command,
    useCallback(() => field.current?.pick(), []),
  );
  return {
    file,
    passphrase,
    setFile(next) {
      setFile(next);
      onFileChange();
    },
    setPassphrase,
    input: () => ({ file: file.trim(), ...(passphrase ? { passphrase } : {}) }),
    field,
  };
}

export function SourceFileFields({
  id,
  source,
  fileLabel,
  passphraseLabel,
  kind,
}: {
  id: string;
  source: SourceFile;
  fileLabel: string;
  passphraseLabel: string;
  kind: OpenKind;
}) {
  return (
    <Form layout="vertical" component="div">
      <Form.Item label={fileLabel} htmlFor={`${id}-file`}>
        <FilePathField
          id={`${id}-file`}
          value={source.file}
          onChange={source.setFile}
          dialog={{ mode: 'open', kind }}
          handle={source.field}
        />
      </Form.Item>
      <Form.Item label={passphraseLabel} htmlFor={`${id}-passphrase`}>
        <Input.Password
          id={`${id}-passphrase`}
          style={{ maxWidth: 320 }}
          autoComplete="off"
          value={source.passphrase}
          onChange={(e) => source.setPassphrase(e.target.value)}
        />
      </Form.Item>
    </Form>
  );
}
