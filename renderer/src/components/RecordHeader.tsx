// The header of a record's own screen (a meeting, a programme, a document): the way back to its list,
// its title with what describes it, how its autosave stands with "Lưu ngay", and its actions.
import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import type { ReactNode } from 'react';
import type { Autosave } from '../lib/useAutosave';
import { SaveIndicator } from './SaveIndicator';

export function RecordHeader({
  backHref,
  backLabel,
  title,
  details,
  autosave,
  neverSaved = false,
  actions,
}: {
  backHref: string;
  backLabel: string;
  title: string;
  /** Under the title (kind, time, status…). */
  details?: ReactNode;
  /** Absent while the record cannot be edited. */
  autosave?: Autosave | undefined;
  /** A new record not stored yet. */
  neverSaved?: boolean;
  actions: ReactNode;
}) {
  return (
    <div className="page-header">
      <div style={{ minWidth: 0 }}>
        <Button type="link" icon={<ArrowLeftOutlined />} href={backHref} style={{ paddingInline: 0 }}>
          {backLabel}
        </Button>
        <h1>{title}</h1>
        {details}
      </div>
      <Space className="page-actions">
        {autosave ? (
          <>
            <SaveIndicator
              status={autosave.status}
              onRetry={() => void autosave.flush()}
              neverSaved={neverSaved}
            />
            <Button icon={<SaveOutlined />} onClick={() => void autosave.flush()}>
              Lưu ngay (Ctrl+S)
            </Button>
          </>
        ) : null}
        {actions}
      </Space>
    </div>
  );
}
