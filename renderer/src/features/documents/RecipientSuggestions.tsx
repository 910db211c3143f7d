// Under Nơi nhận: the issuer's usual recipients (learned from the documents it issued, most frequent
// first) and the meeting's units, each a button that adds its line (before "Lưu: …"); those already
// there are not offered.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useCallback } from 'react';
import type { OrganizationFamily } from '../../../../shared/exchange';
import { addRecipients, isArchiveLine, recipientKey } from '../../../../shared/recipients';
import { invoke } from '../../api';
import { useLoad } from '../../lib/useLoad';

const SHOWN = 8;

export function RecipientSuggestions({
  issuerId,
  meetingId,
  family,
  lines,
  onChange,
}: {
  issuerId: string;
  meetingId: string | null | undefined;
  family: OrganizationFamily;
  lines: string[];
  onChange: (next: string[]) => void;
}) {
  const [loaded] = useLoad(
    useCallback(
      () => invoke('documents.usualRecipients', { issuerId, ...(meetingId ? { meetingId } : {}) }),
      [issuerId, meetingId],
    ),
  );
  if (loaded.state !== 'ready') return null;
  const have = new Set(lines.map(recipientKey));
  const archived = lines.some(isArchiveLine);
  // A second "Lưu: …" is never offered: the archive line already there stays.
  const fresh = (texts: string[]) =>
    texts.filter((t) => !have.has(recipientKey(t)) && !(archived && isArchiveLine(t)));
  const usual = fresh(loaded.value.usual.map((u) => u.text)).slice(0, SHOWN);
  const units = fresh(loaded.value.meetingUnits);
  const add = (texts: string[]) => onChange(addRecipients(lines, texts, family === 'state' ? ';' : ','));
  if (usual.length === 0 && units.length === 0) return null;
  return (
    <div className="recipient-suggestions">
      <Group label="Nơi nhận thường dùng" texts={usual} onAdd={add} />
      <Group label="Đơn vị của cuộc họp" texts={units.slice(0, SHOWN)} all={units} onAdd={add} />
    </div>
  );
}

function Group({
  label,
  texts,
  all = texts,
  onAdd,
}: {
  label: string;
  texts: string[];
  all?: string[];
  onAdd: (texts: string[]) => void;
}) {
  if (texts.length === 0) return null;
  return (
    <div role="group" aria-label={label} style={{ marginTop: 6 }}>
      <Typography.Text type="secondary">{label}: </Typography.Text>
      <Space size={[4, 4]} wrap>
        {texts.map((text) => (
          <Button
            key={text}
            size="small"
            icon={<PlusOutlined />}
            aria-label={`Thêm nơi nhận: ${text}`}
            onClick={() => onAdd([text])}
          >
            {text}
          </Button>
        ))}
        {all.length > 1 ? (
          <Button size="small" type="link" onClick={() => onAdd(all)}>
            Thêm tất cả ({all.length})
          </Button>
        ) : null}
      </Space>
    </div>
  );
}
