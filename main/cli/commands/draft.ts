// `draft --meeting ID --type TYPE [--issuer ORG_ID]…`: a draft of a document the meeting gives rise to,
// made as the app makes it (the same generator), saved, its id printed; warnings (a late giấy mời) too.
import { meetingDraftTypes, type MeetingDraftType } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { idSchema } from '../../../shared/exchange';
import { draftFromMeeting } from '../../documents';
import type { Command } from '../context';
import { meetingIdOption } from './documents';
import { services } from './services';

const USAGE = `draft --meeting ID --type ${meetingDraftTypes.join('|')} [--issuer ORG_ID]`;
const known: ReadonlySet<string> = new Set(meetingDraftTypes);

export const draftCommand: Command = {
  run(ctx) {
    const meetingId = meetingIdOption(ctx.options.meeting, USAGE);
    if (!meetingId) throw new AppError('E_USAGE', `Thiếu cuộc họp: ${USAGE}`);
    const type = ctx.options.type;
    if (!type || !known.has(type))
      throw new AppError(
        'E_USAGE',
        `${type ? `Loại văn bản không hợp lệ: "${type}"` : 'Thiếu loại văn bản'}. Chọn một trong: ${meetingDraftTypes.join(', ')}.`,
      );
    const issuerIds = ctx.options.issuer ?? [];
    for (const id of issuerIds)
      if (!idSchema.safeParse(id).success)
        throw new AppError('E_USAGE', `Mã cơ quan ban hành không hợp lệ: "${id}".`);
    if (issuerIds.length > 10) throw new AppError('E_USAGE', 'Tối đa 10 cơ quan ban hành.');
    const { document, warnings } = ctx.withDatabase(
      services((s) =>
        draftFromMeeting(s, meetingId, type as MeetingDraftType, issuerIds.length ? { issuerIds } : {}),
      ),
    );
    for (const w of warnings) ctx.io.err(`${w.code}: ${w.message}`);
    ctx.print(document.id, {
      ok: true,
      id: document.id,
      type: document.type,
      symbol: document.symbol ?? null,
      summary: document.summary,
      warnings,
    });
    return 0;
  },
};
