// A small office for the search tests: names, places and words chosen so that each test's answer is
// known (Nguyễn Đức Trung, Đô Lương, hòa/hoà, a word only the minutes hold).
import { createHandlers } from '../../../main/ipc/handlers';
import { dispatch } from '../../../main/ipc/dispatch';
import type { Services } from '../../../main/services';
import type { ExchangeFile } from '../../../shared/exchange';
import type { SearchQuery, SearchResult } from '../../../shared/search';
import { plainToRichText } from '../../../shared/rich-text';
import type { Result } from '../../../shared/result';

export const ID = {
  ubnd: '0a000000-0000-4000-8000-000000000001',
  soTaiChinh: '0a000000-0000-4000-8000-000000000002',
  trung: '0b000000-0000-4000-8000-000000000001',
  hoa: '0b000000-0000-4000-8000-000000000002',
  binh: '0b000000-0000-4000-8000-000000000003',
  giaoBan: '0c000000-0000-4000-8000-000000000001',
  doLuong: '0c000000-0000-4000-8000-000000000002',
  hoaGiai: '0c000000-0000-4000-8000-000000000003',
  oldMeeting: '0c000000-0000-4000-8000-000000000004',
  taskNoted: '0d000000-0000-4000-8000-000000000001',
  taskOther: '0d000000-0000-4000-8000-000000000002',
  direction: '0d000000-0000-4000-8000-000000000003',
  notice: '0e000000-0000-4000-8000-000000000001',
  programme: '0f000000-0000-4000-8000-000000000001',
} as const;

const stamp = '2024-06-01T08:00:00+07:00';

export function searchOffice(): ExchangeFile {
  return {
    format: 'so-hop-exchange',
    version: 1,
    organizations: [
      {
        id: ID.ubnd,
        updatedAt: stamp,
        name: 'Ủy ban nhân dân tỉnh Nghệ An',
        symbol: 'UBND',
        family: 'state',
      },
      { id: ID.soTaiChinh, updatedAt: stamp, name: 'Sở Tài chính', symbol: 'STC', family: 'state' },
    ],
    people: [
      { id: ID.trung, updatedAt: stamp, fullName: 'Nguyễn Đức Trung' },
      { id: ID.hoa, updatedAt: stamp, fullName: 'Trần Thị Hòa' },
      { id: ID.binh, updatedAt: stamp, fullName: 'Lê Văn Bình' },
    ],
    meetings: [
      {
        id: ID.giaoBan,
        updatedAt: stamp,
        title: 'Hội nghị giao ban công tác tháng 5 năm 2024',
        kind: 'hoi-nghi',
        startsAt: '2024-05-20T08:00:00+07:00',
        location: 'Phòng họp số 1, Trụ sở UBND tỉnh',
        organizerIds: [ID.ubnd],
        attendees: [
          { personId: ID.trung, role: 'chair', position: 'Chủ tịch UBND tỉnh', organizationId: ID.ubnd },
          {
            personId: ID.binh,
            role: 'attendee',
            position: 'Giám đốc Sở Tài chính',
            organizationId: ID.soTaiChinh,
          },
        ],
        attendeeGroups: ['Lãnh đạo các sở, ngành'],
        minutes: plainToRichText(
          [
            'I. Tình hình chung',
            'Các đơn vị báo cáo kết quả thực hiện nhiệm vụ tháng 5.',
            'II. Ý kiến thảo luận',
            'Đồng chí Giám đốc Sở Tài chính nêu vướng mắc về thủ tục thanh toán vốn đầu tư công, đề nghị tháo gỡ chậm nhất trong tháng sáu; vùng trũng huyện Nam Đàn thường xuyên bị ngập úng khi mưa lớn.',
          ].join('\n'),
        ),
        conclusions: [
          {
            id: ID.taskNoted,
            order: 1,
            kind: 'task',
            text: plainToRichText('Sở Tài chính chủ trì tháo gỡ vướng mắc giải ngân vốn đầu tư công.'),
            assignees: [{ organizationId: ID.soTaiChinh, role: 'lead' }],
            dueDate: '2024-06-30',
            status: 'in-progress',
            progress: [{ date: '2024-06-10', note: 'Đã làm việc với Kho bạc Nhà nước tỉnh.' }],
          },
          {
            id: ID.direction,
            order: 2,
            kind: 'direction',
            text: plainToRichText('Các sở, ngành tiếp tục đẩy mạnh cải cách hành chính.'),
          },
        ],
      },
      {
        id: ID.doLuong,
        updatedAt: stamp,
        title: 'Buổi làm việc với huyện về xây dựng nông thôn mới',
        kind: 'buoi-lam-viec',
        startsAt: '2023-09-12T14:00:00+07:00',
        location: 'Hội trường UBND huyện Đô Lương',
        organizerIds: [ID.ubnd],
        attendees: [{ personId: ID.hoa, role: 'attendee', position: 'Phó Chủ tịch UBND huyện' }],
        minutes: plainToRichText('Huyện báo cáo kết quả xây dựng nông thôn mới năm 2023.'),
        conclusions: [
          {
            id: ID.taskOther,
            order: 1,
            kind: 'task',
            text: plainToRichText('Huyện hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới.'),
            assignees: [{ organizationId: ID.ubnd, role: 'lead' }],
            dueDate: '2023-12-31',
            status: 'open',
            progress: [],
          },
        ],
      },
      {
        id: ID.hoaGiai,
        updatedAt: stamp,
        title: 'Cuộc họp về công tác hoà giải ở cơ sở',
        kind: 'cuoc-hop',
        startsAt: '2022-03-03T08:00:00+07:00',
        organizerIds: [ID.ubnd],
        minutes: plainToRichText('Công tác văn hóa và hòa giải được duy trì.'),
      },
      {
        id: ID.oldMeeting,
        updatedAt: stamp,
        title: 'Cuộc họp về hoa đào ngày Tết',
        kind: 'cuoc-hop',
        startsAt: '2021-01-20T08:00:00+07:00',
        organizerIds: [ID.soTaiChinh],
        minutes: plainToRichText('Chợ hoa xuân năm nay đông vui; văn hóa ngày Tết.'),
      },
    ],
    programmes: [
      {
        id: ID.programme,
        updatedAt: stamp,
        title: 'Chương trình phối hợp công tác năm 2024',
        year: 2024,
        partyIds: [ID.ubnd, ID.soTaiChinh],
        items: [
          {
            order: 1,
            content: plainToRichText('Phối hợp rà soát danh mục dự án chuyển đổi số.'),
            timing: 'Quý II',
          },
        ],
      },
    ],
    documents: [
      {
        id: ID.notice,
        updatedAt: stamp,
        type: 'conclusion-notice',
        issuerIds: [ID.ubnd],
        number: 12,
        symbol: 'TB-UBND',
        issuedOn: '2024-05-22',
        summary: 'Kết luận tại hội nghị giao ban tháng 5 năm 2024',
        body: plainToRichText(
          'Giao các sở tập trung giải ngân vốn đầu tư công; bảo đảm an toàn đê điều mùa mưa bão.',
        ),
        meetingId: ID.giaoBan,
        status: 'issued',
      },
    ],
  };
}

/** The search call as the app makes it: through the IPC contract's validation and handler. */
export function searchVia(services: Services) {
  const handlers = createHandlers(services, { version: 'test', databasePath: ':memory:' });
  return async (query: SearchQuery): Promise<Result<SearchResult>> =>
    (await dispatch(handlers, 'search.query', query)) as Result<SearchResult>;
}

/** The ids of each kind's results, in order. */
export function idsByKind(result: SearchResult): Record<string, string[]> {
  return Object.fromEntries(result.groups.map((g) => [g.kind, g.items.map((i) => i.id)]));
}

/** The words marked as hits in a segment list. */
export const hitsOf = (segments: { text: string; hit?: true }[]): string[] =>
  segments.filter((s) => s.hit).map((s) => s.text);
