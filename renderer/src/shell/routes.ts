// Hash routes (the app:// protocol serves files only, so there is no history fallback).
export type Route =
  | { name: 'dashboard' }
  | { name: 'meetings' }
  | { name: 'meeting'; id: string; isNew: boolean; tab?: string }
  | { name: 'tasks'; query?: string }
  | { name: 'programmes' }
  | { name: 'programme'; id: string; isNew: boolean; copyFrom?: string }
  | { name: 'documents' }
  | { name: 'document'; id: string }
  | { name: 'people' }
  | { name: 'organizations' }
  | { name: 'settings'; tab?: 'backup' }
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
};

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `#/meetings/<id>` → a route; `#/meetings/new` gets a fresh id from `newId`. */
export function parseHash(hash: string, newId: () => string): Route {
  const path = hash.replace(/^#\/?/, '').replace(/\/+$/, '');
  const known = simple[path];
  if (known) return known;
  // The task list keeps its filters in the address (#/tasks?filter=overdue&lead=…), so a chart or a
  // dashboard card can open it filtered.
  const tasks = /^tasks\?(.*)$/.exec(path);
  if (tasks) return { name: 'tasks', query: tasks[1] ?? '' };
  const meeting = /^meetings\/(.+)$/.exec(path);
  if (meeting?.[1] === 'new') return { name: 'meeting', id: newId(), isNew: true };
  if (meeting?.[1] && UUID_RE.test(meeting[1])) return { name: 'meeting', id: meeting[1], isNew: false };
  const meetingTab = /^meetings\/([0-9a-f-]{36})\?tab=([a-z]+)$/i.exec(path);
  if (meetingTab?.[1] && meetingTab[2] && UUID_RE.test(meetingTab[1]))
    return { name: 'meeting', id: meetingTab[1], isNew: false, tab: meetingTab[2] };
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

export function navigate(href: string): void {
  if (window.location.hash !== href) window.location.hash = href;
}
