// "Báo cáo thực hiện kết luận": the period of the meetings, one leader or one body, the issuing body, then
// Word or Excel. In the desktop app the file goes where the save dialog chose; in the preview, a download.
import { App, Button, DatePicker, Form, Modal, Radio, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import type { ReportFormat } from '../../../../shared/reports';
import { invoke } from '../../api';
import { base64ToBytes, DOCX_MIME, downloadBytes } from '../../lib/download';
import { describeError } from '../../lib/errors';
import { chooseSavePath } from '../../lib/files';
import { foldedSearch, organizationOptions, useOrganizations } from '../../lib/organizations';
import { RemoteSelect } from './RemoteSelect';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function ReportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message, modal } = App.useApp();
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
      const target = await chooseSavePath(file.fileName, format);
      if (target === 'unavailable') {
        downloadBytes(
          base64ToBytes(file.dataBase64),
          file.fileName,
          format === 'docx' ? DOCX_MIME : XLSX_MIME,
        );
        void message.success(`Đã tạo báo cáo: ${file.rows} nhiệm vụ.`);
        return;
      }
      if (target === null) return;
      const saved = await invoke('reports.saveConclusionsTo', { ...query, path: target });
      modal.confirm({
        title: 'Đã lưu báo cáo',
        content: <Typography.Text code>{saved.path}</Typography.Text>,
        okText: 'Mở tệp',
        cancelText: 'Đóng',
        onOk: () =>
          invoke('files.openPath', { path: saved.path }).catch((e: unknown) => {
            void message.error(describeError(e));
          }),
      });
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
