// Gộp cán bộ trùng: people whose names match once accents and spacing are ignored, each shown with
// what tells them apart (titles, units, meetings). The user picks the record to keep and which others
// are the same person, then confirms a sentence naming both; their attendances and signatures move to
// the kept record. Two different people who share a name are left unticked.
import { App, Button, Card, Checkbox, Empty, Modal, Radio, Spin, Tag } from 'antd';
import { useCallback, useState } from 'react';
import type { DuplicateCandidate } from '../../../../shared/directory';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatNumber } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { useLoad } from '../../lib/useLoad';
import { CandidateDetails, candidateSummary } from './DuplicateCandidateCard';

function ConfirmMerge({
  kept,
  merged,
  busy,
  onOk,
  onCancel,
}: {
  kept: DuplicateCandidate;
  merged: DuplicateCandidate[];
  busy: boolean;
  onOk: () => void;
  onCancel: () => void;
}) {
  const moving = merged.reduce((n, c) => n + c.meetingCount, 0);
  return (
    <Modal
      open
      title="Gộp cán bộ trùng?"
      okText="Gộp"
      cancelText="Hủy"
      okButtonProps={{ danger: true, loading: busy }}
      onOk={onOk}
      onCancel={onCancel}
      width={600}
    >
      <p>
        Giữ lại: <strong>{candidateSummary(kept)}</strong>
      </p>
      <p>Gộp vào người được giữ, rồi xóa khỏi danh bạ:</p>
      <ul>
        {merged.map((c) => (
          <li key={c.person.id}>
            <strong>{candidateSummary(c)}</strong>
          </li>
        ))}
      </ul>
      <p>
        {formatNumber(moving)} cuộc họp và các văn bản có chữ ký của họ sẽ ghi tên người được giữ. Việc gộp
        không hoàn tác được.
      </p>
    </Modal>
  );
}

function Group({ candidates, onMerged }: { candidates: DuplicateCandidate[]; onMerged: () => void }) {
  const { message } = App.useApp();
  const [keepId, setKeepId] = useState(candidates[0]?.person.id ?? '');
  // Ticked: the same person as the kept record. All are, unless the user says otherwise.
  const [ticked, setTicked] = useState<ReadonlySet<string>>(
    () => new Set(candidates.map((c) => c.person.id)),
  );
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useAction();
  const kept = candidates.find((c) => c.person.id === keepId);
  const merged = candidates.filter((c) => c.person.id !== keepId && ticked.has(c.person.id));
  const merge = () =>
    run(async () => {
      const result = await invoke('directory.mergePeople', {
        keepId,
        mergeIds: merged.map((c) => c.person.id),
      });
      setConfirming(false);
      message.success(
        `Đã gộp ${formatNumber(result.removed)} bản ghi vào ${kept?.person.fullName ?? 'người được giữ'}; ` +
          `chuyển ${formatNumber(result.attendancesMoved)} lượt dự họp.`,
      );
      onMerged();
    });
  const name = candidates[0]?.person.fullName ?? '';
  return (
    <Card
      size="small"
      className="duplicate-group"
      title={`${name} — ${formatNumber(candidates.length)} bản ghi`}
      style={{ marginBottom: 12 }}
    >
      <Radio.Group
        value={keepId}
        onChange={(e) => setKeepId(e.target.value as string)}
        aria-label={`Bản ghi giữ lại của ${name}`}
        style={{ width: '100%' }}
      >
        {candidates.map((c, i) => {
          const detailsId = `dup-${c.person.id}`;
          const keeping = c.person.id === keepId;
          return (
            <div key={c.person.id} className={`duplicate-candidate${keeping ? ' kept' : ''}`}>
              <div className="duplicate-candidate-head">
                <Radio value={c.person.id} aria-describedby={detailsId}>
                  Giữ bản ghi {i + 1}: <strong>{c.person.fullName}</strong>
                </Radio>
                {keeping ? (
                  <Tag color="blue">Giữ lại</Tag>
                ) : (
                  <Checkbox
                    checked={ticked.has(c.person.id)}
                    aria-describedby={detailsId}
                    onChange={(e) => {
                      const next = new Set(ticked);
                      if (e.target.checked) next.add(c.person.id);
                      else next.delete(c.person.id);
                      setTicked(next);
                    }}
                  >
                    Là cùng một người, gộp bản ghi {i + 1}
                  </Checkbox>
                )}
              </div>
              <CandidateDetails candidate={c} id={detailsId} />
            </div>
          );
        })}
      </Radio.Group>
      <div style={{ marginTop: 8 }}>
        <Button
          type="primary"
          size="small"
          disabled={merged.length === 0}
          onClick={() => setConfirming(true)}
        >
          Gộp…
        </Button>
        {merged.length === 0 ? (
          <span className="muted" style={{ marginLeft: 8 }}>
            Không có bản ghi nào được đánh dấu là cùng một người.
          </span>
        ) : null}
      </div>
      <ErrorMessage message={error} style={{ marginTop: 8 }} />
      {confirming && kept ? (
        <ConfirmMerge
          kept={kept}
          merged={merged}
          busy={busy}
          onOk={() => void merge()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </Card>
  );
}

export function MergeDuplicates({ open, onClose }: { open: boolean; onClose: (changed: boolean) => void }) {
  const [changed, setChanged] = useState(false);
  const [groups, reload] = useLoad(useCallback(() => invoke('directory.duplicatePeople', {}), []));
  return (
    <Modal
      open={open}
      title="Gộp cán bộ trùng tên"
      footer={null}
      width={820}
      onCancel={() => onClose(changed)}
      destroyOnHidden
    >
      <p className="muted">
        Các cán bộ có họ tên giống nhau (không kể dấu, hoa thường, khoảng trắng), với chức vụ, đơn vị và các
        cuộc họp của từng bản ghi. Chọn bản ghi giữ lại và các bản ghi là cùng một người.
      </p>
      {groups.state === 'loading' ? <Spin /> : null}
      {groups.state === 'failed' ? (
        <ErrorAlert title="Không tìm được cán bộ trùng." error={groups.error} onRetry={reload} />
      ) : null}
      {groups.state === 'ready' && groups.value.length === 0 ? (
        <Empty description="Không có cán bộ trùng tên" />
      ) : null}
      {groups.state === 'ready'
        ? groups.value.map((candidates) => (
            <Group
              key={candidates.map((c) => c.person.id).join()}
              candidates={candidates}
              onMerged={() => {
                setChanged(true);
                reload();
              }}
            />
          ))
        : null}
    </Modal>
  );
}
