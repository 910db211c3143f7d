// "Báo cáo thực hiện kết luận": the period of the meetings, one leader or one body, the issuing body, then
// Word or Excel. In the desktop app the file goes where the save dialog chose; in the preview, a download.
import { App, Button, DatePicker, Form, Modal, Radio, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import type { ReportFormat } from '../../../../shared/reports';
import { invoke } from '../../api';
import { describeError } from '../../lib/errors';
import { foldedSearch, organizationOptions, useOrganizations } from '../../lib/organizations';
import { useSaveFile } from '../../lib/useSaveFile';
import { RemoteSelect } from './RemoteSelect';

export function ReportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const save = useSaveFile();
  const units = organizationOptions(useOrganizations());
  const [range, setRange] = useState<[dayjs.Dayjs, dayjs.Dayjs]>([dayjs().startOf('year'), dayjs()]);
  const [scope, setScope] = useState<'all' | 'leader' | 'body'>('all');
  const [chairId, setChairId] = useState<string | undefined>();
  const [organizerId, setOrganizerId] = useState<string | undefined>();
  const [issuerId, setIssuerId] = useState<string | undefined>();
  const [busy, setBusy] = useState<ReportFormat | null>(null);
  useEffect(() => {
    if (!open) return;
    invoke('settings.get', {}).then(
      (profile) => setIssuerId((current) => current ?? profile.defaultIssuerId ?? undefined),
      () => undefined,
    );
  }, [open]);
  const searchPeople = useCallback(
    (q: string) =>
      invoke('people.list', { text: q || undefined, limit: 30 }).then((page) =>
        page.items.map((p) => ({ value: p.id, label: p.fullName })),
      ),
    [],
  );

  const make = async (format: ReportFormat) => {
    const query = {
      format,
      from: range[0].format('YYYY-MM-DD'),
      to: range[1].format('YYYY-MM-DD'),
      ...(scope === 'leader' && chairId ? { chairId } : {}),
      ...(scope === 'body' && organizerId ? { organizerId } : {}),
      ...(issuerId ? { issuerId } : {}),
    };
    setBusy(format);
    try {
      const file = await invoke('reports.conclusions', query);
      const outcome = await save({
        file,
        kind: format,
        writeTo: (path: string) => invoke('reports.saveConclusionsTo', { ...query, path }),
        savedTitle: 'Đã lưu báo cáo',
      });
      if (outcome === 'downloaded') void message.success(`Đã tạo báo cáo: ${file.rows} nhiệm vụ.`);
    } catch (error) {
      void message.error(describeError(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Modal
      title="Báo cáo tình hình thực hiện kết luận"
      open={open}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={620}
    >
      <Form layout="vertical">
        <Form.Item label="Các cuộc họp từ ngày đến ngày" required>
          <DatePicker.RangePicker
            aria-label="Kỳ báo cáo"
            format="DD/MM/YYYY"
            allowClear={false}
            value={range}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
          />
        </Form.Item>
        <Form.Item label="Kết luận của">
          <Radio.Group value={scope} onChange={(e) => setScope(e.target.value as typeof scope)}>
            <Radio value="all">Tất cả các cuộc họp</Radio>
            <Radio value="leader">Một lãnh đạo (chủ trì)</Radio>
            <Radio value="body">Một cơ quan (tổ chức họp)</Radio>
          </Radio.Group>
        </Form.Item>
        {scope === 'leader' ? (
          <Form.Item label="Lãnh đạo">
            <RemoteSelect
              label="Lãnh đạo chủ trì"
              value={chairId}
              onChange={setChairId}
              search={searchPeople}
              width={360}
            />
          </Form.Item>
        ) : null}
        {scope === 'body' ? (
          <Form.Item label="Cơ quan">
            <Select
              showSearch={foldedSearch}
              aria-label="Cơ quan tổ chức họp"
              style={{ width: 360 }}
              value={organizerId}
              options={units}
              onChange={(v: string) => setOrganizerId(v)}
            />
          </Form.Item>
        ) : null}
        <Form.Item label="Cơ quan ban hành báo cáo" extra="Mặc định: cơ quan ban hành trong Cài đặt.">
          <Select
            showSearch={foldedSearch}
            aria-label="Cơ quan ban hành báo cáo"
            style={{ width: 360 }}
            value={issuerId}
            options={units}
            onChange={(v: string) => setIssuerId(v)}
          />
        </Form.Item>
        <Space>
          <Button
            type="primary"
            loading={busy === 'docx'}
            disabled={busy !== null}
            onClick={() => void make('docx')}
          >
            Xuất Word (.docx)
          </Button>
          <Button loading={busy === 'xlsx'} disabled={busy !== null} onClick={() => void make('xlsx')}>
            Xuất Excel (.xlsx)
          </Button>
        </Space>
      </Form>
    </Modal>
  );
}
