// Signature blocks, left to right: quyền hạn (TM, KT, …), the body signed for, the position and the
// person who signs (their name is printed in bold under the signature).
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space } from 'antd';
import type { ReactNode } from 'react';
import { signerAuthorities, type Signer } from '../../../../shared/exchange';
import { usePeople } from '../../lib/people';
import { PersonPicker } from '../meetings/PersonPicker';

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
  const people = usePeople(signers.flatMap((s) => (s.personId ? [s.personId] : [])));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {signers.map((s, i) => (
        <div key={i} className="signer-row" role="group" aria-label={`Người ký thứ ${i + 1}`}>
          <Field label="Quyền hạn">
            <Select
              aria-label={`Quyền hạn ký ${i + 1}`}
              value={s.authority ?? ''}
              options={signerAuthorities.map((a) => ({ value: a, label: authorityLabels[a] }))}
              onChange={(authority: Signer['authority']) => update(i, { authority })}
            />
          </Field>
          <Field label="Ký thay mặt / thay cho">
            <Input
              aria-label={`Tập thể ký thay ${i + 1}`}
              placeholder="Ví dụ: ỦY BAN NHÂN DÂN"
              value={s.authorityBody ?? ''}
              onChange={(e) => update(i, { authorityBody: e.target.value })}
            />
          </Field>
          <Field label="Chức vụ">
            <Input
              aria-label={`Chức vụ người ký ${i + 1}`}
              placeholder="Ví dụ: CHÁNH VĂN PHÒNG"
              value={s.position}
              onChange={(e) => update(i, { position: e.target.value })}
            />
          </Field>
          <Field label="Người ký">
            <PersonPicker
              label={`Người ký ${i + 1}`}
              placeholder="Gõ tên, không cần dấu"
              width="100%"
              value={s.personId ? { id: s.personId, fullName: people.get(s.personId)?.fullName } : null}
              onPick={(person) => update(i, { personId: person.id })}
              onClear={() => update(i, { personId: null })}
              createInline
            />
          </Field>
          <Button
            icon={<DeleteOutlined />}
            aria-label={`Xóa người ký ${i + 1}`}
            onClick={() => onChange(signers.filter((_s, j) => j !== i))}
          />
        </div>
      ))}
      <Button icon={<PlusOutlined />} onClick={() => onChange([...signers, { authority: '', position: '' }])}>
        Thêm người ký
      </Button>
    </Space>
  );
}

/** A small caption over a control (the control keeps its own aria-label with the signer's number). */
function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="signer-field">
      <span className="signer-caption" aria-hidden="true">
        {label}
      </span>
      {children}
    </div>
  );
}
