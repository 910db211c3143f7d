// The columns the document tables share: the register (Văn bản) and a meeting's documents.
import { Tag, type TableColumnType } from 'antd';
import type { DocumentSummary } from '../../../../shared/domain';
import { formatDate } from '../../lib/format';
import { documentTypeLabels } from './labels';

type Column = TableColumnType<DocumentSummary>;

export const numberColumn: Column = {
  key: 'number',
  title: 'Số, ký hiệu',
  width: 130,
  render: (_: unknown, d) =>
    d.printedNumber ? (
      <span className="nowrap">{d.printedNumber}</span>
    ) : (
      <span className="muted">Chưa có số</span>
    ),
};

export const dateColumn: Column = {
  key: 'date',
  title: 'Ngày',
  width: 110,
  render: (_: unknown, d) => formatDate(d.issuedOn) || '—',
};

export const typeColumn = (width: number): Column => ({
  key: 'type',
  title: 'Loại',
  width,
  render: (_: unknown, d) => documentTypeLabels[d.type],
});

export const summaryColumn: Column = {
  key: 'summary',
  title: 'Trích yếu',
  render: (_: unknown, d) => <a href={`#/documents/${d.id}`}>{d.summary || '(chưa có trích yếu)'}</a>,
};

export const statusColumn: Column = {
  key: 'status',
  title: 'Trạng thái',
  width: 120,
  render: (_: unknown, d) =>
    d.status === 'issued' ? <Tag color="green">Đã ban hành</Tag> : <Tag color="orange">Dự thảo</Tag>,
};
