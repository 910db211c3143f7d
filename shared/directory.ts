// Merging duplicate people in the directory (the same person entered twice, e.g. with and without
// diacritics or with different spacing).
import { z } from 'zod';
import type { Stored } from './domain';
import { idSchema, type Person } from './exchange';

export const mergePeopleSchema = z
  .object({ keepId: idSchema, mergeIds: z.array(idSchema).min(1).max(50) })
  .refine((v) => !v.mergeIds.includes(v.keepId), {
    error: 'không thể gộp một người vào chính mình',
    path: ['mergeIds'],
  });
export type MergePeopleInput = z.output<typeof mergePeopleSchema>;

export interface MergePeopleResult {
  keptId: string;
  removed: number;
  attendancesMoved: number;
  meetingsTouched: number;
}

/**
 * What the meetings say of a person now: the title of the day and the unit of their latest attendance
 * that names one (the directory keeps no title of its own), with that meeting's start.
 */
export interface PersonStanding {
  title: string | null;
  titleSeenAt: string | null;
  organizationId: string | null;
  organizationName: string | null;
}

/** A person as the directory and the pickers list them. */
export type PersonListItem = Stored<Person> & { current: PersonStanding };

/** One meeting a person appears in, as a merge candidate shows it. */
export interface AttendanceSeen {
  meetingId: string;
  meetingTitle: string;
  startsAt: string;
  titleOnDay: string | null;
  organizationName: string | null;
}

/** One record of a group of people with the same name, with what tells it apart from the others. */
export interface DuplicateCandidate {
  person: Stored<Person>;
  /** Titles of the day, the latest first (distinct). */
  titles: string[];
  /** Units they attended for, the latest first (distinct). */
  units: string[];
  meetingCount: number;
  /** The latest few meetings they appear in, the latest first. */
  recentMeetings: AttendanceSeen[];
  /** Documents naming them as signer. */
  signedDocuments: number;
}
