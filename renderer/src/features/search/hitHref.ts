// Where a search result opens: the meeting at the tab (and word) where it was found, the conclusion
// marked among its meeting's conclusions, the document, the programme, the person, the body.
import type { SearchField, SearchHit } from '../../../../shared/search';
import { meetingHref } from '../../shell/routes';

const meetingTab: Partial<Record<SearchField, string>> = {
  title: 'info',
  place: 'info',
  attendees: 'attendees',
  groups: 'attendees',
  minutes: 'minutes',
};

export function hitHref(hit: SearchHit): string {
  switch (hit.kind) {
    case 'meeting': {
      const tab = meetingTab[hit.field] ?? 'info';
      const find =
        tab === 'minutes' && hit.find ? { word: hit.find, context: hit.findContext ?? hit.find } : undefined;
      return meetingHref(hit.id, find ? { tab, find } : { tab });
    }
    case 'conclusion':
      return hit.meetingId
        ? meetingHref(hit.meetingId, { tab: 'conclusions', conclusion: hit.id })
        : '#/tasks';
    case 'document':
      return `#/documents/${hit.id}`;
    case 'programme':
      return `#/programmes/${hit.id}`;
    case 'person':
      return `#/people?id=${hit.id}`;
    case 'organization':
      return `#/organizations?id=${hit.id}`;
  }
}

export const fieldLabels: Record<SearchField, string> = {
  title: 'Tên',
  place: 'Địa điểm',
  attendees: 'Thành phần',
  groups: 'Thành phần',
  minutes: 'Biên bản',
  conclusion: 'Nội dung',
  progress: 'Tiến độ thực hiện',
  summary: 'Trích yếu',
  body: 'Nội dung',
  items: 'Nội dung chương trình',
  name: 'Tên',
  notes: 'Ghi chú',
};
