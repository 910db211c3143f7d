// Where a search result opens, and that the address carries the place back to the meeting page.
import { describe, expect, it } from 'vitest';
import { hitHref } from '../../renderer/src/features/search/hitHref';
import { parseHash } from '../../renderer/src/shell/routes';
import type { SearchHit } from '../../shared/search';

const MEETING = '0c000000-0000-4000-8000-000000000001';
const CONCLUSION = '0d000000-0000-4000-8000-000000000001';
const hit = (over: Partial<SearchHit>): SearchHit => ({
  kind: 'meeting',
  id: MEETING,
  meetingId: MEETING,
  title: [],
  date: null,
  field: 'title',
  snippet: [],
  find: null,
  findContext: null,
  exact: false,
  ...over,
});
const route = (h: SearchHit) => parseHash(hitHref(h), () => 'new');

describe('opening a search result', () => {
  it('opens a meeting at the word of its minutes, with the words after it, through the address', () => {
    const href = hitHref(hit({ field: 'minutes', find: 'vùng', findContext: 'vùng trũng & "ngập" #1' }));
    expect(href).toMatch(/^#\/meetings\/0c000000-[^?]+\?tab=minutes&find=/);
    expect(parseHash(href, () => 'new')).toEqual({
      name: 'meeting',
      id: MEETING,
      isNew: false,
      tab: 'minutes',
      find: { word: 'vùng', context: 'vùng trũng & "ngập" #1' },
    });
  });

  it('opens attendees on their tab, a conclusion marked on its meeting, people and bodies selected', () => {
    expect(route(hit({ field: 'attendees' }))).toMatchObject({ tab: 'attendees' });
    expect(route(hit({ kind: 'conclusion', id: CONCLUSION, field: 'progress' }))).toEqual({
      name: 'meeting',
      id: MEETING,
      isNew: false,
      tab: 'conclusions',
      conclusion: CONCLUSION,
    });
    expect(route(hit({ kind: 'person', id: CONCLUSION, meetingId: null }))).toEqual({
      name: 'people',
      id: CONCLUSION,
    });
    expect(route(hit({ kind: 'organization', id: CONCLUSION, meetingId: null }))).toEqual({
      name: 'organizations',
      id: CONCLUSION,
    });
    expect(route(hit({ kind: 'document', id: CONCLUSION }))).toEqual({ name: 'document', id: CONCLUSION });
  });

  it('ignores what an address should not carry: a bad conclusion id, an odd tab', () => {
    expect(parseHash(`#/meetings/${MEETING}?tab=<b>&conclusion=x' OR 1`, () => 'n')).toEqual({
      name: 'meeting',
      id: MEETING,
      isNew: false,
    });
  });
});
