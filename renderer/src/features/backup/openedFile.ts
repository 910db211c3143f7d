// The file the user opened outside the backup screen (a double-clicked .sohop, or Tệp → Mở…): the
// backup screen shows what it holds ("Xem nội dung tệp" for a backup, the merge's dry run for an
// exchange file) and offers to restore or merge it.
import { useSyncExternalStore } from 'react';

let pending: string | null = null;
const listeners = new Set<() => void>();

export function offerOpenedFile(file: string): void {
  pending = file;
  for (const listener of listeners) listener();
}

/** Hands the waiting file to the screen that shows it, once. */
export function takeOpenedFile(): string | null {
  const file = pending;
  pending = null;
  return file;
}

export function useOpenedFile(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pending,
  );
}

/** A backup (.sohop, or a bare database) is restored or merged; an exchange file (.json) only merged. */
export const isExchangeFile = (file: string): boolean => /\.json$/i.test(file);
