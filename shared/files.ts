// Shapes of the file calls: native dialogs (Electron only) and opening a file with the system.
import { z } from 'zod';
import { idSchema } from './exchange';

/** The kinds of file the app reads or writes; each has its own dialog filters. */
export const fileKinds = ['docx', 'sohop', 'json', 'xlsx'] as const;
export type FileKind = (typeof fileKinds)[number];
/** What an open dialog can pick: a file of a kind, or a folder. */
export const openKinds = [...fileKinds, 'folder'] as const;
export type OpenKind = (typeof openKinds)[number];

const filePath = z.string().min(1).max(4000);

export const chooseSavePathSchema = z.object({
  suggestedName: z.string().min(1).max(255),
  kind: z.enum(fileKinds),
});
export const chooseOpenPathSchema = z.object({ kind: z.enum(openKinds) });
export const openPathSchema = z.object({ path: filePath });
export const saveDocxToSchema = z.object({ id: idSchema, path: filePath });

export type ChooseSavePath = z.output<typeof chooseSavePathSchema>;
export type ChooseOpenPath = z.output<typeof chooseOpenPathSchema>;

export interface SavedFile {
  path: string;
  bytes: number;
}
