// Full-text search through the IPC call the app makes: Vietnamese folding, where a hit was found,
// ranking of accents typed exactly, phrases, exclusions, prefixes, filters, deleted meetings.
import { describe, expect, it } from 'vitest';
import { trackTestDbs } from '../../helpers/db';
import { hitsOf, ID, idsByKind, searchOffice, searchVia } from './fixture';

const { fresh } = trackTestDbs({ clock: true });

function office() {
  const t = fresh();
  t.services.exchange.import(searchOffice());
  return { t, search: searchVia(t.services) };
}

async function found(search: ReturnType<typeof searchVia>, text: string, extra: object = {}) {
  const result = await search({ text, ...extra });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('full-text search', () => {
  it('finds Nguyễn Đức Trung from "nguyen duc trung": the person, and the meeting he chaired', async () => {
    const { search } = office();
    const result = await found(search, 'nguyen duc trung');
    expect(idsByKind(result)).toMatchObject({ person: [ID.trung], meeting: [ID.giaoBan] });
    const meeting = result.groups.find((g) => g.kind === 'meeting')!.items[0]!;
    expect(meeting.field).toBe('attendees');
    expect(hitsOf(meeting.snippet)).toEqual(['Nguyễn', 'Đức', 'Trung']);
    expect(meeting.snippet.map((s) => s.text).join('')).toBe('Nguyễn Đức Trung — Chủ tịch UBND tỉnh');
    // The person's latest title of the day is shown under the name.
    const person = result.groups.find((g) => g.kind === 'person')!.items[0]!;
    expect(hitsOf(person.title)).toEqual(['Nguyễn', 'Đức', 'Trung']);
    expect(person.snippet.map((s) => s.text).join('')).toBe('Chủ tịch UBND tỉnh');
  });

  it('finds Đô Lương from "do luong" and from "ĐÔ LƯƠNG", in the meeting’s place', async () => {
    const { search } = office();
    for (const text of ['do luong', 'ĐÔ LƯƠNG', 'Đô Lương']) {
      const result = await found(search, text);
      expect(idsByKind(result).meeting, text).toEqual([ID.doLuong]);
      const hit = result.groups[0]!.items[0]!;
      expect(hit.field).toBe('place');
      expect(hitsOf(hit.snippet)).toEqual(['Đô', 'Lương']);
    }
  });

  it('finds hòa from hoà and hoà from hòa (old and new tone placement), and both from hoa', async () => {
    const { search } = office();
    const fromNew = idsByKind(await found(search, 'hoà'));
    const fromOld = idsByKind(await found(search, 'hòa'));
    expect(fromNew.person).toEqual([ID.hoa]); // Trần Thị Hòa
    expect(fromOld.person).toEqual([ID.hoa]);
    expect(fromNew.meeting).toContain(ID.hoaGiai); // "hoà giải" in the title, "hòa giải" in the minutes
    expect(fromOld.meeting).toContain(ID.hoaGiai);
    expect(idsByKind(await found(search, 'hoa')).meeting).toContain(ID.oldMeeting); // hoa đào
  });

  it('ranks the rows written with the accents typed first: hòa before hóa and hoa', async () => {
    const { search } = office();
    const result = await found(search, 'hòa');
    const meetings = result.groups.find((g) => g.kind === 'meeting')!.items;
    // hoà giải (title, so bm25 puts it before) and Trần Thị Hòa (attendee) are written hòa/hoà; the Tết
    // meeting has hoa in its title too, but only hoa and hóa: it comes last.
    expect(meetings.map((m) => [m.id, m.exact])).toEqual([
      [ID.hoaGiai, true],
      [ID.doLuong, true],
      [ID.oldMeeting, false],
    ]);
    // Typed without accents, no spelling is preferred: bm25 alone puts the titles holding the word first.
    const plain = (await found(search, 'hoa')).groups.find((g) => g.kind === 'meeting')!.items;
    expect(plain.map((m) => [m.id, m.exact])).toEqual([
      [ID.oldMeeting, false],
      [ID.hoaGiai, false],
      [ID.doLuong, false],
    ]);
  });

  it('finds a word that only the minutes hold, and says where: the minutes, the word as written', async () => {
    const { search } = office();
    const result = await found(search, 'vung trung');
    expect(idsByKind(result)).toEqual({ meeting: [ID.giaoBan] });
    const hit = result.groups[0]!.items[0]!;
    expect(hit.field).toBe('minutes');
    expect(hitsOf(hit.snippet)).toEqual(['vùng', 'trũng']);
    expect(hit.find).toBe('vùng');
    expect(hit.findContext).toMatch(/^vùng trũng huyện Nam Đàn/);
  });

  it('finds conclusions by their text and by their progress notes, documents by summary and body, programme items', async () => {
    const { search } = office();
    expect(idsByKind(await found(search, 'kho bac'))).toEqual({ conclusion: [ID.taskNoted] });
    const byNote = (await found(search, 'kho bac')).groups[0]!.items[0]!;
    expect(byNote).toMatchObject({ field: 'progress', meetingId: ID.giaoBan });
    expect(idsByKind(await found(search, 'de dieu'))).toEqual({ document: [ID.notice] });
    expect(idsByKind(await found(search, 'chuyen doi so'))).toEqual({ programme: [ID.programme] });
    expect(idsByKind(await found(search, '12/TB-UBND')).document).toEqual([ID.notice]);
  });

  it('finds a document by its number as printed, with the leading zero (05/TB-UBND)', async () => {
    const t = fresh();
    const exchange = searchOffice();
    const fifth = '0c0c0c0c-0000-4000-8000-0000000000b5';
    const documents = exchange.documents ?? [];
    const notice = documents.find((d) => d.id === ID.notice)!;
    documents.push({ ...notice, id: fifth, number: 5, summary: 'Thông báo số năm' });
    t.services.exchange.import(exchange);
    const search = searchVia(t.services);
    expect(idsByKind(await found(search, '05/TB-UBND')).document).toEqual([fifth]);
  });

  it('reads "phrases", -exclusions and prefixes', async () => {
    const { search } = office();
    // All three meetings of UBND mention "nông thôn mới" / "đầu tư công" in different places.
    expect(idsByKind(await found(search, '"nong thon moi"')).meeting).toEqual([ID.doLuong]);
    expect(idsByKind(await found(search, '"moi nong thon"')).meeting).toBeUndefined();
    expect(idsByKind(await found(search, 'giai ngan')).conclusion).toEqual([ID.taskNoted]);
    expect(idsByKind(await found(search, 'giai ngan -kho')).conclusion).toBeUndefined();
    expect(idsByKind(await found(search, 'chuye*')).programme).toEqual([ID.programme]);
    // As the user types, the last word is a prefix; one letter alone waits for the next.
    expect(idsByKind(await found(search, 'nguyen du', { asYouType: true })).person).toEqual([ID.trung]);
    expect(idsByKind(await found(search, 'nguyen du')).person).toBeUndefined();
    expect(await found(search, 'n', { asYouType: true })).toEqual({ groups: [], searched: false });
  });

  it('while typing, puts the records whose title holds the words first, then the newer', async () => {
    const { search } = office();
    // hòa is in two titles (2022, 2021) and in an attendee's name at Đô Lương (2023, the newest).
    const typing = await found(search, 'hoa', { asYouType: true });
    expect(idsByKind(typing).meeting).toEqual([ID.hoaGiai, ID.oldMeeting, ID.doLuong]);
    // A whole word typed with accents (a letter of the next one being typed) still ranks the rows written
    // so first: Đô Lương's Trần Thị Hòa before the title with hoa đào.
    const accented = await found(search, 'hòa g', { asYouType: true });
    expect(idsByKind(accented).meeting).toEqual([ID.hoaGiai, ID.doLuong, ID.oldMeeting]);
    expect(accented.groups[0]!.items.map((m) => m.exact)).toEqual([true, true, false]);
  });

  it('filters by year, kind and organization', async () => {
    const { search } = office();
    expect(idsByKind(await found(search, 'cong tac', { year: 2022 }))).toEqual({ meeting: [ID.hoaGiai] });
    expect(idsByKind(await found(search, 'nong thon moi', { kinds: ['conclusion'] }))).toEqual({
      conclusion: [ID.taskOther],
    });
    const bySoTaiChinh = idsByKind(await found(search, 'van hoa', { organizationId: ID.soTaiChinh }));
    expect(bySoTaiChinh).toEqual({ meeting: [ID.oldMeeting] });
    // A year has no people: only dated kinds come back.
    expect(idsByKind(await found(search, 'nguyen duc trung', { year: 2024 }))).toEqual({
      meeting: [ID.giaoBan],
    });
  });

  it('returns nothing from a deleted meeting: not the meeting, its conclusions or its attendees', async () => {
    const { t, search } = office();
    expect(idsByKind(await found(search, 'tháo gỡ'))).toMatchObject({
      meeting: [ID.giaoBan],
      conclusion: [ID.taskNoted],
    });
    t.services.meetings.delete(ID.giaoBan);
    const after = idsByKind(await found(search, 'tháo gỡ'));
    expect(after.meeting).toBeUndefined();
    expect(after.conclusion).toBeUndefined();
    expect(idsByKind(await found(search, 'nguyen duc trung'))).toEqual({ person: [ID.trung] });
    // Its documents went to the Thùng rác with it.
    expect(idsByKind(await found(search, 'de dieu'))).toEqual({});
    const left = t.db
      .prepare('SELECT count(*) AS n FROM search_keys WHERE ref_id = ? OR meeting_id = ?')
      .get(ID.giaoBan, ID.giaoBan) as { n: number };
    expect(left.n).toBe(0);
  });
});
