// One document: its fields and body (editor), saved automatically while a draft; preview of the real
// DOCX (Ctrl+P), Xuất DOCX (Ctrl+E), Ban hành, and Nhân bản for a new draft from an issued one.
import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space, Spin, Tabs, Tag } from 'antd';
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import type { OfficialDocument } from '../../../../shared/exchange';
import type { RichTextNode } from '../../../../shared/rich-text';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorMessage } from '../../components/ErrorMessage';
import { RecordHeader } from '../../components/RecordHeader';
import { describeError } from '../../lib/errors';
import { useAutosavedDraft } from '../../lib/useAutosavedDraft';
import { useCommand, useSaveCommand, useWindowTitle } from '../../shell/commands';
import { navigate } from '../../shell/routes';
import { DocumentActions } from './DocumentActions';
import { cleanSigners } from '../settings/SignersEditor';
import { DocumentForm, type DocumentDraft } from './DocumentForm';
import { documentTypeLabels } from './labels';
import { useNumberPreview } from './useNumberPreview';

const MinutesEditor = lazy(() => import('../../editor/MinutesEditor'));
const DocxPreview = lazy(() => import('./DocxPreview'));

/** Only a draft can be edited: an issued document is frozen. */
const isDraft = (d: DocumentDraft) => d.status !== 'issued';

export function missingForDocument(d: DocumentDraft): string[] {
  return d.issuerIds.length ? [] : ['cơ quan ban hành'];
}

export function toDocumentInput(d: DocumentDraft): OfficialDocument {
  const { addressees, drafter, appendices, ...rest } = d;
  const lines = (addressees ?? []).filter((r) => r.trim());
  const titled = (appendices ?? []).filter((a) => a.title.trim());
  return {
    ...rest,
    recipients: (d.recipients ?? []).filter((r) => r.trim()),
    signers: cleanSigners(d.signers ?? []),
    ...(lines.length ? { addressees: lines } : {}),
    ...(drafter?.trim() ? { drafter: drafter.trim() } : {}),
    ...(titled.length ? { appendices: titled } : {}),
  } as OfficialDocument;
}

export function DocumentPage({ id }: { id: string }) {
  const { message } = App.useApp();
  const [tab, setTab] = useState('body');
  const [previewRound, setPreviewRound] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const bodySource = useRef<(() => RichTextNode) | null>(null);

  const {
    draft: doc,
    loadError,
    draftRef: docRef,
    change,
    reload,
    autosave,
  } = useAutosavedDraft<DocumentDraft>({
    load: useCallback(() => invoke('documents.get', { id }), [id]),
    collect: (current) => (bodySource.current ? { ...current, body: bodySource.current() } : current),
    validate: missingForDocument,
    save: async (value) => {
      await invoke('documents.saveDraft', toDocumentInput(value));
    },
    editable: isDraft,
  });
  const { touch, flush } = autosave;
  const bindSource = useCallback((read: (() => RichTextNode) | null) => {
    bodySource.current = read;
  }, []);
  const onEditorBlur = useCallback(() => void flush(), [flush]);
  const onEditorDirty = useCallback(() => {
    if (docRef.current?.status !== 'issued') touch();
  }, [docRef, touch]);
  useSaveCommand(useCallback(() => void flush(), [flush]));
  // A draft's "Số dự kiến" if issued today; an issued document's own number as printed.
  const numberPreview = useNumberPreview(
    doc
      ? doc.status === 'issued'
        ? { ...doc, number: doc.number, issuedOn: doc.issuedOn }
        : { issuerIds: doc.issuerIds, type: doc.type, symbol: doc.symbol }
      : { issuerIds: [], type: 'conclusion-notice' },
  );
  const printed = numberPreview?.state === 'ready' ? numberPreview.value.printed : null;
  useWindowTitle(doc ? doc.summary || documentTypeLabels[doc.type] : 'Văn bản');

  const showPreview = useCallback(async () => {
    await flush();
    setPreviewRound((r) => r + 1);
    setTab('preview');
  }, [flush]);
  // Ctrl+P / Ctrl+E and the menu's Xem trước / Xuất DOCX.
  useCommand(
    'preview',
    useCallback(() => void showPreview(), [showPreview]),
  );
  useCommand(
    'export-docx',
    useCallback(() => {
      document.querySelector<HTMLButtonElement>('.document-page button[aria-label="Xuất DOCX"]')?.click();
    }, []),
  );

  if (loadError) return <ErrorAlert title="Không mở được văn bản." error={loadError} />;
  if (!doc) return <Spin description="Đang tải văn bản…" />;

  const issued = doc.status === 'issued';
  const duplicate = async () => {
    try {
      const copy = await invoke('documents.duplicate', { id });
      message.success('Đã tạo bản dự thảo mới từ văn bản này.');
      navigate(`#/documents/${copy.id}`);
    } catch (e) {
      setError(describeError(e));
    }
  };
  const summary = {
    ...doc,
    updatedAt: doc.updatedAt ?? '',
    number: doc.number ?? null,
    symbol: doc.symbol ?? null,
    printedNumber: issued ? printed : null,
    issuedOn: doc.issuedOn ?? null,
    meetingId: doc.meetingId ?? null,
  };

  return (
    <div className="document-page">
      <RecordHeader
        backHref="#/documents"
        backLabel="Sổ văn bản"
        title={doc.summary || documentTypeLabels[doc.type]}
        details={
          <Space className="muted">
            <Tag>{documentTypeLabels[doc.type]}</Tag>
            {issued ? (
              <Tag color="green">{`Đã ban hành: số ${printed ?? doc.number}`}</Tag>
            ) : (
              <Tag color="orange">Dự thảo</Tag>
            )}
          </Space>
        }
        autosave={issued ? undefined : autosave}
        actions={
          <>
            {issued ? (
              <Button icon={<CopyOutlined />} onClick={() => void duplicate()}>
                Nhân bản
              </Button>
            ) : null}
            <DocumentActions
              doc={summary}
              onChanged={() => {
                void flush().then(reload);
              }}
              onError={setError}
              beforeAction={flush}
            />
          </>
        }
      />
      {issued ? (
        <Alert
          type="info"
          showIcon
          title="Văn bản đã ban hành không sửa được. Dùng “Nhân bản” để soạn bản mới từ văn bản này."
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <ErrorMessage message={error} onClose={() => setError(null)} />
      <Tabs
        activeKey={tab}
        onChange={(key) => (key === 'preview' ? void showPreview() : setTab(key))}
        items={[
          {
            key: 'body',
            label: 'Nội dung',
            children: (
              <Suspense fallback={<Spin description="Đang tải trình soạn thảo…" />}>
                <div className={issued ? 'editor-readonly' : undefined} inert={issued}>
                  <MinutesEditor
                    initial={doc.body}
                    onDirty={onEditorDirty}
                    onBlur={onEditorBlur}
                    bindSource={bindSource}
                    ariaLabel="Nội dung văn bản"
                  />
                </div>
              </Suspense>
            ),
          },
          {
            key: 'fields',
            label: 'Thông tin văn bản',
            children: (
              <DocumentForm doc={doc} readOnly={issued} onChange={change} numberPreview={numberPreview} />
            ),
          },
          {
            key: 'preview',
            label: 'Xem trước (Ctrl+P)',
            children: (
              <Suspense fallback={<Spin />}>
                <DocxPreview
                  key={previewRound}
                  documentId={id}
                  revision={`${doc.status}:${doc.number ?? ''}:${doc.updatedAt ?? ''}`}
                />
              </Suspense>
            ),
          },
        ]}
      />
    </div>
  );
}
