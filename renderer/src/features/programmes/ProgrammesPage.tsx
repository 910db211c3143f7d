// Chương trình phối hợp: programmes by year; new, or any year copied to the next as a starting point
// (once per click: the button waits for the copy, and the server makes one copy per request id).
import { CopyOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Select, Space, Table } from 'antd';
import { useCallback, useRef, useState } from 'react';
import type { ProgrammeSummary } from '../../../../shared/domain';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { describeError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { namesOf, useOrganizations } from '../../lib/organizations';
import { useLoad } from '../../lib/useLoad';
import { useWindowTitle } from '../../shell/commands';
import { navigate } from '../../shell/routes';
import { yearSearch } from '../meetings/MeetingFilters';

const thisYear = new Date().getFullYear();

export function ProgrammesPage() {
  useWindowTitle('Chương trình phối hợp');
  const organizations = useOrganizations();
  const [year, setYear] = useState<number | undefined>();
  const [list, reload] = useLoad(useCallback(() => invoke('programmes.list', year ? { year } : {}), [year]));
  const latest = list.state === 'ready' ? list.value[0] : undefined;
  const { message } = App.useApp();
  const [copying, setCopying] = useState<string | null>(null);
  const running = useRef(false);
  const copy = async (source: ProgrammeSummary) => {
    if (running.current) return; // a second click while the first copy runs does nothing
    running.current = true;
    setCopying(source.id);
    try {
      const id = newId();
      const { programme, yearChanges } = await invoke('programmes.copyToNextYear', {
        sourceId: source.id,
        id,
      });
      message.success(
        `Đã sao chép sang năm ${programme.year}: dự thảo mới, đổi năm ở ${yearChanges.toLocaleString('vi-VN')} chỗ. Hãy rà lại nội dung.`,
      );
      navigate(`#/programmes/${id}`);
    } catch (e) {
      message.error(describeError(e), 8);
    } finally {
      running.current = false;
      setCopying(null);
    }
  };
  return (
    <>
      <PageHeader
        title="Chương trình phối hợp"
        extra={
          <Space>
            <Button
              icon={<CopyOutlined />}
              disabled={!latest || copying !== null}
              loading={latest !== undefined && copying === latest.id}
              onClick={() => latest && void copy(latest)}
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
          showSearch={yearSearch}
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
          {
            key: 'copy',
            title: <span className="sr-only">Sao chép</span>,
            width: 190,
            render: (_: unknown, p) => (
              <Button
                size="small"
                icon={<CopyOutlined />}
                disabled={copying !== null}
                loading={copying === p.id}
                // The accessible name starts with the visible text (WCAG 2.5.3), then says which programme.
                aria-label={`Sao chép sang năm ${p.year + 1}: ${p.title}`}
                onClick={() => void copy(p)}
              >
                Sao chép sang năm {p.year + 1}
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
