// `documents [--meeting ID]`: the documents (drafts and issued), with id, type, number and trích yếu; of
// one meeting with --meeting.
import type { DocumentSummary } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { idSchema } from '../../../shared/exchange';
import type { Command } from '../context';
import { documentTypeLabels } from '../../../shared/document-labels';
import { services } from './services';

/** A meeting id as typed: refused with E_USAGE unless it is an id. */
export function meetingIdOption(value: string | undefined, usage: string): string | undefined {
  if (value === undefined) return undefined;
  if (!idSchema.safeParse(value).success)
    throw new AppError('E_USAGE', `Mã cuộc họp không hợp lệ: "${value}" (${usage}).`);
  return value;
}

export const documentsCommand: Command = {
  run(ctx) {
    const meetingId = meetingIdOption(ctx.options.meeting, 'documents --meeting ID');
    const rows = ctx.readDatabase(
      services((s) => {
        if (meetingId) s.meetings.get(meetingId); // E_NOT_FOUND for a meeting that does not exist
        const items: DocumentSummary[] = [];
        for (let offset = 0; ; offset += 500) {
          const page = s.documents.list({ ...(meetingId ? { meetingId } : {}), offset, limit: 500 });
          items.push(...page.items);
          if (items.length >= page.total || page.items.length === 0) break;
        }
        return items.map((d) => ({
          id: d.id,
          type: d.type,
          status: d.status,
          number: d.number,
          cited: d.printedNumber,
          issuedOn: d.issuedOn,
          summary: d.summary,
          meetingId: d.meetingId,
        }));
      }),
    );
    const human = rows.length
      ? rows
          .map((r) =>
            [
              r.id,
              documentTypeLabels[r.type],
              r.cited ?? 'dự thảo',
              r.issuedOn ? r.issuedOn.split('-').reverse().join('/') : '',
              r.summary,
            ]
              .filter(Boolean)
              .join('  '),
          )
          .join('\n')
      : 'Chưa có văn bản nào.';
    ctx.print(human, { ok: true, documents: rows });
    return 0;
  },
};
