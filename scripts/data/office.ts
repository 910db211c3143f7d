// A generated office: its bodies and people, then year by year its meetings (attendees, minutes,
// conclusions with tasks and progress notes), the thông báo kết luận of a third of them, and a few
// coordination programmes. Deterministic: the same options give the same records.
import type { ExchangeFile } from '../../shared/exchange';
import { formatVietnamInstant } from '../../shared/datetime';
import { createRandom, type Random } from './random';
import {
  paragraph,
  rareName,
  richLine,
  richProse,
  sentence,
  VOCABULARY,
  withToneStyle,
  type ToneStyle,
} from './text';
import {
  BODIES,
  DISTRICTS,
  FAMILY_NAMES,
  GIVEN_NAMES,
  MEETING_OPENERS,
  MIDDLE_NAMES,
  PHRASES,
  POSITIONS,
} from './vocabulary';

export interface OfficeOptions {
  years: number;
  seed?: number;
  firstYear?: number;
  meetingsPerYear?: number;
  /** Words of each meeting's minutes. */
  minutesWords?: number;
  attendeesPerMeeting?: number;
  conclusionsPerMeeting?: number;
  people?: number;
  /** Meetings per yielded chunk. */
  chunk?: number;
  /** Status of tasks is decided as of this day. */
  today?: string;
}

type Meeting = NonNullable<ExchangeFile['meetings']>[number];
type Document = NonNullable<ExchangeFile['documents']>[number];
type Programme = NonNullable<ExchangeFile['programmes']>[number];
type Body = { id: string; name: string; symbol: string; family: 'state' | 'party' };
type Person = { id: string; fullName: string; bodyIndex: number; position: string };

export const TEN_YEARS: Required<Omit<OfficeOptions, 'years'>> = {
  seed: 20_160_104,
  firstYear: 2016,
  meetingsPerYear: 2_000,
  minutesWords: 3_000,
  attendeesPerMeeting: 20,
  conclusionsPerMeeting: 5,
  people: 1_500,
  chunk: 200,
  today: '2026-01-15',
};

const pad = (n: number) => String(n).padStart(2, '0');
const dayString = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDays = (date: string, days: number) =>
  dayString(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000);

function directory(r: Random, people: number): { bodies: Body[]; persons: Person[]; file: ExchangeFile } {
  const bodies = BODIES.map(([name, symbol, family]) => ({ id: r.uuid(), name, symbol, family }));
  const names = new Set<string>();
  const persons: Person[] = [];
  while (persons.length < people) {
    const fullName = `${r.zipf(FAMILY_NAMES)} ${r.pick(MIDDLE_NAMES)} ${r.pick(GIVEN_NAMES)}`;
    // A few namesakes, as real directories have.
    if (names.has(fullName) && !r.chance(0.05)) continue;
    names.add(fullName);
    persons.push({ id: r.uuid(), fullName, bodyIndex: r.int(bodies.length), position: r.pick(POSITIONS) });
  }
  const stamp = '2016-01-01T08:00:00+07:00';
  return {
    bodies,
    persons,
    file: {
      format: 'so-hop-exchange',
      version: 1,
      organizations: bodies.map((b) => ({
        id: b.id,
        updatedAt: stamp,
        name: b.name,
        symbol: b.symbol,
        family: b.family,
        place: 'Nghệ An',
      })),
      people: persons.map((p) => ({ id: p.id, updatedAt: stamp, fullName: p.fullName })),
    },
  };
}

/** Working days of a year, Monday to Friday. */
function workingDays(year: number): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
    const wd = new Date(t).getUTCDay();
    if (wd !== 0 && wd !== 6) days.push(dayString(t));
  }
  return days;
}

interface Context {
  r: Random;
  o: Required<OfficeOptions>;
  bodies: Body[];
  persons: Person[];
  numbers: Map<string, number>;
}

function meeting(c: Context, day: string, slot: number): { meeting: Meeting; document: Document | null } {
  const { r, o, bodies, persons } = c;
  const style: ToneStyle = r.chance(0.3) ? 'new' : 'old';
  const [opener, kind] = r.pick(MEETING_OPENERS);
  const year = Number(day.slice(0, 4));
  // The subject: a few phrases its title, minutes and conclusions keep coming back to.
  const topic = [r.pick(PHRASES), r.pick(PHRASES), r.pick(VOCABULARY)];
  const title = withToneStyle(
    `${opener} ${topic[0]} ${topic[1]} tháng ${Number(day.slice(5, 7))} năm ${year}`,
    style,
  );
  const hour = [7, 8, 9, 14, 15][slot % 5] as number;
  const startsAt = `${day}T${pad(hour)}:${slot % 2 ? '30' : '00'}:00+07:00`;
  const organizer = r.int(bodies.length);
  const chair = r.pick(persons);
  const attendees = Array.from({ length: o.attendeesPerMeeting - 2 + r.int(5) }, (_, i) => {
    const p = i === 0 ? chair : r.pick(persons);
    const body = bodies[p.bodyIndex] as Body;
    return {
      personId: p.id,
      role: i === 0 ? ('chair' as const) : i === 1 ? ('secretary' as const) : ('attendee' as const),
      position: withToneStyle(`${p.position} ${body.name}`, style),
      organizationId: body.id,
    };
  }).filter((a, i, all) => all.findIndex((b) => b.personId === a.personId) === i);
  const conclusions = Array.from({ length: o.conclusionsPerMeeting }, (_, i) => {
    const conclusionKind = i === 0 ? 'assessment' : i < o.conclusionsPerMeeting - 2 ? 'direction' : 'task';
    const text = richLine(withToneStyle(sentence(r, 18 + r.int(20), topic), style));
    if (conclusionKind !== 'task') return { id: r.uuid(), order: i + 1, kind: conclusionKind, text };
    const dueDate = addDays(day, 15 + r.int(90));
    const late = dueDate < o.today;
    const status = late ? (r.chance(0.8) ? 'done' : 'in-progress') : r.pick(['open', 'in-progress'] as const);
    const lead = bodies[r.int(bodies.length)] as Body;
    return {
      id: r.uuid(),
      order: i + 1,
      kind: conclusionKind,
      text,
      assignees: [
        { organizationId: lead.id, role: 'lead' as const },
        ...(r.chance(0.5)
          ? [{ organizationId: (bodies[r.int(bodies.length)] as Body).id, role: 'support' as const }]
          : []),
      ].filter((a, j, all) => all.findIndex((b) => b.organizationId === a.organizationId) === j),
      dueDate,
      status,
      progress: Array.from({ length: r.int(3) }, (_, j) => ({
        date: addDays(day, 5 + j * 10),
        note: withToneStyle(sentence(r, 12 + r.int(10)), style),
      })),
    };
  });
  const updatedAt = formatVietnamInstant(Date.parse(startsAt) + 3 * 86_400_000);
  const record: Meeting = {
    id: r.uuid(),
    updatedAt,
    title,
    kind,
    startsAt,
    endsAt: null,
    location: r.chance(0.7)
      ? 'Phòng họp số 1, Trụ sở UBND tỉnh'
      : `Hội trường UBND huyện ${r.pick(DISTRICTS)}`,
    organizerIds: [(bodies[organizer] as Body).id],
    attendees,
    attendeeGroups: r.chance(0.4)
      ? ['Đại diện lãnh đạo các sở, ngành', `Lãnh đạo UBND huyện ${r.pick(DISTRICTS)}`]
      : [],
    minutes: richProse(r, o.minutesWords, style, topic),
    conclusions: conclusions as Meeting['conclusions'],
  };
  return { meeting: record, document: r.chance(1 / 3) ? notice(c, record, organizer, day, style) : null };
}

function notice(c: Context, m: Meeting, organizer: number, day: string, style: ToneStyle): Document {
  const { r, bodies } = c;
  const body = bodies[organizer] as Body;
  const issuedOn = addDays(day, 1 + r.int(5));
  const key = `${body.id}:${issuedOn.slice(0, 4)}`;
  const number = (c.numbers.get(key) ?? 0) + 1;
  c.numbers.set(key, number);
  const paragraphs = Array.from({ length: 5 + r.int(4) }, () => ({
    type: 'paragraph',
    content: [{ type: 'text', text: withToneStyle(paragraph(r, 4, [m.title]), style) }],
  }));
  return {
    id: r.uuid(),
    updatedAt: `${issuedOn}T17:00:00+07:00`,
    type: 'conclusion-notice',
    issuerIds: [body.id],
    number,
    symbol: `TB-${body.symbol}`,
    issuedOn,
    place: 'Nghệ An',
    summary: `Kết luận tại ${m.title.charAt(0).toLowerCase()}${m.title.slice(1)}`,
    body: { type: 'doc', content: paragraphs },
    meetingId: m.id,
    status: 'issued',
    signers: [{ organizationId: body.id, authority: 'TL', position: 'Chánh Văn phòng' }],
    recipients: ['Như trên', 'Lưu: VT'],
  };
}

function programmes(c: Context, year: number): Programme[] {
  const { r, bodies } = c;
  return Array.from({ length: 3 }, () => {
    const parties = [bodies[r.int(bodies.length)] as Body, bodies[r.int(bodies.length)] as Body];
    if (parties[0] === parties[1])
      parties[1] = bodies[(bodies.indexOf(parties[0] as Body) + 1) % bodies.length] as Body;
    return {
      id: r.uuid(),
      updatedAt: `${year}-01-20T08:00:00+07:00`,
      title: `Chương trình phối hợp công tác năm ${year} về ${r.zipf(PHRASES)}`,
      year,
      partyIds: parties.map((p) => p.id),
      items: Array.from({ length: 10 }, (_, i) => ({
        order: i + 1,
        content: richLine(`${sentence(r, 14)} ${rareName(r)}`),
        leadIds: [(parties[i % 2] as Body).id],
        supportIds: [(parties[(i + 1) % 2] as Body).id],
        timing: `Quý ${1 + (i % 4)} năm ${year}`,
      })),
    };
  });
}

/** The office's records, as exchange files: the directory first, then chunks of meetings in date order. */
export function* generateOffice(options: OfficeOptions): Generator<ExchangeFile> {
  const o = { ...TEN_YEARS, ...options } as Required<OfficeOptions>;
  const r = createRandom(o.seed);
  const { bodies, persons, file } = directory(r, o.people);
  yield file;
  const c: Context = { r, o, bodies, persons, numbers: new Map() };
  for (let year = o.firstYear; year < o.firstYear + o.years; year++) {
    const days = workingDays(year);
    let meetings: Meeting[] = [];
    let documents: Document[] = [];
    const flush = function* (): Generator<ExchangeFile> {
      if (meetings.length) yield { format: 'so-hop-exchange', version: 1, meetings, documents };
      meetings = [];
      documents = [];
    };
    for (let i = 0; i < o.meetingsPerYear; i++) {
      const day = days[Math.floor((i * days.length) / o.meetingsPerYear)] as string;
      const made = meeting(c, day, i);
      meetings.push(made.meeting);
      if (made.document) documents.push(made.document);
      if (meetings.length >= o.chunk) yield* flush();
    }
    yield* flush();
    yield { format: 'so-hop-exchange', version: 1, programmes: programmes(c, year) };
  }
}
