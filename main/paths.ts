// Where the app keeps its data. Electron's `userData` is set to this same folder at start-up, so the
// CLI (which has no Electron) finds the very database the desktop app uses.
import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER = 'SoHop';
export const DATABASE_FILE = 'so-hop.sqlite';

export function appDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') return env.APPDATA ?? path.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? path.join(home, '.config');
}

/** `SOHOP_USER_DATA` moves everything (for administrators and tests). */
export function userDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SOHOP_USER_DATA ?? path.join(appDataDir(env), APP_FOLDER);
}

export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(userDataDir(env), DATABASE_FILE);
}
