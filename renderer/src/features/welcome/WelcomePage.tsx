// The first run on a new machine: a short welcome instead of the empty dashboard. The office is named
// here (it becomes the default issuing body in Cài đặt); the other steps open their screens. "Nạp dữ
// liệu mẫu" loads the demo data for a trial.
import { Alert, App, Button, Card, Form, Input, List, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { invoke } from '../../api';
import { newId } from '../../lib/ids';
import { useAction } from '../../lib/useAction';
import { navigate } from '../../shell/routes';

const steps = [
  {
    title: 'Cơ quan ban hành',
    text: 'Các cơ quan ban hành hoặc cùng ban hành văn bản (liên tịch), với dòng tên cơ quan chủ quản.',
    action: 'Mở Danh bạ → Cơ quan',
    href: '#/organizations',
  },
  {
    title: 'Người ký mặc định',
    text: 'Quyền hạn, chức vụ và người ký được điền sẵn vào văn bản mới; cùng địa danh và nơi nhận.',
    action: 'Mở Cài đặt',
    href: '#/settings',
  },
  {
    title: 'Thư mục sao lưu',
    text: 'Sổ Họp tự sao lưu mỗi ngày; có thể chọn thư mục khác (ổ USB, thư mục dùng chung).',
    action: 'Mở Sao lưu & khôi phục',
    href: '#/settings/backup',
  },
];

export function WelcomePage({ onDone }: { onDone: () => void }) {
  const { message } = App.useApp();
  const [name, setName] = useState('');
  const [family, setFamily] = useState<'state' | 'party'>('state');
  const [saved, setSaved] = useState<string | null>(null);
  const office = useAction();
  const demo = useAction();

  const saveOffice = () =>
    office.run(async () => {
      const organization = await invoke('organizations.save', { id: newId(), name: name.trim(), family });
      const profile = await invoke('settings.get', {});
      await invoke('settings.save', { ...profile, defaultIssuerId: organization.id });
      setSaved(organization.name);
    });
  const loadDemo = () =>
    demo.run(async () => {
      const report = await invoke('welcome.loadDemo', {});
      void message.success(
        `Đã nạp dữ liệu mẫu: ${report.added.meetings} cuộc họp, ${report.added.documents} văn bản, ${report.added.people} cán bộ.`,
      );
      onDone();
    });

  return (
    <div className="welcome">
      <Typography.Title level={2}>Chào mừng đến với Sổ Họp</Typography.Title>
      <Typography.Paragraph>
        Máy này chưa có dữ liệu. Vài bước dưới đây giúp văn bản đầu tiên ra đúng thể thức; mọi thứ đều sửa lại
        được sau trong Danh bạ và Cài đặt.
      </Typography.Paragraph>
      <Space wrap className="welcome-actions">
        <Button type="primary" onClick={onDone}>
          Bắt đầu dùng Sổ Họp
        </Button>
        <Button loading={demo.busy} onClick={() => void loadDemo()}>
          Nạp dữ liệu mẫu
        </Button>
        <Typography.Text type="secondary">
          Dữ liệu mẫu dựng từ tin về các cuộc họp ở Nghệ An, để dùng thử.
        </Typography.Text>
      </Space>
      <Card title="1. Tên cơ quan của bạn" className="settings-card">
        {saved ? (
          <Alert type="success" showIcon title={`Đã lưu "${saved}" làm cơ quan ban hành mặc định.`} />
        ) : (
          <Form layout="vertical" component="div">
            <Form.Item label="Tên cơ quan" htmlFor="welcome-office" help={office.error ?? undefined}>
              <Input
                id="welcome-office"
                style={{ maxWidth: 480 }}
                placeholder="Văn phòng UBND tỉnh Nghệ An"
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            </Form.Item>
            <Form.Item label="Khối">
              <Radio.Group
                value={family}
                onChange={(e) => setFamily(e.target.value as 'state' | 'party')}
                options={[
                  { value: 'state', label: 'Nhà nước (Nghị định 30/2020/NĐ-CP)' },
                  { value: 'party', label: 'Đảng (Hướng dẫn 36-HD/VPTW)' },
                ]}
              />
            </Form.Item>
            <Button
              type="primary"
              disabled={!name.trim()}
              loading={office.busy}
              onClick={() => void saveOffice()}
            >
              Lưu tên cơ quan
            </Button>
          </Form>
        )}
      </Card>
      <Card title="Tiếp theo" className="settings-card">
        <List
          itemLayout="horizontal"
          dataSource={steps}
          renderItem={(step, i) => (
            <List.Item
              actions={[
                <Button key="open" onClick={() => navigate(step.href)}>
                  {step.action}
                </Button>,
              ]}
            >
              <List.Item.Meta title={`${i + 2}. ${step.title}`} description={step.text} />
            </List.Item>
          )}
        />
      </Card>
      {demo.error ? <Alert type="error" showIcon title={demo.error} /> : null}
    </div>
  );
}
