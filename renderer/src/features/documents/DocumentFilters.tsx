// The Văn bản list's filters: status, year, type, issuing body, and a search box for the number as
// printed (`05/TB`) or the summary. The query runs in main (paged), so the list stays fast however long.
import { Input, Segmented, Select } from 'antd';
import { useEffect, useState } from 'react';
import { documentTypes, type DocumentType } from '../../../../shared/exchange';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import { useDebounced } from '../../lib/useDebounced';
import { documentTypeLabels } from './labels';

export interface DocumentFilter {
  status: 'all' | 'draft' | 'issued';
  year?: number;
  type?: DocumentType;
  issuerId?: string;
  text?: string;
}

const FIRST_YEAR = 2000;

export function DocumentFilters({
  value,
  onChange,
}: {
  value: DocumentFilter;
  onChange: (next: DocumentFilter) => void;
}) {
  const set = (patch: Partial<DocumentFilter>) => onChange({ ...value, ...patch });
  const [typed, setTyped] = useState(value.text ?? '');
  const settled = useDebounced(typed.trim(), 300);
  useEffect(() => {
    if (settled !== (value.text ?? '')) onChange({ ...value, text: settled || undefined });
    // Only the settled text starts a query; the other fields change through `set`.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `value` is read at the moment the text settles
  }, [settled]);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear + 1 - FIRST_YEAR + 1 }, (_, i) => thisYear + 1 - i);
  return (
    <div className="filters">
      <Segmented
        value={value.status}
        onChange={(v) => set({ status: v as DocumentFilter['status'] })}
        options={[
          { value: 'all', label: 'Tất cả' },
          { value: 'draft', label: 'Dự thảo' },
          { value: 'issued', label: 'Đã ban hành' },
        ]}
      />
      <Input.Search
        aria-label="Tìm theo số, ký hiệu hoặc trích yếu"
        placeholder="Tìm số (05/TB) hoặc trích yếu"
        allowClear
        style={{ width: 230 }}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        onSearch={(text) => set({ text: text.trim() || undefined })}
      />
      <Select<number>
        aria-label="Năm"
        placeholder="Mọi năm"
        allowClear
        showSearch={{ filterOption: (input, option) => String(option?.value ?? '').startsWith(input.trim()) }}
        style={{ width: 110 }}
        value={value.year}
        options={years.map((y) => ({ value: y, label: String(y) }))}
        onChange={(year) => set({ year: year ?? undefined })}
      />
      <Select<DocumentType>
        aria-label="Loại văn bản"
        placeholder="Mọi loại"
        allowClear
        style={{ width: 175 }}
        value={value.type}
        options={documentTypes.map((t) => ({ value: t, label: documentTypeLabels[t] }))}
        onChange={(type) => set({ type: type ?? undefined })}
      />
      <OrganizationPicker
        label="Cơ quan ban hành"
        placeholder="Mọi cơ quan ban hành"
        allowClear
        style={{ width: 220 }}
        value={value.issuerId ?? null}
        onChange={(issuerId) => set({ issuerId: issuerId ?? undefined })}
      />
    </div>
  );
}
