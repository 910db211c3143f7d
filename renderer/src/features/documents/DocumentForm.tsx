// The document's fields: type, issuing bodies, symbol, summary, place, Kính gửi, signers, recipients,
// ô 13, urgency, confidentiality and appendices. Number and date come from the register when it is issued
// (the form shows the next number; the issue dialog takes a paper number and a chosen date).
import { Button, Form, Input, Select, Typography } from 'antd';
import type { OrganizationSummary } from '../../../../shared/domain';
import { documentTypes, type DocumentType, type OfficialDocument } from '../../../../shared/exchange';
import { signerFromPreset, signerPresetsFor } from '../../../../shared/signers';
import { numberDigits, type NumberPreview } from '../../../../shared/document-number';
import { formatDate } from '../../lib/format';
import type { Loaded } from '../../lib/useLoad';
import { useOrganizations } from '../../lib/organizations';
import { SignersEditor } from '../settings/SignersEditor';
import { AppendicesEditor } from './AppendicesEditor';
import { RecipientSuggestions } from './RecipientSuggestions';
import { confidentialityLabels, documentTypeLabels, urgencyLabels } from './labels';
import { OrganizationPicker } from '../../components/OrganizationPicker';

export type DocumentDraft = Omit<OfficialDocument, 'updatedAt'> & { updatedAt?: string };

/** Bodies of a joint document without a block of their own get one, from their usual chain; the lead right. */
export function blocksPerIssuer(
  doc: DocumentDraft,
  issuers: OrganizationSummary[],
): DocumentDraft['signers'] {
  const signers = doc.signers ?? [];
  const missing = issuers.filter((o) => !signers.some((s) => s.organizationId === o.id));
  const added = missing.map((o) => {
    const [preset] = signerPresetsFor(o);
    return preset ? signerFromPreset(preset, o.id) : { organizationId: o.id, position: '' };
  });
  const all = [...signers, ...added];
  const lead = issuers[0]?.id;
  // Format spec §1.6, §2.5: the lead body signs on the right.
  return [...all.filter((s) => s.organizationId !== lead), ...all.filter((s) => s.organizationId === lead)];
}

export function DocumentForm({
  doc,
  readOnly,
  onChange,
  numberPreview = null,
}: {
  doc: DocumentDraft;
  readOnly: boolean;
  onChange: (patch: Partial<DocumentDraft>) => void;
  /** The draft's next number in its series (or the issued number), as printed. */
  numberPreview?: Loaded<NumberPreview> | null;
}) {
  const organizations = useOrganizations();
  const issuers = doc.issuerIds.flatMap((id) => organizations.filter((o) => o.id === id));
  const signers = doc.signers ?? [];
  const uncovered =
    issuers.length > 1 && issuers.some((o) => !signers.some((s) => s.organizationId === o.id));
  const letter = doc.type === 'official-letter';
  const series = numberPreview?.state === 'ready' ? numberPreview.value : null;
  return (
    <Form layout="vertical" component="div" disabled={readOnly} style={{ maxWidth: 1000 }}>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        <Form.Item label="Loại văn bản" htmlFor="doc-type">
          <Select<DocumentType>
            id="doc-type"
            style={{ width: 220 }}
            value={doc.type}
            options={documentTypes.map((t) => ({ value: t, label: documentTypeLabels[t] }))}
            onChange={(type) => onChange({ type })}
          />
        </Form.Item>
        <Form.Item
          label="Số, ký hiệu"
          htmlFor="doc-symbol"
          extra={<NumberHint preview={numberPreview} issued={doc.status === 'issued'} />}
        >
          <Input
            id="doc-symbol"
            addonBefore={`${numberDigits(doc.number)}${series?.family === 'party' ? '-' : '/'}`}
            style={{ width: 260 }}
            placeholder={series?.symbol ?? 'TB-VPUB'}
            value={doc.symbol ?? ''}
            onChange={(e) => onChange({ symbol: e.target.value })}
          />
        </Form.Item>
        <Form.Item label="Địa danh" htmlFor="doc-place">
          <Input
            id="doc-place"
            style={{ width: 180 }}
            value={doc.place ?? ''}
            onChange={(e) => onChange({ place: e.target.value })}
          />
        </Form.Item>
        <Form.Item label="Ngày ban hành" htmlFor="doc-issued-on">
          <Input
            id="doc-issued-on"
            disabled
            value={doc.issuedOn ? formatDate(doc.issuedOn) : 'Chọn khi ban hành'}
            style={{ width: 150 }}
          />
        </Form.Item>
      </div>
      <Form.Item
        label="Cơ quan ban hành (hai cơ quan trở lên: văn bản liên tịch)"
        required
        htmlFor="doc-issuers"
        validateStatus={doc.issuerIds.length ? undefined : 'warning'}
        help={doc.issuerIds.length ? undefined : 'Cần chọn cơ quan ban hành để lưu.'}
      >
        <OrganizationPicker
          id="doc-issuers"
          label="Cơ quan ban hành"
          mode="multiple"
          allowCreate
          value={doc.issuerIds}
          onChange={(issuerIds) => onChange({ issuerIds })}
        />
      </Form.Item>
      <Form.Item
        label={letter ? 'Trích yếu (dòng "V/v …" dưới số công văn)' : 'Trích yếu'}
        htmlFor="doc-summary"
      >
        <Input.TextArea
          id="doc-summary"
          autoSize={{ minRows: 2, maxRows: 5 }}
          placeholder={letter ? 'V/v triển khai …' : undefined}
          value={doc.summary}
          onChange={(e) => onChange({ summary: e.target.value })}
        />
      </Form.Item>
      <Form.Item label="Kính gửi (mỗi dòng một nơi; công văn, báo cáo, tờ trình)" htmlFor="doc-addressees">
        <LinesInput
          id="doc-addressees"
          placeholder={'Sở Nội vụ;\nSở Tài chính.'}
          value={doc.addressees ?? []}
          onChange={(addressees) => onChange({ addressees })}
        />
      </Form.Item>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        <Form.Item label="Độ khẩn" htmlFor="doc-urgency">
          <Select
            id="doc-urgency"
            allowClear
            placeholder="Thường"
            style={{ width: 160 }}
            value={doc.urgency}
            options={Object.entries(urgencyLabels).map(([value, label]) => ({ value, label }))}
            onChange={(urgency: DocumentDraft['urgency']) => onChange({ urgency })}
          />
        </Form.Item>
        <Form.Item label="Độ mật" htmlFor="doc-confidentiality">
          <Select
            id="doc-confidentiality"
            allowClear
            placeholder="Không mật"
            style={{ width: 160 }}
            value={doc.confidentiality}
            options={Object.entries(confidentialityLabels).map(([value, label]) => ({ value, label }))}
            onChange={(confidentiality: DocumentDraft['confidentiality']) => onChange({ confidentiality })}
          />
        </Form.Item>
      </div>
      <Form.Item
        label="Người ký (từ trái sang phải)"
        extra={
          uncovered ? (
            <span>
              Văn bản liên tịch cần một khối chữ ký cho mỗi cơ quan ban hành.{' '}
              <Button
                size="small"
                type="link"
                onClick={() => onChange({ signers: blocksPerIssuer(doc, issuers) })}
              >
                Thêm khối ký cho từng cơ quan
              </Button>
            </span>
          ) : undefined
        }
      >
        <SignersEditor signers={signers} bodies={issuers} onChange={(next) => onChange({ signers: next })} />
      </Form.Item>
      <Form.Item label="Nơi nhận (mỗi dòng một nơi)" htmlFor="doc-recipients">
        <LinesInput
          id="doc-recipients"
          placeholder={'- Như trên;\n- Lưu: VT.'}
          value={doc.recipients ?? []}
          onChange={(recipients) => onChange({ recipients })}
        />
        {!readOnly && issuers[0] ? (
          <RecipientSuggestions
            issuerId={issuers[0].id}
            meetingId={doc.meetingId}
            family={issuers[0].family}
            lines={doc.recipients ?? []}
            onChange={(recipients) => onChange({ recipients })}
          />
        ) : null}
      </Form.Item>
      <Form.Item
        label="Ký hiệu người soạn thảo, số bản (ô 13: in ở góc trái, cuối văn bản)"
        htmlFor="doc-drafter"
      >
        <Input
          id="doc-drafter"
          style={{ width: 200 }}
          placeholder="Ví dụ: TH.05"
          value={doc.drafter ?? ''}
          onChange={(e) => onChange({ drafter: e.target.value })}
        />
      </Form.Item>
      <Form.Item label="Phụ lục (in sau chữ ký, mỗi phụ lục sang trang mới)">
        <AppendicesEditor
          appendices={doc.appendices ?? []}
          readOnly={readOnly}
          onChange={(appendices) => onChange({ appendices })}
        />
      </Form.Item>
    </Form>
  );
}

/** "Số dự kiến: 05/TB-UBND" under a draft's number; nothing to add once issued. */
function NumberHint({ preview, issued }: { preview: Loaded<NumberPreview> | null; issued: boolean }) {
  if (issued) return null;
  if (!preview) return 'Chọn cơ quan ban hành để biết số dự kiến.';
  if (preview.state === 'failed')
    return <Typography.Text type="warning">{preview.error.message}</Typography.Text>;
  return (
    <span data-testid="expected-number">
      Số dự kiến: <strong>{preview.state === 'ready' ? preview.value.printed : '…'}</strong> (số tiếp theo
      trong sổ; khi ban hành có thể nhập số đã lấy trên sổ giấy và chọn ngày).
    </span>
  );
}

/** One item per line; blank lines are kept while typing and dropped when saved. */
function LinesInput({
  id,
  value,
  placeholder,
  onChange,
}: {
  id: string;
  value: string[];
  placeholder: string;
  onChange: (next: string[]) => void;
}) {
  return (
    <Input.TextArea
      id={id}
      autoSize={{ minRows: 3, maxRows: 12 }}
      placeholder={placeholder}
      value={value.join('\n')}
      onChange={(e) => onChange(e.target.value.split('\n'))}
    />
  );
}
