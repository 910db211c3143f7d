// Chương trình phối hợp: programmes by year; new, or copied from the latest as a starting point.
import { CopyOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Select, Space, Table } from 'antd';
import { useCallback, useState } from 'react';
import type { ProgrammeSummary } from '../../../../shared/domain';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { namesOf, useOrganizations } from '../../lib/organizations';
import { useLoad } from '../../lib/useLoad';
import { useWindowTitle } from '../../shell/commands';
import { navigate } from '../../shell/routes';

const thisYear = new Date().getFullYear();

export function ProgrammesPage() {
  useWindowTitle('Chương trình phối hợp');
  const organizations = useOrganizations();
  const [year, setYear] = useState<number | undefined>();
  const [list, reload] = useLoad(useCallback(() => invoke('programmes.list', year ? { year } : {}), [year]));
  const latest = list.state === 'ready' ? list.value[0] : undefined;
  return (
    <>
      <PageHeader
        title="Chương trình phối hợp"
        extra={
          <Space>
            <Button
              icon={<CopyOutlined />}
              disabled={!latest}
              onClick={() => latest && navigate(`#/programmes/new?from=${latest.id}`)}
            >
              {latest ? `Sao chép từ chương trình năm ${latest.year}` : 'Sao chép từ năm trước'}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('#/programmes/new')}>
              Chương trình mới
            </Button>
          </Space>
        }
      />
      <div className="filters">
        <Select
          allowClear
          placeholder="Năm"
          aria-label="Năm"
          style={{ width: 120 }}
          value={year}
          onChange={(v: number | undefined) => setYear(v)}
          options={Array.from({ length: 30 }, (_, i) => thisYear + 1 - i).map((y) => ({
            value: y,
            label: String(y),
          }))}
        />
      </div>
      {list.state === 'failed' ? (
        <ErrorAlert title="Không tải được chương trình." error={list.error} onRetry={reload} />
      ) : null}
      <Table<ProgrammeSummary>
        rowKey="id"
        size="middle"
        loading={list.state === 'loading'}
        dataSource={list.state === 'ready' ? list.value : []}
        locale={{ emptyText: 'Chưa có chương trình phối hợp nào' }}
        pagination={false}
        columns={[
          { key: 'year', title: 'Năm', dataIndex: 'year', width: 80 },
          {
            key: 'title',
            title: 'Tên chương trình',
            render: (_: unknown, p) => <a href={`#/programmes/${p.id}`}>{p.title}</a>,
          },
          {
            key: 'parties',
            title: 'Các bên',
            width: 360,
            render: (_: unknown, p) => namesOf(organizations, p.partyIds),
          },
          { key: 'items', title: 'Số nội dung', dataIndex: 'itemCount', width: 110, align: 'right' },
        ]}
      />
    </>
  );
}
