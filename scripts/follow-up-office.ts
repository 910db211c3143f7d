// A seeded office for the follow-up benchmark: meetings over ten years, five conclusions each (three of
// them tasks with a lead unit, maybe support units, a due date and a status that fits it), chaired by a
// few dozen leaders. Same seed, same data. Used by scripts/bench-tasks.ts.
import { addDays } from '../main/db/repos/task-filter';
import type { Services } from '../main/services';

/** mulberry32: a small seeded generator, enough for spreading test data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A UUID v4 drawn from the seeded generator. */
function uuid(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Number.parseInt(hex[16] ?? '0', 16) & 3) | 8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const units = [
  'Sở Nội vụ',
  'Sở Tài chính',
  'Sở Kế hoạch và Đầu tư',
  'Sở Xây dựng',
  'Sở Giao thông vận tải',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Sở Tài nguyên và Môi trường',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Công Thương',
  'Sở Tư pháp',
  'Sở Văn hóa và Thể thao',
  'Sở Lao động - Thương binh và Xã hội',
  'Sở Thông tin và Truyền thông',
  'Sở Khoa học và Công nghệ',
  'Công an tỉnh',
  'Bộ Chỉ huy Quân sự tỉnh',
  'Ban Quản lý Khu kinh tế Đông Nam',
  'Thanh tra tỉnh',
  'Văn phòng UBND tỉnh',
];
const tasksText = [
  'Rà soát, tham mưu UBND tỉnh ban hành kế hoạch cải cách hành chính năm tới',
  'Đẩy nhanh tiến độ giải phóng mặt bằng các dự án trọng điểm',
  'Hoàn thiện hồ sơ đề án sắp xếp đơn vị hành chính cấp xã',
  'Kiểm tra, xử lý dứt điểm các kiến nghị của cử tri',
  'Tổng hợp, báo cáo kết quả giải ngân vốn đầu tư công',
  'Xây dựng phương án phòng, chống thiên tai mùa mưa bão',
  'Tham mưu kế hoạch chuyển đổi số trong cơ quan nhà nước',
];
const leaderNames = [
  'Nguyễn Đức Trung',
  'Lê Hồng Vinh',
  'Bùi Đình Long',
  'Nguyễn Văn Đệ',
  'Hoàng Nghĩa Hiếu',
];

export interface FollowUpOffice {
  office: { id: string; name: string };
  organizations: { id: string; name: string }[];
  leaders: { id: string; fullName: string }[];
  meetings: number;
  conclusions: number;
  tasks: number;
}

const text = (t: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }],
});

/**
 * Imports `meetingCount` meetings ending around `today` (Vietnam date), in chunks of 2,000 (each chunk one
 * transaction, as a merge does).
 */
export function seedFollowUpOffice(
  services: Services,
  options: { meetings: number; today: string; seed?: number },
): FollowUpOffice {
  const next = random(options.seed ?? 20_261_123);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const organizations = units.map((name, i) => ({
    id: uuid(next),
    name,
    family: 'state' as const,
    symbol: `DV${i + 1}`,
  }));
  const office = {
    id: uuid(next),
    name: 'Văn phòng UBND tỉnh Nghệ An',
    family: 'state' as const,
    symbol: 'VPUB',
  };
  const leaders = Array.from({ length: 30 }, (_, i) => ({
    id: uuid(next),
    fullName: `${pick(leaderNames)} ${i + 1}`,
  }));
  const staff = Array.from({ length: 300 }, (_, i) => ({ id: uuid(next), fullName: `Chuyên viên ${i + 1}` }));
  services.exchange.import({
    format: 'so-hop-exchange',
    version: 1,
    organizations: [office, ...organizations],
    people: [...leaders, ...staff],
  });
  const spanDays = 3_650;
  const first = addDays(options.today, -spanDays);
  let conclusions = 0;
  let tasks = 0;
  for (let start = 0; start < options.meetings; start += 2_000) {
    const meetings = [];
    for (let i = start; i < Math.min(options.meetings, start + 2_000); i++) {
      const day = addDays(first, Math.floor((i / options.meetings) * spanDays));
      const hour = 7 + Math.floor(next() * 9);
      const list = Array.from({ length: 5 }, (_, j) => {
        const order = j + 1;
        if (j < 2)
          return {
            id: uuid(next),
            order,
            kind: j === 0 ? 'assessment' : 'direction',
            text: text(`Đánh giá ${order}`),
          };
        const due = addDays(day, 15 + Math.floor(next() * 120));
        const roll = next();
        const past = due < options.today;
        const status = past
          ? roll < 0.82
            ? 'done'
            : roll < 0.9
              ? 'in-progress'
              : roll < 0.95
                ? 'open'
                : 'cancelled'
          : roll < 0.4
            ? 'in-progress'
            : roll < 0.8
              ? 'open'
              : 'done';
        const lead = pick(organizations).id;
        const support = organizations.filter((o) => o.id !== lead && next() < 0.08).slice(0, 2);
        tasks++;
        return {
          id: uuid(next),
          order,
          kind: 'task',
          text: text(`${pick(tasksText)} (nhiệm vụ ${i + 1}.${order}).`),
          assignees: [
            { organizationId: lead, role: 'lead' },
            ...support.map((o) => ({ organizationId: o.id, role: 'support' })),
          ],
          dueDate: next() < 0.05 ? null : due,
          status,
          progress:
            status === 'open'
              ? []
              : [{ date: due < options.today ? due : day, note: 'Đã triển khai, đang tổng hợp kết quả.' }],
        };
      });
      conclusions += list.length;
      meetings.push({
        id: uuid(next),
        title: `Cuộc họp nghe báo cáo tiến độ số ${i + 1}`,
        kind: pick(['hoi-nghi', 'cuoc-hop', 'buoi-lam-viec', 'phien-hop']),
        startsAt: `${day}T${String(hour).padStart(2, '0')}:00:00+07:00`,
        organizerIds: [office.id],
        attendees: [
          { personId: pick(leaders).id, role: 'chair' },
          ...Array.from({ length: 4 }, () => ({ personId: pick(staff).id, role: 'attendee' })),
        ].filter((a, k, all) => all.findIndex((b) => b.personId === a.personId) === k),
        conclusions: list,
      });
    }
    services.exchange.import({ format: 'so-hop-exchange', version: 1, meetings });
  }
  return { office, organizations, leaders, meetings: options.meetings, conclusions, tasks };
}
