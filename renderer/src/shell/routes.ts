// Hash routes (the app:// protocol serves files only, so there is no history fallback).
import { trimEndChar } from '../../../shared/linear-text';
export type Route =
  | { name: 'dashboard' }
  | { name: 'meetings' }
  | {
      name: 'meeting';
      id: string;
      isNew: boolean;
      tab?: string;
      /** A word to select in the minutes (from search), and the words after it to tell it apart. */
      find?: { word: string; context: string };
      /** A conclusion to bring into view and mark (from search). */
      conclusion?: string;
    }
  | { name: 'tasks'; query?: string }
  | { name: 'programmes' }
  | { name: 'programme'; id: string; isNew: boolean; copyFrom?: string }
  | { name: 'documents' }
  | { name: 'document'; id: string }
  | { name: 'people'; id?: string }
  | { name: 'organizations'; id?: string }
  | { name: 'settings'; tab?: 'backup' }
  | { name: 'trash' }
  | { name: 'schedule'; date?: string }
  | { name: 'not-found'; path: string };

const simple: Record<string, Route> = {
  '': { name: 'dashboard' },
  meetings: { name: 'meetings' },
  tasks: { name: 'tasks' },
  programmes: { name: 'programmes' },
  documents: { name: 'documents' },
  people: { name: 'people' },
  organizations: { name: 'organizations' },
  settings: { name: 'settings' },
  'settings/backup': { name: 'settings', tab: 'backup' },
  trash: { name: 'trash' },
  schedule: { name: 'schedule' },
};

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `#/meetings/<id>` → a route; `#/meetings/new` gets a fresh id from `newId`. */
export function parseHash(hash: string, newId: () => string): Route {
  const path = trimEndChar(hash.replace(/^#\/?/, ''), '/');
  const known = simple[path];
  if (known) return known;
  // The task list keeps its filters in the address (#/tasks?filter=overdue&lead=…), so a chart or a
  // dashboard card can open it filtered.
  const tasks = /^tasks\?(.*)$/.exec(path);
  if (tasks) return { name: 'tasks', query: tasks[1] ?? '' };
  const meeting = /^meetings\/(.+)$/.exec(path);
  if (meeting?.[1] === 'new') return { name: 'meeting', id: newId(), isNew: true };
  if (meeting?.[1] && UUID_RE.test(meeting[1])) return { name: 'meeting', id: meeting[1], isNew: false };
  const meetingWith = /^meetings\/([0-9a-f-]{36})\?(.*)$/i.exec(path);
  if (meetingWith?.[1] && UUID_RE.test(meetingWith[1]))
    return meetingAt(meetingWith[1], meetingWith[2] ?? '');
  const directory = /^(people|organizations)\?id=([0-9a-f-]{36})$/i.exec(path);
  if (directory?.[2] && UUID_RE.test(directory[2]))
    return { name: directory[1] === 'people' ? 'people' : 'organizations', id: directory[2] };
  // Lịch công tác of the week holding a day: #/schedule?date=2021-01-14.
  const scheduleAt = /^schedule\?date=(\d{4}-\d{2}-\d{2})$/.exec(path);
  if (scheduleAt?.[1]) return { name: 'schedule', date: scheduleAt[1] };
  const document = /^documents\/([0-9a-f-]{36})$/i.exec(path);
  if (document?.[1] && UUID_RE.test(document[1])) return { name: 'document', id: document[1] };
  const programme = /^programmes\/(new|[0-9a-f-]{36})(?:\?from=([0-9a-f-]{36}))?$/i.exec(path);
  if (programme?.[1] === 'new') {
    const from = programme[2] && UUID_RE.test(programme[2]) ? programme[2] : undefined;
    return from
      ? { name: 'programme', id: newId(), isNew: true, copyFrom: from }
      : { name: 'programme', id: newId(), isNew: true };
  }
  if (programme?.[1] && UUID_RE.test(programme[1]))
    return { name: 'programme', id: programme[1], isNew: false };
  return { name: 'not-found', path };
}

/** `?tab=…&find=…&ctx=…&conclusion=…` of a meeting's address; unknown or malformed parts are ignored. */
function meetingAt(id: string, query: string): Route {
  const params = new URLSearchParams(query);
  const route: Extract<Route, { name: 'meeting' }> = { name: 'meeting', id, isNew: false };
  const tab = params.get('tab');
  if (tab && /^[a-z]{1,20}$/.test(tab)) route.tab = tab;
  const word = params.get('find');
  if (word) route.find = { word: word.slice(0, 100), context: (params.get('ctx') ?? word).slice(0, 200) };
  const conclusion = params.get('conclusion');
  if (conclusion && UUID_RE.test(conclusion)) route.conclusion = conclusion;
  return route;
}

/** The address of a meeting opened at a place: a tab, a word of the minutes, a conclusion. */
export function meetingHref(
  id: string,
  at: { tab?: string; find?: { word: string; context: string }; conclusion?: string } = {},
): string {
  const params = new URLSearchParams();
  if (at.tab) params.set('tab', at.tab);
  if (at.find) {
    params.set('find', at.find.word);
    params.set('ctx', at.find.context);
  }
  if (at.conclusion) params.set('conclusion', at.conclusion);
  const query = params.toString();
  return `#/meetings/${id}${query ? `?${query}` : ''}`;
}

export function navigate(href: string): void {
  if (window.location.hash !== href) window.location.hash = href;
}
