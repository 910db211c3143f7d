// "Ban hành": the number (the register's next, or one taken on the paper register) and the issue date
// (today unless chosen), both shown as the document will print them before anything is stamped.
import { Alert, Button, DatePicker, Form, InputNumber, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { todayVietnam } from '../../../../shared/datetime';
import { printedNumber } from '../../../../shared/document-number';
import type { DocumentSummary } from '../../../../shared/domain';
import type { OfficialDocument } from '../../../../shared/exchange';
import type { Stored } from '../../../../shared/domain';
import { invoke } from '../../api';
import { DATE_FORMAT, dateToPicker, pickerToDate } from '../../lib/dates';
import { describeError, toErrorInfo } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { useNumberPreview } from './useNumberPreview';

export function IssueDialog({
  doc,
  onClose,
  onIssued,
  onError,
}: {
  doc: Pick<DocumentSummary, 'id' | 'issuerIds' | 'type' | 'symbol'>;
  onClose: () => void;
  /** The issued document and its number as printed. */
  onIssued: (issued: Stored<OfficialDocument>, printed: string) => void;
  /** A refusal about the document itself (signers missing…): the dialog closes and the page shows it. */
  onError: (message: string) => void;
}) {
  const [issuedOn, setIssuedOn] = useState(todayVietnam());
  const [mode, setMode] = useState<'next' | 'paper'>('next');
  const [paper, setPaper] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const chosen = mode === 'paper' ? paper : null;
  const next = useNumberPreview({ ...doc, issuedOn });
  const withChosen = useNumberPreview({ ...doc, issuedOn, number: chosen });
  const series = next?.state === 'ready' ? next.value : null;
  const preview = withChosen?.state === 'ready' && chosen ? withChosen.value : null;
  const usedBy = preview?.usedBy ?? null;
  const previewError = next?.state === 'failed' ? next.error.message : null;

  const issue = async () => {
    setBusy(true);
    try {
      const issued = await invoke('documents.issue', {
        id: doc.id,
        issuedOn,
        ...(chosen ? { number: chosen } : {}),
      });
      const printed = series
        ? printedNumber(series.family, issued.number, series.symbol)
        : String(issued.number);
      onIssued(issued, printed);
    } catch (e) {
      // A number or date the dialog can correct stays here; anything else is the document's to fix.
      if (toErrorInfo(e).path === 'number') setError(describeError(e));
      else onError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title="Ban hành văn bản"
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>Hủy</Button>
          <Button
            type="primary"
            loading={busy}
            disabled={(mode === 'paper' && !paper) || usedBy !== null || previewError !== null}
            onClick={() => void issue()}
          >
            Ban hành
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        Văn bản nhận số và ngày ban hành, sau đó không sửa được nữa.
      </Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item label="Ngày ban hành" htmlFor="issue-date">
          <DatePicker
            id="issue-date"
            aria-label="Ngày ban hành"
            format={DATE_FORMAT}
            allowClear={false}
            value={dateToPicker(issuedOn)}
            onChange={(v) => setIssuedOn(pickerToDate(v) ?? todayVietnam())}
          />
        </Form.Item>
        <Form.Item label="Số văn bản">
          <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as typeof mode)}>
            <Space orientation="vertical">
              <Radio value="next">
                Số tiếp theo trong sổ:{' '}
                <strong data-testid="next-number">{series ? series.printed : '…'}</strong>
              </Radio>
              <Radio value="paper">Số đã lấy trên sổ giấy</Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
        {mode === 'paper' ? (
          <Form.Item
            label="Số đã lấy"
            htmlFor="issue-paper-number"
            extra={preview && !usedBy ? `Văn bản sẽ in: Số ${preview.printed}` : undefined}
          >
            <InputNumber
              id="issue-paper-number"
              min={1}
              max={99_999}
              precision={0}
              autoFocus
              value={paper}
              onChange={(v) => setPaper(typeof v === 'number' ? v : null)}
            />
          </Form.Item>
        ) : null}
      </Form>
      {usedBy && preview && series ? (
        <Alert
          type="warning"
          showIcon
          title={`Số ${preview.printed} đã dùng cho văn bản “${usedBy.summary || 'không trích yếu'}” ban hành ngày ${formatDate(usedBy.issuedOn)}. Hãy nhập số khác, hoặc lấy số tiếp theo (${series.printed}).`}
        />
      ) : null}
      {previewError ? <Alert type="error" showIcon title={previewError} /> : null}
      {error ? <Alert type="error" showIcon title={error} style={{ marginTop: 8 }} /> : null}
    </Modal>
  );
}
