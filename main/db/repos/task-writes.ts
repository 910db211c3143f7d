// Writes that follow many tasks up at once from Kết luận & nhiệm vụ: a status for the selected rows, and
// new lead and support units. Each stamps the conclusion and its meeting, so an exchange or merge carries it.
import type { TaskStatus } from '../../../shared/exchange';
import type { Db } from '../types';

export interface TaskKey {
  id: string;
  meeting_id: string;
  kind: string;
  status: TaskStatus | null;
}

export function createTaskWriteRepo(db: Db) {
  const key = db.prepare<[string], TaskKey>(
    'SELECT id, meeting_id, kind, status FROM conclusions WHERE id = ?',
  );
  const setStatus = db.prepare<[string, string, string]>(
    'UPDATE conclusions SET status = ?, updated_at = ? WHERE id = ?',
  );
  const stamp = db.prepare<[string, string]>('UPDATE conclusions SET updated_at = ? WHERE id = ?');
  const touchMeeting = db.prepare<[string, string]>('UPDATE meetings SET updated_at = ? WHERE id = ?');
  const assignees = db.prepare<[string], { organization_id: string; role: 'lead' | 'support' }>(
    'SELECT organization_id, role FROM conclusion_assignees WHERE conclusion_id = ? ORDER BY seq',
  );
  const clearAssignees = db.prepare<[string]>('DELETE FROM conclusion_assignees WHERE conclusion_id = ?');
  const addAssignee = db.prepare<[string, number, string, string]>(
    'INSERT INTO conclusion_assignees (conclusion_id, seq, organization_id, role) VALUES (?, ?, ?, ?)',
  );

  return {
    key(id: string): TaskKey | undefined {
      return key.get(id);
    },
    setStatus(task: TaskKey, status: TaskStatus, at: string): void {
      setStatus.run(status, at, task.id);
      touchMeeting.run(at, task.meeting_id);
    },
    /** The task's units as `lead:<id>` / `support:<id>`, in order. */
    units(id: string): string[] {
      return assignees.all(id).map((a) => `${a.role}:${a.organization_id}`);
    },
    setUnits(task: TaskKey, units: { organizationId: string; role: 'lead' | 'support' }[], at: string): void {
      clearAssignees.run(task.id);
      units.forEach((u, seq) => addAssignee.run(task.id, seq, u.organizationId, u.role));
      stamp.run(at, task.id);
      touchMeeting.run(at, task.meeting_id);
    },
  };
}

export type TaskWriteRepo = ReturnType<typeof createTaskWriteRepo>;
