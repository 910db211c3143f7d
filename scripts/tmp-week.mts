import { openDatabase } from '../main/db/connection';
import { createServices } from '../main/services';
import { saveWeekSchedule } from '../main/reports/week';
const db = openDatabase('/tmp/gm/db.sqlite');
const s = createServices(db);
const orgs = s.ctx.db.prepare("select id, name from organizations where name like 'Văn phòng%'").all() as { id: string; name: string }[];
console.log(await saveWeekSchedule(s, { date: '2015-12-29', issuerId: orgs[0]!.id } as never, '/tmp/gm/week.docx'));
