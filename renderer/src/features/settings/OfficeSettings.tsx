// Cài đặt → Thông tin cơ quan: the office profile used when drafting documents, and the Party term
// start for numbering.
import { App, Button, Card, DatePicker, Form, Input, Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { ErrorInfo } from '../../../../shared/errors';
import type { OfficeProfile } from '../../../../shared/settings';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LinesTextArea } from '../../components/LinesTextArea';
import { DATE_FORMAT, dateToPicker, pickerToDate } from '../../lib/dates';
import { toErrorInfo } from '../../lib/errors';
import { useAction } from '../../lib/useAction';
import { useSaveCommand } from '../../shell/commands';
import { cleanSigners, SignersEditor } from './SignersEditor';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import { useOrganizations } from '../../lib/organizations';

export function OfficeSettings() {
  const { message } = App.useApp();
  const organizations = useOrganizations();
  const [profile, setProfile] = useState<OfficeProfile | null>(null);
  const [loadError, setLoadError] = useState<ErrorInfo | null>(null);
  const { busy, error: saveError, run } = useAction();

  useEffect(() => {
    let live = true;
    invoke('settings.get', {}).then(
      (p) => live && setProfile(p),
      (e: unknown) => live && setLoadError(toErrorInfo(e)),
    );
    return () => {
      live = false;
    };
  }, []);

  const save = async () => {
    if (!profile) return;
    await run(async () => {
      const saved = await invoke('settings.save', {
        ...profile,
        defaultRecipients: profile.defaultRecipients.filter((l) => l.trim()),
        defaultSigners: cleanSigners(profile.defaultSigners),
      });
      setProfile(saved);
      message.success('Đã lưu cài đặt.');
    });
  };
  useSaveCommand(() => void save());

  if (loadError) return <ErrorAlert title="Không tải được cài đặt." error={loadError} />;
  if (!profile) return <Spin description="Đang tải…" />;

  return (
    <>
      <div className="tab-toolbar">
        <Button type="primary" loading={busy} onClick={() => void save()}>
          Lưu cài đặt (Ctrl+S)
        </Button>
      </div>
      <ErrorMessage message={saveError} />
      <Card title="Thông tin cơ quan" style={{ maxWidth: 900, marginBottom: 16 }}>
        <Form layout="vertical" component="div">
          <Form.Item label="Cơ quan ban hành mặc định" htmlFor="settings-issuer">
            <OrganizationPicker
              id="settings-issuer"
              label="Cơ quan ban hành mặc định"
              allowClear
              allowCreate
              value={profile.defaultIssuerId}
              onChange={(defaultIssuerId) => setProfile({ ...profile, defaultIssuerId })}
            />
          </Form.Item>
          <Form.Item label="Địa danh (ghi ở dòng ngày tháng văn bản)" htmlFor="settings-place">
            <Input
              id="settings-place"
              style={{ width: 300 }}
              placeholder="Ví dụ: Nghệ An"
              value={profile.place}
              onChange={(e) => setProfile({ ...profile, place: e.target.value })}
            />
          </Form.Item>
          <Form.Item label="Nơi nhận mặc định (mỗi dòng một nơi)" htmlFor="settings-recipients">
            <LinesTextArea
              id="settings-recipients"
              rows={{ minRows: 3, maxRows: 10 }}
              placeholder={'- Như trên;\n- Lưu: VT.'}
              lines={profile.defaultRecipients}
              onChange={(defaultRecipients) => setProfile({ ...profile, defaultRecipients })}
            />
          </Form.Item>
        </Form>
      </Card>
      <Card title="Người ký mặc định" style={{ maxWidth: 900, marginBottom: 16 }}>
        <SignersEditor
          signers={profile.defaultSigners}
          bodies={organizations}
          onChange={(defaultSigners) => setProfile({ ...profile, defaultSigners })}
        />
      </Card>
      <Card title="Đánh số văn bản của Đảng" style={{ maxWidth: 900 }}>
        <Form layout="vertical" component="div">
          <Form.Item
            label="Ngày bắt đầu nhiệm kỳ"
            htmlFor="settings-term"
            extra="Văn bản của cơ quan Đảng đánh số liên tục trong một nhiệm kỳ (Hướng dẫn 36-HD/VPTW)."
          >
            <DatePicker
              id="settings-term"
              format={DATE_FORMAT}
              value={dateToPicker(profile.partyTermStart)}
              onChange={(v) => setProfile({ ...profile, partyTermStart: pickerToDate(v) })}
            />
          </Form.Item>
          <Form.Item
            label="Ký hiệu giấy mời của cơ quan Đảng"
            htmlFor="settings-party-invitation"
            extra="Hướng dẫn của Đảng không quy định ký hiệu giấy mời; mặc định GM (Số 05-GM/TU)."
          >
            <Input
              id="settings-party-invitation"
              style={{ width: 120 }}
              value={profile.partyInvitationSymbol}
              onChange={(e) => setProfile({ ...profile, partyInvitationSymbol: e.target.value })}
            />
          </Form.Item>
        </Form>
      </Card>
    </>
  );
}
