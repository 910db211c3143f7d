// Signature blocks, left to right. Each: the body it signs for, its chain of authority lines printed
// top-down above the position (TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH), the position and the
// person who signs (their name is printed in bold under the signature). "Mẫu chữ ký" offers the usual
// chains of the chosen body's kind (UBND, Ban Chỉ đạo, Văn phòng, Party committee…).
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { OrganizationSummary } from '../../../../shared/domain';
import type { Signer, SignerChainLink } from '../../../../shared/exchange';
import { authorityText, chainOf, signerFromPreset, signerPresetsFor } from '../../../../shared/signers';
import { usePeople } from '../../lib/people';
import { foldedSearch } from '../../lib/organizations';
import { PersonPicker } from '../meetings/PersonPicker';
import { ChainEditor } from './ChainEditor';

/** The signer with a new chain: the old single authority fields go, the chain replaces them. */
function withChain(signer: Signer, chain: SignerChainLink[]): Signer {
  const { authority: _a, authorityBody: _b, chain: _c, ...rest } = signer;
  return chain.length ? { ...rest, chain } : rest;
}

/** Signers as they are saved: blocks without a position and authority lines without a body dropped. */
export function cleanSigners(signers: readonly Signer[]): Signer[] {
  return signers
    .filter((s) => s.position.trim())
    .map((s) => {
      if (!s.chain) return s;
      return withChain(
        s,
        s.chain.filter((link) => link.body.trim()),
      );
    });
}

export function SignersEditor({
  signers,
  onChange,
  bodies,
}: {
  signers: Signer[];
  onChange: (next: Signer[]) => void;
  /** The bodies a block may sign for (the document's issuers; every body in Cài đặt). */
  bodies: OrganizationSummary[];
}) {
  const update = (i: number, next: Signer) => onChange(signers.map((s, j) => (j === i ? next : s)));
  const people = usePeople(signers.flatMap((s) => (s.personId ? [s.personId] : [])));
  const byId = new Map(bodies.map((b) => [b.id, b]));
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12}>
      {signers.map((s, i) => {
        const n = i + 1;
        const body = (s.organizationId && byId.get(s.organizationId)) || bodies[0];
        const presets = body ? signerPresetsFor(body) : [];
        const chain = chainOf(s);
        const family = body?.family ?? 'state';
        const printed = [
          ...chain.filter((l) => l.body.trim()).map((l) => authorityText(family, l)),
          s.position,
        ]
          .filter((l) => l.trim())
          .map((l) => l.toLocaleUpperCase('vi'));
        return (
          <div key={i} className="signer-block" role="group" aria-label={`Người ký thứ ${n}`}>
            <div className="signer-row">
              <Field label="Ký cho cơ quan">
                <Select
                  aria-label={`Cơ quan của người ký ${n}`}
                  allowClear
                  showSearch={foldedSearch}
                  placeholder="Chọn cơ quan"
                  value={s.organizationId ?? undefined}
                  options={bodies.map((b) => ({ value: b.id, label: b.name }))}
                  onChange={(organizationId: string | undefined) =>
                    update(i, { ...s, organizationId: organizationId ?? null })
                  }
                />
              </Field>
              <Field label="Mẫu chữ ký">
                <Select
                  aria-label={`Mẫu chữ ký ${n}`}
                  placeholder={presets.length ? 'Chọn mẫu…' : 'Không có mẫu cho cơ quan này'}
                  disabled={presets.length === 0}
                  value={null}
                  options={presets.map((p, k) => ({ value: k, label: p.label }))}
                  onChange={(k: number) => {
                    const preset = presets[k];
                    if (!preset) return;
                    const next = signerFromPreset(preset, s.organizationId ?? body?.id ?? null);
                    update(i, { ...withChain(s, next.chain ?? []), ...next, personId: s.personId ?? null });
                  }}
                />
              </Field>
              <Field label="Chức vụ">
                <Input
                  aria-label={`Chức vụ người ký ${n}`}
                  placeholder="Ví dụ: PHÓ CHỦ TỊCH"
                  value={s.position}
                  onChange={(e) => update(i, { ...s, position: e.target.value })}
                />
              </Field>
              <Field label="Người ký">
                <PersonPicker
                  label={`Người ký ${n}`}
                  placeholder="Gõ tên, không cần dấu"
                  width="100%"
                  value={s.personId ? { id: s.personId, fullName: people.get(s.personId)?.fullName } : null}
                  onPick={(person) => update(i, { ...s, personId: person.id })}
                  onClear={() => update(i, { ...s, personId: null })}
                  createInline
                />
              </Field>
              <Button
                icon={<DeleteOutlined />}
                aria-label={`Xóa người ký ${n}`}
                onClick={() => onChange(signers.filter((_s, j) => j !== i))}
              />
            </div>
            <Field label="Quyền hạn (in từ trên xuống, trên chức vụ)">
              <ChainEditor
                n={n}
                family={family}
                chain={chain}
                onChange={(next) => update(i, withChain(s, next))}
              />
            </Field>
            {printed.length ? (
              <Typography.Text
                type="secondary"
                className="signer-preview"
                aria-label={`Khối chữ ký ${n} khi in`}
              >
                In: {printed.join(' / ')}
              </Typography.Text>
            ) : null}
          </div>
        );
      })}
      <Button
        icon={<PlusOutlined />}
        onClick={() =>
          onChange([...signers, { position: '', ...(bodies[0] ? { organizationId: bodies[0].id } : {}) }])
        }
      >
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
