// Where a result's snippet is cut and what it marks: the query's words where they stand together, and
// the place Enter opens (find/findContext) at that spot, not at a lone word that folds the same.
import { describe, expect, it } from 'vitest';
import { highlightKeys, parseQuery } from '../../../shared/search-query';
import type { TextSegment } from '../../../shared/search';
import { highlightAll, hitPattern, snippetOf } from '../../../main/search/snippets';
import type { SearchSource } from '../../../main/search/sources';

const patternOf = (text: string) => hitPattern(highlightKeys(parseQuery(text)));
const marked = (segments: TextSegment[]) => segments.filter((s) => s.hit).map((s) => s.text);

function meeting(minutes: string): SearchSource {
  return {
    kind: 'meeting',
    id: 'm',
    ownerMeetingId: null,
    meetingId: 'm',
    day: '2024-05-20',
    title: 'Hội nghị giao ban',
    date: null,
    fields: [
      { field: 'title', column: 'head', text: 'Hội nghị giao ban' },
      { field: 'minutes', column: 'body', text: minutes },
    ],
    organizationIds: [],
  };
}

describe('search snippets', () => {
  const minutes = [
    'Khu chợ còn dơ, cần dọn; đồng chí Lương báo cáo việc thu gom.',
    'Tại huyện Đô Lương, dự án nông thôn mới đã xong; khu dân cư không còn dơ bẩn.',
  ].join('\n');

  it('opens where the words stand together, not at the first line holding each of them apart', () => {
    const found = snippetOf(meeting(minutes), patternOf('do luong'), 'title');
    expect(found.field).toBe('minutes');
    expect(found.find).toBe('Đô');
    expect(found.findContext).toMatch(/^Đô Lương, dự án/);
  });

  it('marks the words standing together, not a lone word that folds to one of them ("dơ" for "do")', () => {
    const found = snippetOf(meeting(minutes), patternOf('do luong'), 'title');
    expect(marked(found.snippet)).toEqual(['Đô', 'Lương']);
    expect(marked(highlightAll('Đô Lương: khu chợ còn dơ', patternOf('do luong')))).toEqual(['Đô', 'Lương']);
  });

  it('marks every word when they never stand together, and a single word wherever it occurs', () => {
    const apart = snippetOf(meeting(minutes.split('\n')[0]!), patternOf('do luong'), 'title');
    expect(marked(apart.snippet)).toEqual(['dơ', 'Lương']);
    expect(marked(highlightAll('Đô Lương: khu chợ còn dơ', patternOf('do')))).toEqual(['Đô', 'dơ']);
  });

  it('finds a word in a long record past its first lines, and a prefix being typed', () => {
    const long = `${'Nội dung khác không liên quan.\n'.repeat(2_000)}Kết luận về vùng trũng huyện Nam Đàn.`;
    const found = snippetOf(
      meeting(long),
      hitPattern(highlightKeys(parseQuery('vung tru', { asYouType: true }))),
      'title',
    );
    expect(found.find).toBe('vùng');
    expect(marked(found.snippet)).toEqual(['vùng', 'trũng']);
  });

  it('reads the minutes only when the attendees do not already hold every word together', () => {
    let reads = 0;
    const source = meeting('');
    source.fields.splice(
      1,
      1,
      { field: 'attendees', column: 'side', text: 'Nguyễn Văn An — Chủ tịch UBND huyện' },
      {
        field: 'minutes',
        column: 'body',
        get text() {
          reads++;
          return 'Đồng chí Nguyễn Văn An kết luận: huyện Đô Lương hoàn thành nông thôn mới.';
        },
      },
    );
    const byName = snippetOf(source, patternOf('nguyen van an'), 'title');
    expect(byName.field).toBe('attendees');
    expect(marked(byName.snippet)).toEqual(['Nguyễn', 'Văn', 'An']);
    expect(reads).toBe(0);
    // A word the attendees do not hold: the minutes are read, and shown.
    const byPlace = snippetOf(source, patternOf('nguyen do luong'), 'title');
    expect(byPlace.field).toBe('minutes');
    expect(marked(byPlace.snippet)).toEqual(['Nguyễn', 'Đô', 'Lương']);
    expect(reads).toBe(1);
  });
});
