// Cài đặt: the office's profile, and Sao lưu & khôi phục (issue 5's backup screen), as two tabs.
import { Tabs } from 'antd';
import { PageHeader } from '../../components/PageHeader';
import { useWindowTitle } from '../../shell/commands';
import { navigate } from '../../shell/routes';
import { BackupPanel } from '../backup/BackupPanel';
import { OfficeSettings } from './OfficeSettings';
import { ReminderSettingsCard } from './ReminderSettingsCard';

export function SettingsPage({ tab }: { tab?: 'backup' | undefined }) {
  useWindowTitle(tab === 'backup' ? 'Sao lưu & khôi phục' : 'Cài đặt');
  return (
    <>
      <PageHeader title="Cài đặt" />
      <Tabs
        activeKey={tab ?? 'office'}
        onChange={(key) => navigate(key === 'backup' ? '#/settings/backup' : '#/settings')}
        destroyOnHidden
        items={[
          {
            key: 'office',
            label: 'Thông tin cơ quan',
            children: (
              <>
                <OfficeSettings />
                <ReminderSettingsCard />
              </>
            ),
          },
          { key: 'backup', label: 'Sao lưu & khôi phục', children: <BackupPanel /> },
        ]}
      />
    </>
  );
}
