// Every document type × family (state, Party) × single or joint issuer, issued, for the layout tests and
// `npm run render:samples -- DIR --matrix`. The bodies are district and provincial bodies of Nghệ An
// (illustrative): a Sở under UBND tỉnh (upper line from the parent), UBND huyện (no upper line), a Ban
// Chỉ đạo, the district Mặt trận, two Huyện ủy under "ĐẢNG BỘ TỈNH NGHỆ AN".
import type { Stored } from '../../shared/domain';
import {
  documentTypes,
  type Appendix,
  type DocumentType,
  type OfficialDocument,
  type Organization,
  type Signer,
} from '../../shared/exchange';
import type { RichTextNode } from '../../shared/rich-text';
import { signerFromPreset, signerPresetsFor } from '../../shared/signers';
import type { Services } from '../services';
import { documentTypeFacts } from './document-types';
import { defaultSymbol } from './model';
import { rulesFor } from './rules';

export const matrixIds = {
  ubnd: '6f1d2a10-0000-4000-8000-000000000001',
  snv: '6f1d2a10-0000-4000-8000-000000000002',
  ubndDL: '6f1d2a10-0000-4000-8000-000000000003',
  mttq: '6f1d2a10-0000-4000-8000-000000000004',
  bcd: '6f1d2a10-0000-4000-8000-000000000005',
  tu: '6f1d2a10-0000-4000-8000-000000000006',
  huDL: '6f1d2a10-0000-4000-8000-000000000007',
  huTC: '6f1d2a10-0000-4000-8000-000000000008',
} as const;
const people = [
  ['6f1d2a10-0000-4000-8000-000000000101', 'Trần Văn Hùng'],
  ['6f1d2a10-0000-4000-8000-000000000102', 'Nguyễn Thị Lan Anh'],
  ['6f1d2a10-0000-4000-8000-000000000103', 'Phạm Đức Thắng'],
  ['6f1d2a10-0000-4000-8000-000000000104', 'Lê Hồng Minh'],
] as const;

const stamp = '2026-11-27T09:00:00+07:00';
const org = (
  id: string,
  name: string,
  headerLines: string[],
  parentId: string | null,
  symbol: string,
  family: 'state' | 'party',
  extra: Partial<Organization> = {},
): Organization => ({ id, name, headerLines, parentId, symbol, family, place: 'Nghệ An', ...extra });

const ids = matrixIds;
const organizations: Organization[] = [
  org(ids.ubnd, 'Ủy ban nhân dân tỉnh Nghệ An', ['ỦY BAN NHÂN DÂN', 'TỈNH NGHỆ AN'], null, 'UBND', 'state'),
  org(ids.snv, 'Sở Nội vụ tỉnh Nghệ An', ['SỞ NỘI VỤ'], ids.ubnd, 'SNV', 'state'),
  org(
    ids.ubndDL,
    'Ủy ban nhân dân huyện Đô Lương',
    ['ỦY BAN NHÂN DÂN', 'HUYỆN ĐÔ LƯƠNG'],
    ids.ubnd,
    'UBND',
    'state',
    {
      headerParentLine: null,
      place: 'Đô Lương',
    },
  ),
  org(
    ids.mttq,
    'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Đô Lương',
    ['ỦY BAN MTTQ VIỆT NAM', 'HUYỆN ĐÔ LƯƠNG'],
    null,
    'MTTQ',
    'state',
    { place: 'Đô Lương' },
  ),
  org(
    ids.bcd,
    'Ban Chỉ đạo chuyển đổi số tỉnh Nghệ An',
    ['BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ'],
    ids.ubnd,
    'BCĐ',
    'state',
  ),
  org(ids.tu, 'Tỉnh ủy Nghệ An', ['TỈNH ỦY NGHỆ AN'], null, 'TU', 'party'),
  org(ids.huDL, 'Huyện ủy Đô Lương', ['HUYỆN ỦY ĐÔ LƯƠNG'], ids.tu, 'HU', 'party', {
    headerParentLine: 'ĐẢNG BỘ TỈNH NGHỆ AN',
    place: 'Đô Lương',
  }),
  org(ids.huTC, 'Huyện ủy Thanh Chương', ['HUYỆN ỦY THANH CHƯƠNG'], ids.tu, 'HU', 'party', {
    headerParentLine: 'ĐẢNG BỘ TỈNH NGHỆ AN',
    place: 'Thanh Chương',
  }),
];

/** The lead issuer of a single-issuer state document of each type. */
const stateIssuer: Record<DocumentType, string> = {
  'conclusion-notice': ids.bcd,
  'coordination-programme': ids.snv,
  minutes: ids.snv,
  invitation: ids.snv,
  'official-letter': ids.ubndDL,
  report: ids.ubndDL,
  plan: ids.ubndDL,
};

export interface MatrixCase {
  name: string;
  documentId: string;
  type: DocumentType;
  family: 'state' | 'party';
  joint: boolean;
}

const text = (t: string): RichTextNode => ({ type: 'text', text: t });
const para = (t: string): RichTextNode => ({ type: 'paragraph', content: [text(t)] });
const heading = (t: string): RichTextNode => ({ type: 'heading', attrs: { level: 1 }, content: [text(t)] });
const cell = (t: string, header = false): RichTextNode => ({
  type: header ? 'tableHeader' : 'tableCell',
  content: [para(t)],
});
const resultTable: RichTextNode = {
  type: 'table',
  content: [
    {
      type: 'tableRow',
      content: [
        'STT',
        'Nội dung kết luận/nhiệm vụ',
        'Cơ quan chủ trì',
        'Thời hạn',
        'Kết quả thực hiện',
        'Ghi chú',
      ].map((t) => cell(t, true)),
    },
    {
      type: 'tableRow',
      content: [
        '1',
        'Rà soát, sắp xếp đơn vị hành chính cấp xã',
        'Phòng Nội vụ',
        'Quý I/2027',
        'Đang thực hiện',
        '',
      ].map((t) => cell(t)),
    },
  ],
};

const summaries: Record<DocumentType, string> = {
  'conclusion-notice': 'Kết luận tại phiên họp thứ nhất năm 2027',
  'coordination-programme': 'Phối hợp công tác năm 2027',
  minutes: 'Hội nghị triển khai nhiệm vụ năm 2027',
  invitation: 'Dự hội nghị triển khai nhiệm vụ năm 2027',
  'official-letter': 'V/v triển khai công tác phòng, chống dịch bệnh mùa đông xuân',
  report: 'Tình hình thực hiện nhiệm vụ năm 2026',
  plan: 'Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2027',
};

function bodyOf(type: DocumentType, party: boolean): RichTextNode {
  const end = party ? '.' : './.';
  return {
    type: 'doc',
    content: [
      heading('MỤC ĐÍCH, YÊU CẦU'),
      para(
        'Triển khai kịp thời, đồng bộ các nhiệm vụ được giao; phân công rõ cơ quan chủ trì, cơ quan phối hợp và thời hạn hoàn thành của từng nhiệm vụ.',
      ),
      heading('TỔ CHỨC THỰC HIỆN'),
      para(
        `Các cơ quan, đơn vị căn cứ ${documentTypeFacts[type].inText.toLocaleLowerCase('vi')} này triển khai thực hiện${end}`,
      ),
    ],
  };
}

const appendicesOf = (type: DocumentType): Appendix[] | undefined => {
  if (type === 'report' || type === 'plan')
    return [
      {
        title: 'Tình hình thực hiện các nhiệm vụ',
        body: { type: 'doc', content: [resultTable] },
        landscape: true,
      },
      {
        title: 'Danh mục văn bản đã ban hành',
        body: { type: 'doc', content: [para('Kế hoạch số 05/KH-UBND.')] },
      },
    ];
  if (type === 'invitation')
    return [
      {
        title: 'Danh sách đại biểu được mời',
        body: { type: 'doc', content: [para('1. Đại diện lãnh đạo các phòng, ban.')] },
      },
    ];
  return undefined;
};

/** One signature block for a body: its usual chain (the deputy's three-line chain for a UBND). */
function signerFor(
  body: Organization,
  personId: string,
  type: DocumentType,
  role: 'secretary' | 'chair' = 'chair',
): Signer {
  if (type === 'minutes') {
    const party = body.family === 'party';
    const position =
      role === 'secretary'
        ? party
          ? 'NGƯỜI GHI BIÊN BẢN'
          : 'THƯ KÝ'
        : party
          ? 'CHỦ TRÌ HỘI NGHỊ'
          : 'CHỦ TỌA';
    return { organizationId: body.id, position, personId };
  }
  const presets = signerPresetsFor(body);
  const preset = body.name.startsWith('Ủy ban nhân dân') ? presets[1] : presets[0];
  if (!preset) return { organizationId: body.id, position: 'THỦ TRƯỞNG', personId };
  return { ...signerFromPreset(preset, body.id), personId };
}

/** Loads the bodies and people, then drafts and issues one document per case. */
export function loadTypeMatrix(s: Services): MatrixCase[] {
  s.exchange.import({
    format: 'so-hop-exchange',
    version: 1,
    organizations: organizations.map((o) => ({ ...o, updatedAt: stamp })),
    people: people.map(([id, fullName]) => ({ id, fullName, updatedAt: stamp })),
  });
  s.register.setDefaultTermStart('2025-10-01');
  const byId = new Map(organizations.map((o) => [o.id, o]));
  const cases: MatrixCase[] = [];
  let n = 0;
  for (const type of documentTypes)
    for (const family of ['state', 'party'] as const)
      for (const joint of [false, true]) {
        n++;
        const issuerIds =
          family === 'state'
            ? joint
              ? [ids.ubndDL, ids.mttq]
              : [stateIssuer[type]]
            : joint
              ? [ids.huDL, ids.huTC]
              : [ids.huDL];
        const issuers = issuerIds.map((id) => byId.get(id)!);
        // Joint: one block per body, the lead body on the right (format spec §1.6, §2.5).
        const signing = joint ? [...issuers.slice(1), issuers[0]!] : issuers;
        const signers =
          type === 'minutes' && !joint
            ? [
                signerFor(issuers[0]!, people[1][0], type, 'secretary'),
                signerFor(issuers[0]!, people[0][0], type),
              ]
            : signing.map((body, i) =>
                signerFor(
                  body,
                  people[i % people.length]![0],
                  type,
                  joint && i === 0 ? 'secretary' : 'chair',
                ),
              );
        const rules = rulesFor(family);
        const symbol =
          family === 'party' && joint
            ? `${documentTypeFacts[type].partySymbol}/HUĐL-HUTC`
            : type === 'official-letter' && family === 'state'
              ? `${defaultSymbol(rules, type, issuers)}-VX`
              : defaultSymbol(rules, type, issuers);
        const addressees =
          type === 'official-letter'
            ? family === 'state'
              ? ['Phòng Y tế huyện;', 'Trung tâm Y tế huyện;', 'Ủy ban nhân dân các xã, thị trấn.']
              : ['Ban Thường vụ Tỉnh ủy Nghệ An']
            : type === 'report'
              ? [family === 'state' ? 'Ủy ban nhân dân tỉnh Nghệ An' : 'Ban Thường vụ Tỉnh ủy Nghệ An']
              : undefined;
        const appendices = appendicesOf(type);
        const draft: OfficialDocument = {
          id: `6f1d2a10-0000-4000-8000-${String(1000 + n).padStart(12, '0')}`,
          type,
          status: 'draft',
          issuerIds,
          symbol,
          place: byId.get(issuerIds[0]!)!.place ?? 'Nghệ An',
          summary: summaries[type],
          body: bodyOf(type, family === 'party'),
          signers,
          recipients:
            family === 'state' ? ['Như trên;', 'Lưu: VT, VX.'] : ['Như trên,', 'Lưu Văn phòng Huyện ủy.'],
          drafter: 'VX.05',
          ...(addressees ? { addressees } : {}),
          ...(appendices ? { appendices } : {}),
        };
        s.documents.saveDraft(draft);
        const issued: Stored<OfficialDocument> = s.documents.issue(draft.id, '2027-01-05');
        cases.push({
          name: `${String(n).padStart(2, '0')}-${type}-${family}-${joint ? 'joint' : 'single'}`,
          documentId: issued.id,
          type,
          family,
          joint,
        });
      }
  return cases;
}
