// Signature blocks, left to right: quyền hạn (TM, KT, …), the body signed for, and the position.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space } from 'antd';
import { signerAuthorities, type Signer } from '../../../../shared/exchange';

const authorityLabels: Record<(typeof signerAuthorities)[number], string> = {
  TM: 'TM. (thay mặt)',
  KT: 'KT. (ký thay)',
  TL: 'TL. (thừa lệnh)',
  TUQ: 'TUQ. (thừa ủy quyền)',
  Q: 'Q. (quyền)',
  '': 'Không',
};

export function SignersEditor({
  signers,
  onChange,
}: {
  signers: Signer[];
  onChange: (next: Signer[]) => void;
}) {
  const update = (i: number, patch: Partial<Signer>) =>
    onChange(signers.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {signers.map((s, i) => (
        <Space key={i} wrap>
          <Select
            aria-label={`Quyền hạn ký ${i + 1}`}
            style={{ width: 190 }}
            value={s.authority ?? ''}
            options={signerAuthorities.map((a) => ({ value: a, label: authorityLabels[a] }))}
            onChange={(authority: Signer['authority']) => update(i, { authority })}
          />
          <Input
            aria-label={`Tập thể ký thay ${i + 1}`}
            placeholder="Ví dụ: ỦY BAN NHÂN DÂN"
            style={{ width: 230 }}
            value={s.authorityBody ?? ''}
            onChange={(e) => update(i, { authorityBody: e.target.value })}
          />
          <Input
            aria-label={`Chức vụ người ký ${i + 1}`}
            placeholder="Ví dụ: CHÁNH VĂN PHÒNG"
            style={{ width: 230 }}
            value={s.position}
            onChange={(e) => update(i, { position: e.target.value })}
          />
          <Button
            icon={<DeleteOutlined />}
            aria-label={`Xóa người ký ${i + 1}`}
            onClick={() => onChange(signers.filter((_s, j) => j !== i))}
          />
        </Space>
      ))}
      <Button icon={<PlusOutlined />} onClick={() => onChange([...signers, { authority: '', position: '' }])}>
        Thêm người ký
      </Button>
    </Space>
  );
}
