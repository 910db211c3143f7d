// Usual Nơi nhận through the IPC contract, as the document form offers them: learned from the lines the
// issuing body put on the documents it issued (most frequent first; drafts and other bodies' documents
// do not count), and the units of the meeting the document comes from.
import { describe, expect, it } from 'vitest';
import { demoIds } from '../../../main/demo/seed-data';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import { addRecipients } from '../../../shared/recipients';
import type { RecipientSuggestions } from '../../../shared/recipients';
import { trackTestDbs, type TestDb } from '../../helpers/db';

const { withDemo } = trackTestDbs({ clock: true });

let counter = 0;
function withRecipients(t: TestDb, issuerId: string, recipients: string[], issue = true) {
  counter++;
  const doc = t.services.documents.saveDraft({
    id: `00000000-0000-4000-a000-${String(counter).padStart(12, '0')}`,
    type: 'conclusion-notice',
    issuerIds: [issuerId],
    summary: `Thông báo ${counter}`,
    body: { type: 'doc', content: [] },
    status: 'draft',
    signers: [{ organizationId: issuerId, position: 'CHỦ TỊCH', personId: demoIds.leDinhSon }],
    recipients,
  });
  if (issue) t.services.documents.issue(doc.id, `2026-0${counter % 9 || 1}-10`);
}

async function suggest(t: TestDb, input: { issuerId: string; meetingId?: string }) {
  const handlers = createHandlers(t.services, { version: 'test', databasePath: t.file });
  const result = await dispatch(handlers, 'documents.usualRecipients', input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as RecipientSuggestions;
}

describe('usual recipients, through dispatch', () => {
  it('offers the lines the issuer used most, however punctuated, and only its issued documents’', async () => {
    const t = withDemo();
    withRecipients(t, demoIds.vpub, ['Sở Nội vụ;', 'Sở Tài chính;', 'Lưu: VT.']);
    withRecipients(t, demoIds.vpub, ['- Sở Nội vụ;', 'Lưu: VT.']);
    withRecipients(t, demoIds.vpub, ['sở nội vụ,', 'Sở Y tế;', 'Lưu: VT.']);
    withRecipients(t, demoIds.vpub, ['Sở Xây dựng;'], false); // a draft
    withRecipients(t, demoIds.ubnd, ['Công an tỉnh;', 'Lưu: VT.']); // another body
    const { usual } = await suggest(t, { issuerId: demoIds.vpub });
    // Sở Nội vụ and Lưu: VT three times each, in the wording of their latest use.
    expect(usual.slice(0, 2).map((u) => [u.text, u.count])).toEqual(
      expect.arrayContaining([
        ['sở nội vụ', 3],
        ['Lưu: VT', 3],
      ]),
    );
    expect(usual[2]?.count).toBe(1);
    const texts = usual.map((u) => u.text);
    expect(texts).toContain('Sở Tài chính');
    expect(texts).toContain('Sở Y tế');
    expect(texts).not.toContain('Sở Xây dựng');
    expect(texts).not.toContain('Công an tỉnh');
  });

  it('offers the meeting’s units without the issuer itself', async () => {
    const t = withDemo();
    const { meetingUnits } = await suggest(t, { issuerId: demoIds.duk, meetingId: demoIds.meeting2021 });
    expect(meetingUnits).toEqual([
      'Văn phòng Ủy ban nhân dân tỉnh Nghệ An',
      'Ủy ban nhân dân tỉnh Nghệ An',
      'Hội đồng nhân dân tỉnh Nghệ An',
    ]);
    const again = await suggest(t, { issuerId: demoIds.ubnd, meetingId: demoIds.meeting2021 });
    expect(again.meetingUnits).not.toContain('Ủy ban nhân dân tỉnh Nghệ An');
  });

  it('refuses an unknown issuer with E_NOT_FOUND', async () => {
    const t = withDemo();
    const handlers = createHandlers(t.services, { version: 'test', databasePath: t.file });
    const result = await dispatch(handlers, 'documents.usualRecipients', {
      issuerId: '00000000-0000-4000-8000-00000000dead',
    });
    expect(result.ok ? null : result.error.code).toBe('E_NOT_FOUND');
  });
});

describe('adding suggested recipients to the lines', () => {
  it('adds before the archive line, skips those already there, and keeps one archive line', () => {
    expect(
      addRecipients(['Sở Nội vụ;', 'Lưu: VT.'], ['Sở Tài chính', 'sở nội vụ', 'Lưu: VT, TH'], ';'),
    ).toEqual(['Sở Nội vụ;', 'Sở Tài chính;', 'Lưu: VT.']);
    expect(addRecipients([''], ['Lưu Văn phòng', 'Ban Tổ chức Tỉnh ủy'], ',')).toEqual([
      'Ban Tổ chức Tỉnh ủy,',
      'Lưu Văn phòng.',
    ]);
  });
});
