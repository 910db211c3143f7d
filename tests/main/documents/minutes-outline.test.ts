// A biên bản started from the meeting's outline (meetings.minutesOutline, through dispatch as the screen
// calls it): the outline holds the meeting's facts, and the exported biên bản, parsed back from its DOCX,
// states time, place, participants, chair and secretary once (in its header fields), with the typed
// discussion and the Kết luận heading kept.
import { describe, expect, it } from 'vitest';
import { demoIds } from '../../../main/demo/seed-data';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import type { Channel, InputOf, OutputOf } from '../../../shared/ipc';
import { richTextToPlain, type RichTextNode } from '../../../shared/rich-text';
import { trackTestDbs } from '../../helpers/db';
import { readDocx } from './docx-reader';

const { withDemo } = trackTestDbs({ clock: true });

function caller(t: ReturnType<typeof withDemo>) {
  const handlers = createHandlers(t.services, { version: 'test', databasePath: t.file });
  return async <C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> => {
    const result = await dispatch(handlers, channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as OutputOf<C>;
  };
}

const paragraph = (t: string): RichTextNode => ({ type: 'paragraph', content: [{ type: 'text', text: t }] });
const count = (all: string[], re: RegExp) => all.filter((t) => re.test(t)).length;

describe('a biên bản started from the meeting outline', () => {
  it('outlines the meeting from its data and prints each of its facts once in the exported biên bản', async () => {
    const t = withDemo();
    const call = caller(t);
    const meeting = await call('meetings.get', { id: demoIds.meeting2021 });
    const chair = meeting.attendees!.find((a) => a.role === 'chair')!;
    const secretary = meeting.attendees!.find((a) => a.role === 'secretary')!;
    const chairName = t.services.people.get(chair.personId).fullName;
    const secretaryName = t.services.people.get(secretary.personId).fullName;

    const outline = await call('meetings.minutesOutline', { id: meeting.id });
    const lines = (outline.content ?? []).map((b) => richTextToPlain(b));
    expect(lines[0]).toBe('Thời gian bắt đầu: 14 giờ 00, ngày 14 tháng 01 năm 2021.');
    expect(lines[1]).toBe(`Địa điểm: ${meeting.location!.replace(/\.$/, '')}.`);
    expect(lines.some((l) => l.startsWith(`Chủ trì (chủ tọa): đồng chí ${chairName}`))).toBe(true);
    expect(lines.some((l) => l.startsWith(`Thư ký (người ghi biên bản): đồng chí ${secretaryName}`))).toBe(
      true,
    );
    const headings = (outline.content ?? []).filter((b) => b.type === 'heading').map(richTextToPlain);
    expect(headings[0]).toBe('Nội dung');
    expect(headings.at(-1)).toBe('Kết luận');

    // The secretary types the discussion under the outline's items, and saves.
    const content = [...(outline.content ?? [])];
    const firstItem = content.findIndex((b) => b.type === 'heading' && b.attrs?.level === 2);
    content.splice(firstItem + 1, 1, paragraph('Đồng chí Trưởng ban trình bày báo cáo tổng kết năm 2020.'));
    await call('meetings.save', { ...meeting, minutes: { type: 'doc', content } });

    const draft = await call('documents.generateFromMeeting', { meetingId: meeting.id, type: 'minutes' });
    const file = await call('documents.exportDocx', { id: draft.id });
    const view = await readDocx(Buffer.from(file.dataBase64, 'base64'));
    const all = view.paragraphs.map((p) => p.text.replace(/[\n\u00a0]/g, ' ').trim()).filter(Boolean);
    expect(count(all, /^Thời gian/)).toBe(1);
    expect(count(all, /^Địa điểm/)).toBe(1);
    expect(count(all, /^Thành phần tham dự/)).toBe(1);
    expect(count(all, /^Chủ trì/)).toBe(1);
    expect(count(all, /^Thư ký/)).toBe(1);
    expect(count(all, /^Nội dung/)).toBe(1);
    expect(count(all, new RegExp(`${chairName} -`))).toBe(1);
    expect(count(all, new RegExp(`${secretaryName} -`))).toBe(1);
    for (const a of meeting.attendees!.filter((x) => x.role === 'attendee')) {
      const name = t.services.people.get(a.personId).fullName;
      expect(count(all, new RegExp(`đồng chí ${name}`)), name).toBe(1);
    }
    expect(all).toContain('Đồng chí Trưởng ban trình bày báo cáo tổng kết năm 2020.');
    expect(all.some((l) => /^\d\. Kết luận$/.test(l))).toBe(true);
  });

  it('names the items of a programme the meeting reviews, and the conclusions already recorded', async () => {
    const t = withDemo();
    const call = caller(t);
    const [summary] = await call('programmes.list', {});
    const programme = await call('programmes.get', { id: summary!.id });
    await call('programmes.save', { ...programme, reviewMeetingId: demoIds.meeting2021 });
    const outline = await call('meetings.minutesOutline', { id: demoIds.meeting2021 });
    const headings = (outline.content ?? [])
      .filter((b) => b.type === 'heading' && b.attrs?.level === 2)
      .map(richTextToPlain);
    const first = richTextToPlain([...programme.items].sort((a, b) => a.order - b.order)[0]!.content)
      .replace(/\s+/g, ' ')
      .trim();
    expect(headings[0]).toBe(first.length > 200 ? `${first.slice(0, 199)}…` : first);
    expect(headings).toHaveLength(programme.items.length + 1);
    const meeting = await call('meetings.get', { id: demoIds.meeting2021 });
    const last = outline.content!.at(-1)!;
    if (meeting.conclusions?.length) {
      expect(last.type).toBe('orderedList');
      expect(last.content).toHaveLength(meeting.conclusions.length);
    } else expect(richTextToPlain(last)).toBe('');
  });

  it('refuses an unknown meeting with a Vietnamese message and a code', async () => {
    const t = withDemo();
    const handlers = createHandlers(t.services, { version: 'test', databasePath: t.file });
    const result = await dispatch(handlers, 'meetings.minutesOutline', {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toMatch(/^E_/);
  });
});
