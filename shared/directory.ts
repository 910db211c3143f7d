// Merging duplicate people in the directory (the same person entered twice, e.g. with and without
// diacritics or with different spacing).
import { z } from 'zod';
import { idSchema } from './exchange';

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
