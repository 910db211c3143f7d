// The task list's filters as they sit in the address: `#/tasks?filter=overdue&lead=<id>&dueFrom=…`.
// Anything unknown or malformed in the address is dropped, never sent to the server as is.
import { isValidDate } from '../../../../shared/datetime';
import { taskFilters, taskStatuses, type TaskFilter, type TaskFilterQuery } from '../../../../shared/tasks';
import type { TaskStatus } from '../../../../shared/exchange';

export interface TaskView {
  filter: TaskFilter;
  leadId?: string;
  supportId?: string;
  organizationId?: string;
  chairId?: string;
  meetingId?: string;
  organizerId?: string;
  statuses?: TaskStatus[];
  dueFrom?: string;
  dueTo?: string;
  meetingFrom?: string;
  meetingTo?: string;
  text?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Address parameter → field, for ids and dates. */
const idParams = {
  lead: 'leadId',
  support: 'supportId',
  unit: 'organizationId',
  chair: 'chairId',
  meeting: 'meetingId',
  body: 'organizerId',
} as const;
const dateParams = { dueFrom: 'dueFrom', dueTo: 'dueTo', from: 'meetingFrom', to: 'meetingTo' } as const;

export function parseTaskView(query: string): TaskView {
  const p = new URLSearchParams(query);
  const filter = p.get('filter');
  const view: TaskView = {
    filter: taskFilters.includes(filter as TaskFilter) ? (filter as TaskFilter) : 'open',
  };
  for (const [param, field] of Object.entries(idParams)) {
    const value = p.get(param);
    if (value && UUID.test(value)) view[field] = value;
  }
  for (const [param, field] of Object.entries(dateParams)) {
    const value = p.get(param);
    if (value && isValidDate(value)) view[field] = value;
  }
  const statuses = (p.get('status') ?? '')
    .split(',')
    .filter((s): s is TaskStatus => taskStatuses.includes(s as TaskStatus));
  if (statuses.length) view.statuses = [...new Set(statuses)];
  const text = p.get('q')?.slice(0, 200).trim();
  if (text) view.text = text;
  return view;
}

export function taskViewHref(view: TaskView): string {
  const p = new URLSearchParams();
  if (view.filter !== 'open') p.set('filter', view.filter);
  for (const [param, field] of Object.entries(idParams)) if (view[field]) p.set(param, view[field]);
  for (const [param, field] of Object.entries(dateParams)) if (view[field]) p.set(param, view[field]);
  if (view.statuses?.length) p.set('status', view.statuses.join(','));
  if (view.text) p.set('q', view.text);
  const query = p.toString();
  return query ? `#/tasks?${query}` : '#/tasks';
}

/** The server's filter for a view. */
export function toTaskFilter(view: TaskView): TaskFilterQuery {
  const { text, ...rest } = view;
  return { ...rest, ...(text ? { text } : {}) };
}

/** Whether anything beyond the status tab narrows the list. */
export const narrowed = (view: TaskView): boolean =>
  Object.entries(view).some(([key, value]) => key !== 'filter' && value !== undefined);
