// What can be done with a document in a list: preview the real DOCX, export it, issue a draft.
import { EyeOutlined, FileWordOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Modal, Space, Spin, Tooltip } from 'antd';
import { lazy, Suspense, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../../shared/domain';
import { describeError } from '../../lib/errors';
import { IssueDialog } from './IssueDialog';
import { documentTypeLabels } from './labels';
import { useExportDocx } from './useExportDocx';

const DocxPreview = lazy(() => import('./DocxPreview'));

export function DocumentActions({
  doc,
  onChanged,
  onError,
  compact = false,
  beforeAction,
}: {
  doc: DocumentSummary;
  onChanged: () => void;
  onError: (message: string | null) => void;
  /** Icons only (with tooltips and accessible names), for narrow tables. */
  compact?: boolean;
  /** Runs first (the open document saves what was typed). */
  beforeAction?: () => Promise<void>;
}) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'export' | 'issue' | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const saveDocx = useExportDocx();
  // After issuing, the "Ban hành" button is gone: the caret moves to "Xuất DOCX", the next step,
  // instead of falling to the page.
  const exportButton = useRef<HTMLButtonElement>(null);

  const run = async (what: 'export' | 'issue', action: () => Promise<void>) => {
    setBusy(what);
    try {
      await beforeAction?.();
      await action();
      onError(null);
    } catch (e) {
      onError(describeError(e));
    } finally {
      setBusy(null);
    }
  };
  const exportDocx = () => run('export', () => saveDocx(doc.id));
  // The open document saves what was typed before the dialog reads its series.
  const openIssue = () => run('issue', async () => setIssuing(true));
  const issued = (printed: string) => {
    setIssuing(false);
    message.success(`Đã ban hành: số ${printed}.`);
    onChanged();
    // After the dialog closes and gives the focus back.
    setTimeout(() => exportButton.current?.focus(), 0);
  };

  return (
    <Space size={4}>
      <Tooltip title={compact ? 'Xem trước' : undefined}>
        <Button
          size="small"
          icon={<EyeOutlined />}
          aria-label="Xem trước"
          onClick={() => setPreviewing(true)}
        >
          {compact ? null : 'Xem trước'}
        </Button>
      </Tooltip>
      <Tooltip title={compact ? 'Xuất DOCX' : undefined}>
        <Button
          ref={exportButton}
          size="small"
          icon={<FileWordOutlined />}
          aria-label="Xuất DOCX"
          loading={busy === 'export'}
          onClick={() => void exportDocx()}
        >
          {compact ? null : 'Xuất DOCX'}
        </Button>
      </Tooltip>
      {doc.status === 'draft' ? (
        <Button
          size="small"
          icon={<SafetyCertificateOutlined />}
          aria-label="Ban hành"
          title={compact ? 'Ban hành' : undefined}
          loading={busy === 'issue'}
          onClick={() => void openIssue()}
        >
          {compact ? null : 'Ban hành'}
        </Button>
      ) : null}
      {issuing ? (
        <IssueDialog
          doc={doc}
          onClose={() => setIssuing(false)}
          onIssued={(_, printed) => issued(printed)}
          onError={(text) => {
            setIssuing(false);
            onError(text);
          }}
        />
      ) : null}
      <Modal
        open={previewing}
        title={`Xem trước: ${doc.summary || documentTypeLabels[doc.type]}`}
        width={920}
        footer={null}
        onCancel={() => setPreviewing(false)}
        destroyOnHidden
      >
        {previewing ? (
          <Suspense fallback={<Spin />}>
            <DocxPreview documentId={doc.id} revision={`${doc.status}:${doc.updatedAt}`} />
          </Suspense>
        ) : null}
      </Modal>
    </Space>
  );
}
