// `tasks [--overdue] [--due-within DAYS] [--organization ID] [--json]`: open tasks across meetings, the
// most urgent first, as the app's Kết luận & nhiệm vụ lists them.
import { todayVietnam } from '../../../shared/datetime';
import { AppError } from '../../../shared/errors';
import { idSchema } from '../../../shared/exchange';
import type { TaskListQuery } from '../../../shared/tasks';
import { addDays } from '../../db/repos/task-filter';
import type { Command } from '../context';
import { parseCliDays } from '../dates';
import { services } from './services';

const LIMIT = 500;
const dmy = (d: string | null) => (d ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : '—');

export const tasksCommand: Command = {
  run(ctx) {
    const { overdue, dueWithin, organization } = ctx.options;
    if (organization !== undefined && !idSchema.safeParse(organization).success)
      throw new AppError('E_USAGE', `Mã đơn vị không hợp lệ: "${organization}" (phải là UUID).`);
    const today = todayVietnam();
    const days = dueWithin === undefined ? undefined : parseCliDays(dueWithin, '--due-within');
    // --overdue alone: past their date; --due-within alone: from today to DAYS on; both: either.
    const query: TaskListQuery = { filter: 'open', limit: LIMIT };
    if (overdue && days === undefined) query.filter = 'overdue';
    if (days !== undefined) {
      query.dueTo = addDays(today, days);
      if (!overdue) query.dueFrom = today;
    }
    if (organization) query.organizationId = organization;
    const found = ctx.withDatabase(
      services((s) => {
        if (organization && !s.ctx.repos.organizations.get(organization))
          throw new AppError('E_NOT_FOUND', `Không tìm thấy đơn vị (mã ${organization}).`);
        const page = s.tasks.list(query);
        const names = new Map(s.organizations.list({}).map((o) => [o.id, o.name]));
        return { page, names };
      }),
    );
    const { page, names } = found;
    const unit = (ids: string[]) => ids.map((id) => names.get(id) ?? id).join('; ');
    const lines = [
      `Nhiệm vụ: ${page.total}${page.total > page.items.length ? ` (hiện ${page.items.length} nhiệm vụ đầu)` : ''}`,
      ...page.items.map(
        (t) =>
          `  ${dmy(t.dueDate).padEnd(10)}  ${t.overdue ? 'QUÁ HẠN ' : t.dueSoon ? 'SẮP HẠN ' : '        '}${t.text.replace(/\s+/g, ' ').slice(0, 100)}  — ${unit(t.leadIds) || 'chưa giao'}  [${t.conclusionId}]`,
      ),
    ];
    ctx.print(lines.join('\n'), {
      ok: true,
      today,
      total: page.total,
      tasks: page.items.map((t) => ({ ...t, leadNames: t.leadIds.map((id) => names.get(id) ?? null) })),
    });
    return 0;
  },
};
