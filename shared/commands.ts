// The commands the application menu sends to the page over the preload's second, narrow method
// (`onCommand`). Only these names ever cross; the page runs them through its command registry.

export const appCommands = [
  'meeting.new',
  'save',
  'preview',
  'export-docx',
  'backup.now',
  'backup.restore',
  'backup.merge',
  'about',
  /** Tệp → Mở…: an open dialog for a backup or an exchange file. */
  'file.open',
  /** A file was double-clicked while the app runs: the page takes it with `opened.take`. */
  'file.opened',
  // A reminder notification clicked: the list of overdue tasks, or of those due within 7 days.
  'tasks.overdue',
  'tasks.due-soon',
] as const;
export type AppCommand = (typeof appCommands)[number];

const known: ReadonlySet<string> = new Set(appCommands);
export const isAppCommand = (name: unknown): name is AppCommand =>
  typeof name === 'string' && known.has(name);

/** The one Electron channel the main process sends commands on. */
export const COMMAND_CHANNEL = 'sohop:command';
