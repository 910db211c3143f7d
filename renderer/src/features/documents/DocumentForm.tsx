// The document's fields: type, issuing bodies, symbol, summary, place, signers, recipients,
// urgency and confidentiality. Number and date come from the register when it is issued.
import { Form, Input, Select } from 'antd';
import { documentTypes, type DocumentType, type OfficialDocument } from '../../../../shared/exchange';
import { formatDate } from '../../lib/format';
import { SignersEditor } from '../settings/SignersEditor';
import { confidentialityLabels, documentTypeLabels, urgencyLabels } from './labels';
import { OrganizationPicker } from '../../components/OrganizationPicker';

export type DocumentDraft = Omit<OfficialDocument, 'updatedAt'> & { updatedAt?: string };

export function DocumentForm({
  doc,
  readOnly,
  onChange,
}: {
  doc: DocumentDraft;
  readOnly: boolean;
  onChange: (patch: Partial<DocumentDraft>) => void;
}) {
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
        <Form.Item label="Số, ký hiệu" htmlFor="doc-symbol" extra="Số do sổ văn bản cấp khi ban hành.">
          <Input
            id="doc-symbol"
            addonBefore={doc.number ? `${doc.number}/` : '…/'}
            style={{ width: 260 }}
            placeholder="TB-VPUB"
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
        <Form.Item label="Ngày ban hành">
          <Input
            disabled
            value={doc.issuedOn ? formatDate(doc.issuedOn) : 'Khi ban hành'}
            style={{ width: 140 }}
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
      <Form.Item label="Trích yếu" htmlFor="doc-summary">
        <Input.TextArea
          id="doc-summary"
          autoSize={{ minRows: 2, maxRows: 5 }}
          value={doc.summary}
          onChange={(e) => onChange({ summary: e.target.value })}
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
      <Form.Item label="Người ký (từ trái sang phải)">
        <SignersEditor signers={doc.signers ?? []} onChange={(signers) => onChange({ signers })} />
      </Form.Item>
      <Form.Item label="Nơi nhận (mỗi dòng một nơi)" htmlFor="doc-recipients">
        <RecipientsInput value={doc.recipients ?? []} onChange={(recipients) => onChange({ recipients })} />
      </Form.Item>
    </Form>
  );
}

/** One recipient per line; blank lines are kept while typing and dropped when saved. */
function RecipientsInput({ value, onChange }: { value: string[]; onChange: (next: string[]) => void }) {
  return (
    <Input.TextArea
      id="doc-recipients"
      autoSize={{ minRows: 3, maxRows: 12 }}
      placeholder={'- Như trên;\n- Lưu: VT.'}
      value={value.join('\n')}
      onChange={(e) => onChange(e.target.value.split('\n'))}
    />
  );
}
