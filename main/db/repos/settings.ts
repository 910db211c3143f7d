import type { Db } from '../types';

/** Key → JSON value; the typed view lives in the settings service. */
export function createSettingsRepo(db: Db) {
  const getStmt = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const setStmt = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    get(key: string): unknown {
      const row = getStmt.get(key);
      return row === undefined ? undefined : (JSON.parse(row.value) as unknown);
    },
    set(key: string, value: unknown): void {
      setStmt.run(key, JSON.stringify(value));
    },
  };
}

export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
