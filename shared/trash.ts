// Thùng rác: what was deleted in the last 30 days (meetings with their documents, draft documents,
// people), listed and put back through the IPC calls `trash.*`.
import { z } from 'zod';
import { idSchema } from './exchange';

/** How long a deleted record stays restorable; older entries are purged when the app starts. */
export const TRASH_DAYS = 30;

export const trashKinds = ['meeting', 'document', 'person'] as const;
export type TrashKind = (typeof trashKinds)[number];

export interface TrashEntry {
  /** The id the record had (and gets back when restored). */
  id: string;
  kind: TrashKind;
  /** Its title, trích yếu or name. */
  label: string;
  /** What went with it, e.g. "kèm 2 văn bản: 05/TB-VPUB …". */
  detail: string | null;
  deletedAt: string;
  /** The day after which it is purged (YYYY-MM-DD). */
  purgeOn: string;
}

export const trashIdSchema = z.object({ id: idSchema });
