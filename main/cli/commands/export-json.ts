import { writeFileAtomic } from '../../files/atomic-write';
import type { Command } from '../context';
import { services } from './services';

export const exportJsonCommand: Command = {
  run(ctx) {
    const { meeting } = ctx.options;
    const out = ctx.checkedOut();
    const file = ctx.readDatabase(
      services((s) => (meeting ? s.exchange.exportMeeting(meeting) : s.exchange.exportAll())),
    );
    const json = `${JSON.stringify(file, null, 2)}\n`;
    if (!out) {
      ctx.io.out(json.trimEnd());
      return 0;
    }
    writeFileAtomic(out, json);
    const counts = {
      organizations: file.organizations?.length ?? 0,
      people: file.people?.length ?? 0,
      meetings: file.meetings?.length ?? 0,
      programmes: file.programmes?.length ?? 0,
      documents: file.documents?.length ?? 0,
    };
    ctx.print(
      `Đã xuất ${out}: ${counts.organizations} cơ quan, ${counts.people} cán bộ, ${counts.meetings} cuộc họp, ${counts.programmes} chương trình, ${counts.documents} văn bản.`,
      { ok: true, out, counts },
    );
    return 0;
  },
};
