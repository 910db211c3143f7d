// The usual signature chains of each kind of body, offered in the signer editors.
import { describe, expect, it } from 'vitest';
import { authorityText, chainOf, signerFromPreset, signerPresetsFor } from '../../shared/signers';

const labels = (name: string, family: 'state' | 'party') =>
  signerPresetsFor({ name, family }).map((p) => p.label);

describe('signer presets', () => {
  it('offers UBND the TM. chain and the deputy’s TM. / KT. chain', () => {
    expect(labels('Ủy ban nhân dân huyện Đô Lương', 'state').slice(0, 2)).toEqual([
      'TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH',
      'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
    ]);
  });

  it('gives a Ban Chỉ đạo its own chains, never the Văn phòng’s TL.', () => {
    const steering = labels('Ban Chỉ đạo chuyển đổi số tỉnh Nghệ An', 'state');
    expect(steering).toEqual([
      'TM. BAN CHỈ ĐẠO / TRƯỞNG BAN',
      'KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN',
      'TM. BAN CHỈ ĐẠO / KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN',
    ]);
    expect(steering.join(' ')).not.toContain('TL.');
    expect(labels('Văn phòng Ủy ban nhân dân tỉnh Nghệ An', 'state').slice(0, 2)).toEqual([
      'TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG',
      'TUQ. CHỦ TỊCH / CHÁNH VĂN PHÒNG',
    ]);
  });

  it('writes Party chains with slashes: T/M BAN THƯỜNG VỤ, K/T BÍ THƯ, T/M BAN CÁN SỰ ĐẢNG', () => {
    expect(labels('Huyện ủy Đô Lương', 'party')).toEqual([
      'T/M BAN THƯỜNG VỤ / BÍ THƯ',
      'T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ',
      'K/T BÍ THƯ / PHÓ BÍ THƯ',
    ]);
    expect(labels('Ban cán sự đảng Ủy ban nhân dân tỉnh Nghệ An', 'party')[0]).toBe(
      'T/M BAN CÁN SỰ ĐẢNG / BÍ THƯ',
    );
  });

  it('turns a preset into a signer of the chosen body, and reads an old single authority as a chain', () => {
    const [, deputy] = signerPresetsFor({ name: 'Ủy ban nhân dân tỉnh Nghệ An', family: 'state' });
    expect(signerFromPreset(deputy!, 'b8df1a3a-38b5-5a5e-9987-b869b531f910')).toEqual({
      organizationId: 'b8df1a3a-38b5-5a5e-9987-b869b531f910',
      position: 'PHÓ CHỦ TỊCH',
      chain: [
        { authority: 'TM', body: 'ỦY BAN NHÂN DÂN' },
        { authority: 'KT', body: 'CHỦ TỊCH' },
      ],
    });
    expect(chainOf({ authority: 'TL', authorityBody: 'chủ tịch' })).toEqual([
      { authority: 'TL', body: 'chủ tịch' },
    ]);
    expect(chainOf({ authority: '', authorityBody: 'X' })).toEqual([]);
    // The chain wins over the old fields.
    expect(chainOf({ authority: 'TL', authorityBody: 'X', chain: [{ authority: 'TM', body: 'Y' }] })).toEqual(
      [{ authority: 'TM', body: 'Y' }],
    );
    expect(authorityText('party', { authority: 'TM', body: 'ban thường vụ' })).toBe('T/M BAN THƯỜNG VỤ');
  });
});
