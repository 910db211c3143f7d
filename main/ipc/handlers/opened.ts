// A file the system asked Sổ Họp to open (a double-clicked `.sohop`, main/open-file.ts) waits here
// until the page takes it with `opened.take`. Taking it grants the page the reading of that one file
// (inspect, restore, merge), as the save dialog grants a DOCX path: the page never names a file to read
// that the user did not pick or open.
import type { FeatureHandlers } from './define';

export interface OpenedFiles {
  /** Queues files from a command line; true when there was one. */
  offer(files: readonly string[]): boolean;
  /** The oldest waiting file, now granted; null when none waits. */
  take(): string | null;
  /** Whether the page was given this file to read. */
  isGranted(file: string): boolean;
}

export function createOpenedFiles(): OpenedFiles {
  const waiting: string[] = [];
  const granted = new Set<string>();
  const key = (file: string) => file.normalize('NFC');
  return {
    offer(files) {
      for (const file of files) if (!waiting.includes(file)) waiting.push(file);
      return files.length > 0;
    },
    take() {
      const file = waiting.shift() ?? null;
      if (file !== null) granted.add(key(file));
      return file;
    },
    isGranted: (file) => granted.has(key(file)),
  };
}

/** Without `opened` (the browser preview, the CLI) nothing is ever waiting. */
export function openedHandlers(opened?: OpenedFiles): FeatureHandlers<'opened'> {
  return { 'opened.take': () => opened?.take() ?? null };
}
