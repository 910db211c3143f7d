// A restore reads a file's meetings a chunk at a time (repos.meetings.getMany): each must come out
// exactly as reading it alone (repos.meetings.get) would give it, in the order asked, unknown ids as undefined.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fillWithDemo, trackDataFolders } from './fixtures';

const dataFolder = trackDataFolders();

describe('reading meetings a chunk at a time', () => {
  it('gives every meeting as reading it alone does, in the order asked', () => {
    const folder = dataFolder();
    fillWithDemo(folder);
    const repo = folder.services.ctx.repos.meetings;
    const ids = repo.allIds().reverse();
    const missing = randomUUID();
    const asked = [...ids.slice(0, 3), missing, ...ids.slice(3)];
    const many = repo.getMany(asked);
    expect(many).toEqual(asked.map((id) => repo.get(id)));
    expect(many[3]).toBeUndefined();
    // The demo has lists of every kind: organizers, attendees, groups, conclusions with assignees and progress.
    const meetings = many.filter((m) => m !== undefined);
    expect(meetings.length).toBe(ids.length);
    expect(meetings.some((m) => (m.attendees?.length ?? 0) > 1)).toBe(true);
    expect(meetings.some((m) => (m.attendeeGroups?.length ?? 0) > 0)).toBe(true);
    const conclusions = meetings.flatMap((m) => m.conclusions ?? []);
    expect(conclusions.some((c) => (c.assignees?.length ?? 0) > 1)).toBe(true);
    expect(conclusions.some((c) => (c.progress?.length ?? 0) > 0)).toBe(true);
  });
});
