// Signature blocks: the chain of authority lines a signer prints above the position (format spec §1.3 7a/7b,
// §3.4), and the usual chains of each kind of body, offered as presets in the signer editors and used by
// the drafts the app generates. A Ban Chỉ đạo never signs with the Văn phòng's TL. chain.
import type { Organization, OrganizationFamily, Signer, SignerChainLink } from './exchange';
import { foldVietnamese } from './vietnamese';

/** How each quyền hạn prints: `TM.` in a state document (NĐ 30 ô 7a), `T/M` in a Party one (HD 36 1.7). */
export const authorityPrefixes: Record<OrganizationFamily, Record<SignerChainLink['authority'], string>> = {
  state: { TM: 'TM.', KT: 'KT.', TL: 'TL.', TUQ: 'TUQ.', Q: 'Q.' },
  party: { TM: 'T/M', KT: 'K/T', TL: 'T/L', TUQ: 'T/UQ', Q: 'Q.' },
};

/** The authority lines a signer prints, top-down: its chain, else its single authority, else none. */
export function chainOf(signer: Pick<Signer, 'chain' | 'authority' | 'authorityBody'>): SignerChainLink[] {
  if (signer.chain?.length) return signer.chain;
  if (signer.authority) return [{ authority: signer.authority, body: signer.authorityBody ?? '' }];
  return [];
}

/** `TM. ỦY BAN NHÂN DÂN` / `T/M BAN THƯỜNG VỤ`, in capitals. */
export function authorityText(family: OrganizationFamily, link: SignerChainLink): string {
  return `${authorityPrefixes[family][link.authority]} ${link.body.normalize('NFC').toLocaleUpperCase('vi')}`.trim();
}

export interface SignerPreset {
  /** What the editor shows: the lines as they print, joined by " / ". */
  label: string;
  chain: SignerChainLink[];
  position: string;
}

type Kind =
  | 'ubnd'
  | 'hdnd'
  | 'steering'
  | 'state-office'
  | 'front'
  | 'department'
  | 'state-other'
  | 'party-cadres'
  | 'party-inspection'
  | 'party-office'
  | 'party-board'
  | 'party-grassroots'
  | 'party-committee';

const TM = (body: string): SignerChainLink => ({ authority: 'TM', body });
const KT = (body: string): SignerChainLink => ({ authority: 'KT', body });
const TL = (body: string): SignerChainLink => ({ authority: 'TL', body });
const TUQ = (body: string): SignerChainLink => ({ authority: 'TUQ', body });
type Entry = [SignerChainLink[], string];

const presetsByKind: Record<Kind, Entry[]> = {
  ubnd: [
    [[TM('ỦY BAN NHÂN DÂN')], 'CHỦ TỊCH'],
    [[TM('ỦY BAN NHÂN DÂN'), KT('CHỦ TỊCH')], 'PHÓ CHỦ TỊCH'],
    [[], 'CHỦ TỊCH'],
    [[KT('CHỦ TỊCH')], 'PHÓ CHỦ TỊCH'],
  ],
  hdnd: [
    [[TM('THƯỜNG TRỰC HĐND')], 'CHỦ TỊCH'],
    [[TM('THƯỜNG TRỰC HĐND'), KT('CHỦ TỊCH')], 'PHÓ CHỦ TỊCH'],
  ],
  steering: [
    [[TM('BAN CHỈ ĐẠO')], 'TRƯỞNG BAN'],
    [[KT('TRƯỞNG BAN')], 'PHÓ TRƯỞNG BAN'],
    [[TM('BAN CHỈ ĐẠO'), KT('TRƯỞNG BAN')], 'PHÓ TRƯỞNG BAN'],
  ],
  'state-office': [
    [[TL('CHỦ TỊCH')], 'CHÁNH VĂN PHÒNG'],
    [[TUQ('CHỦ TỊCH')], 'CHÁNH VĂN PHÒNG'],
    [[TL('CHỦ TỊCH'), KT('CHÁNH VĂN PHÒNG')], 'PHÓ CHÁNH VĂN PHÒNG'],
    [[], 'CHÁNH VĂN PHÒNG'],
    [[KT('CHÁNH VĂN PHÒNG')], 'PHÓ CHÁNH VĂN PHÒNG'],
  ],
  front: [
    [[TM('BAN THƯỜNG TRỰC')], 'CHỦ TỊCH'],
    [[TM('BAN THƯỜNG TRỰC')], 'PHÓ CHỦ TỊCH'],
  ],
  department: [
    [[], 'GIÁM ĐỐC'],
    [[KT('GIÁM ĐỐC')], 'PHÓ GIÁM ĐỐC'],
  ],
  'state-other': [],
  'party-cadres': [
    [[TM('BAN CÁN SỰ ĐẢNG')], 'BÍ THƯ'],
    [[TM('BAN CÁN SỰ ĐẢNG')], 'PHÓ BÍ THƯ'],
  ],
  'party-inspection': [
    [[TM('ỦY BAN KIỂM TRA')], 'CHỦ NHIỆM'],
    [[TM('ỦY BAN KIỂM TRA')], 'PHÓ CHỦ NHIỆM'],
  ],
  'party-office': [
    [[TL('BAN THƯỜNG VỤ')], 'CHÁNH VĂN PHÒNG'],
    [[TL('BAN THƯỜNG VỤ')], 'PHÓ CHÁNH VĂN PHÒNG'],
    [[], 'CHÁNH VĂN PHÒNG'],
    [[KT('CHÁNH VĂN PHÒNG')], 'PHÓ CHÁNH VĂN PHÒNG'],
  ],
  'party-board': [
    [[], 'TRƯỞNG BAN'],
    [[KT('TRƯỞNG BAN')], 'PHÓ TRƯỞNG BAN'],
    [[TL('BAN THƯỜNG VỤ')], 'TRƯỞNG BAN'],
  ],
  'party-grassroots': [
    [[TM('ĐẢNG ỦY')], 'BÍ THƯ'],
    [[TM('ĐẢNG ỦY')], 'PHÓ BÍ THƯ'],
  ],
  'party-committee': [
    [[TM('BAN THƯỜNG VỤ')], 'BÍ THƯ'],
    [[TM('BAN THƯỜNG VỤ')], 'PHÓ BÍ THƯ'],
    [[KT('BÍ THƯ')], 'PHÓ BÍ THƯ'],
  ],
};

/** What kind of body signs, from its family and name (folded: no accents, lower case). */
function kindOf(org: Pick<Organization, 'name' | 'family'>): Kind {
  const name = foldVietnamese(org.name);
  const starts = (...prefixes: string[]) => prefixes.some((p) => name.startsWith(p));
  if (org.family === 'party') {
    if (starts('ban can su dang', 'dang doan')) return 'party-cadres';
    if (starts('uy ban kiem tra')) return 'party-inspection';
    if (starts('van phong')) return 'party-office';
    if (starts('ban ')) return 'party-board';
    if (starts('dang uy') && !starts('dang uy khoi')) return 'party-grassroots';
    return 'party-committee';
  }
  if (starts('uy ban nhan dan', 'ubnd')) return 'ubnd';
  if (starts('hoi dong nhan dan', 'hdnd')) return 'hdnd';
  if (starts('ban chi dao')) return 'steering';
  if (starts('van phong')) return 'state-office';
  if (starts('uy ban mat tran', 'uy ban mttq', 'mat tran')) return 'front';
  if (starts('so ')) return 'department';
  return 'state-other';
}

/** The usual signature blocks of a body, the most common first; empty when no usual chain is known. */
export function signerPresetsFor(org: Pick<Organization, 'name' | 'family'>): SignerPreset[] {
  return presetsByKind[kindOf(org)].map(([chain, position]) => ({
    label: [...chain.map((link) => authorityText(org.family, link)), position].join(' / '),
    chain,
    position,
  }));
}

/** A signer from a preset, for the given body; the person is left to choose. */
export function signerFromPreset(preset: SignerPreset, organizationId: string | null): Signer {
  return {
    ...(organizationId ? { organizationId } : {}),
    position: preset.position,
    ...(preset.chain.length ? { chain: preset.chain } : {}),
  };
}

/**
 * The body that concludes, invites and signs for `org` in running text. A Party committee acts through its
 * Ban Thường vụ ("Ban Thường vụ Tỉnh ủy Nghệ An"); a ban cán sự đảng, đảng đoàn, Party board, office or
 * grassroots đảng ủy, and every state body, act under their own name — never "Ban Thường vụ Ban cán sự đảng".
 */
export function actingBodyName(org: Pick<Organization, 'name' | 'family'>): string {
  const name = org.name.trim();
  if (kindOf(org) !== 'party-committee' || /^ban thường vụ\s/iu.test(name)) return name;
  return `Ban Thường vụ ${name}`;
}
