// The authority lines of one signature block, top-down (1–3): TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space } from 'antd';
import { chainAuthorities, type OrganizationFamily, type SignerChainLink } from '../../../../shared/exchange';
import { authorityPrefixes } from '../../../../shared/signers';

export const MAX_CHAIN = 3;

const meanings: Record<SignerChainLink['authority'], string> = {
  TM: 'thay mặt',
  KT: 'ký thay',
  TL: 'thừa lệnh',
  TUQ: 'thừa ủy quyền',
  Q: 'quyền',
};

export function ChainEditor({
  n,
  family,
  chain,
  onChange,
}: {
  /** The block's number, for the controls' names. */
  n: number;
  /** How the prefixes print: `TM.` (state) or `T/M` (Party). */
  family: OrganizationFamily;
  chain: SignerChainLink[];
  onChange: (next: SignerChainLink[]) => void;
}) {
  const update = (i: number, patch: Partial<SignerChainLink>) =>
    onChange(chain.map((link, j) => (j === i ? { ...link, ...patch } : link)));
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      {chain.map((link, i) => (
        <Space.Compact key={i} style={{ width: '100%' }}>
          <Select
            aria-label={`Quyền hạn ký ${n}, dòng ${i + 1}`}
            style={{ width: 190 }}
            value={link.authority}
            options={chainAuthorities.map((a) => ({
              value: a,
              label: `${authorityPrefixes[family][a]} (${meanings[a]})`,
            }))}
            onChange={(authority: SignerChainLink['authority']) => update(i, { authority })}
          />
          <Input
            aria-label={`Ký thay mặt / thay cho ${n}, dòng ${i + 1}`}
            placeholder={i === 0 ? 'Ví dụ: ỦY BAN NHÂN DÂN' : 'Ví dụ: CHỦ TỊCH'}
            value={link.body}
            onChange={(e) => update(i, { body: e.target.value })}
          />
          <Button
            icon={<DeleteOutlined />}
            aria-label={`Xóa dòng quyền hạn ${i + 1} của người ký ${n}`}
            onClick={() => onChange(chain.filter((_l, j) => j !== i))}
          />
        </Space.Compact>
      ))}
      {chain.length < MAX_CHAIN ? (
        <Button
          size="small"
          type="dashed"
          icon={<PlusOutlined />}
          aria-label={`Thêm dòng quyền hạn cho người ký ${n}`}
          onClick={() => onChange([...chain, { authority: chain.length ? 'KT' : 'TM', body: '' }])}
        >
          Thêm dòng quyền hạn ({chainAuthorities.map((a) => authorityPrefixes[family][a]).join(', ')})
        </Button>
      ) : null}
    </Space>
  );
}
