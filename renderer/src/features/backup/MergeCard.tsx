// Gộp dữ liệu: another office's backup or exchange file. A dry run first (backup.mergePreview), shown
// as a table; applying sends back its planId, so exactly what was shown is applied. Both show how far
// the check of the file is while it runs.
import { Alert, Button, Card, Popconfirm, Space, Table } from 'antd';
import { useEffect, useRef, useState } from 'react';
import {
  backupCollections,
  type BackupCollection,
  type MergePlanSummary,
  type RestoreProgress,
} from '../../../../shared/backup';
import { invoke } from '../../api';
import { describeError } from '../../lib/errors';
import { invalidateCachedRecords } from '../../lib/records-cache';
import { collectionLabels, outcomeLabels } from './labels';
import { RestoreProgressBar } from './RestoreProgressBar';
import { SourceFileFields, useSourceFile } from './SourceFileFields';

interface Row {
  collection: BackupCollection;
  added: number;
  updated: number;
  skipped: number;
}

const rowsOf = (plan: MergePlanSummary): Row[] =>
  backupCollections.map((collection) => ({
    collection,
    added: plan.counts.added[collection],
    updated: plan.counts.updated[collection],
    skipped: plan.counts.skipped[collection],
  }));

export function MergeCard({
  onMerged,
  poll,
  progress,
  opened,
}: {
  onMerged: () => Promise<void>;
  /** A file opened from outside: a backup is only filled in, an exchange file's dry run runs at once. */
  opened?: { file: string; preview: boolean } | null;
  /** Keeps backup.status (and so `progress`) fresh while the dry run or the merge runs. */
  poll: <T>(work: () => Promise<T>) => Promise<T>;
  progress: RestoreProgress | undefined;
}) {
  const [plan, setPlan] = useState<MergePlanSummary | null>(null);
  const [busy, setBusy] = useState<'preview' | 'apply' | null>(null);
  const [result, setResult] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  const source = useSourceFile('backup.merge', () => {
    setPlan(null);
    setResult(null);
  });
  const input = source.input;
  const preview = async (file = input()) => {
    setBusy('preview');
    setResult(null);
    try {
      setPlan(await poll(() => invoke('backup.mergePreview', file)));
    } catch (e) {
      setPlan(null);
      setResult({ type: 'error', text: describeError(e) });
    } finally {
      setBusy(null);
    }
  };
  const card = useRef<HTMLDivElement>(null);
  const previewOpened = useRef(preview);
  useEffect(() => {
    previewOpened.current = preview;
  });
  useEffect(() => {
    if (!opened) return;
    source.setFile(opened.file);
    if (!opened.preview) return;
    card.current?.scrollIntoView({ block: 'start' });
    void previewOpened.current({ file: opened.file });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `source` is new on every render; only a newly opened file matters
  }, [opened]);

  const apply = async () => {
    if (!plan) return;
    setBusy('apply');
    try {
      const done = await poll(() => invoke('backup.mergeApply', { ...input(), planId: plan.planId }));
      invalidateCachedRecords();
      const added = Object.values(done.report.added).reduce((a, b) => a + b, 0);
      const updated = Object.values(done.report.updated).reduce((a, b) => a + b, 0);
      setResult({
        type: 'success',
        text: `Đã gộp: thêm ${added}, cập nhật ${updated} bản ghi. Dữ liệu trước khi gộp được giữ ở ${done.undoFile}.`,
      });
      setPlan(null);
      await onMerged();
    } catch (e) {
      setResult({ type: 'error', text: describeError(e) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card title="Gộp dữ liệu của cơ quan khác" className="settings-card" ref={card}>
      <SourceFileFields
        id="merge"
        source={source}
        fileLabel="Tệp sao lưu (.sohop) hoặc tệp trao đổi (.json)"
        passphraseLabel="Mật khẩu của tệp gộp (nếu có)"
        kind="json"
      />
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Button loading={busy === 'preview'} disabled={!source.file.trim()} onClick={() => void preview()}>
          Chạy thử (xem trước kết quả)
        </Button>
        {plan ? (
          <>
            <Table<Row>
              size="small"
              rowKey="collection"
              pagination={false}
              aria-label="Kết quả chạy thử"
              dataSource={rowsOf(plan)}
              style={{ maxWidth: 640 }}
              columns={[
                {
                  title: 'Loại dữ liệu',
                  key: 'c',
                  render: (_: unknown, r) => collectionLabels[r.collection],
                },
                { title: outcomeLabels.added, dataIndex: 'added', align: 'right' },
                { title: outcomeLabels.updated, dataIndex: 'updated', align: 'right' },
                { title: outcomeLabels.skipped, dataIndex: 'skipped', align: 'right' },
              ]}
            />
            {plan.duplicates.length > 0 ? (
              <Alert
                type="warning"
                showIcon
                title="Có thể trùng người (không tự gộp; gộp sau ở Danh bạ → Cán bộ):"
                description={
                  <ul className="duplicate-list">
                    {plan.duplicates.map((d) => (
                      <li key={d.incoming.id}>
                        {`${d.incoming.fullName} — trùng tên với ${d.existing.map((e) => e.fullName).join(', ')}`}
                      </li>
                    ))}
                  </ul>
                }
              />
            ) : null}
            <Popconfirm
              title="Gộp dữ liệu như bảng trên?"
              description="Dữ liệu hiện tại được sao lưu trước khi gộp."
              okText="Gộp"
              cancelText="Không"
              onConfirm={() => void apply()}
            >
              <Button type="primary" loading={busy === 'apply'}>
                Gộp vào dữ liệu
              </Button>
            </Popconfirm>
          </>
        ) : null}
        {busy === 'preview' ? (
          <RestoreProgressBar progress={progress} phase="merge-check" label="Tiến độ chạy thử gộp" />
        ) : null}
        {busy === 'apply' ? (
          <RestoreProgressBar progress={progress} phase="merge-apply" label="Tiến độ gộp dữ liệu" />
        ) : null}
        {result ? <Alert type={result.type} role="alert" showIcon title={result.text} /> : null}
      </Space>
    </Card>
  );
}
