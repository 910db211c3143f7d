// Lịch công tác tuần: one entry for the IPC handlers and the CLI (the data, the DOCX, the file).
import { AppError } from '../../../shared/errors';
import {
  weekScheduleDocxSchema,
  type ScheduleFile,
  type WeekScheduleDocxQuery,
} from '../../../shared/schedule';
import type { Services } from '../../services';
import { forDownload, saveBuilt } from '../built-file';
import { weekSchedule } from './data';
import { weekScheduleDocx } from './docx';

export { mondayOf, weekSchedule } from './data';

export interface BuiltSchedule {
  fileName: string;
  data: Buffer;
  meetings: number;
}

export async function buildWeekSchedule(
  services: Services,
  query: WeekScheduleDocxQuery,
): Promise<BuiltSchedule> {
  const q = weekScheduleDocxSchema.parse(query);
  const issuerId = q.issuerId ?? services.settings.get().defaultIssuerId;
  if (!issuerId)
    throw new AppError(
      'E_VALIDATION',
      'Chưa chọn cơ quan ban hành lịch công tác: hãy chọn cơ quan, hoặc đặt cơ quan ban hành mặc định trong Cài đặt.',
      { path: 'issuerId' },
    );
  if (!services.ctx.repos.organizations.get(issuerId))
    throw new AppError('E_NOT_FOUND', `Không tìm thấy cơ quan ban hành (mã ${issuerId}).`, {
      path: 'issuerId',
    });
  const person = q.personId ? services.ctx.repos.people.get(q.personId) : undefined;
  if (q.personId && !person)
    throw new AppError('E_NOT_FOUND', `Không tìm thấy cán bộ (mã ${q.personId}).`, { path: 'personId' });
  const schedule = weekSchedule(services, q);
  const data = await weekScheduleDocx(services, schedule, {
    issuerId,
    who: person ? `đồng chí ${person.fullName}` : '',
    today: services.ctx.now().slice(0, 10),
  });
  const [y, m, d] = schedule.from.split('-');
  return { fileName: `Lich cong tac tuan ${d}-${m}-${y}.docx`, data, meetings: schedule.total };
}

export async function weekScheduleForDownload(
  services: Services,
  query: WeekScheduleDocxQuery,
): Promise<ScheduleFile> {
  return forDownload(await buildWeekSchedule(services, query));
}

export async function saveWeekSchedule(services: Services, query: WeekScheduleDocxQuery, file: string) {
  return saveBuilt(file, await buildWeekSchedule(services, query));
}
