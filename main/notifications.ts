// The reminders as a Windows notification (Electron's Notification). Electron edge, kept thin: what to
// say and when comes from main/reminders/ (plain functions, tested with a fixed clock).
import { Notification } from 'electron';
import type { ReminderDigest } from '../shared/tasks';
import { reminderText } from './reminders/plan';

/** Notifications on screen: held so none is collected before the user clicks it. */
const onScreen = new Set<Notification>();

/**
 * Shows the digest as a notification when reminders are on and something is due; clicking it runs
 * `onClick` (the app focuses its window and opens the list). Returns whether one was shown.
 */
export function notifyReminders(digest: ReminderDigest, onClick: () => void): boolean {
  const text = reminderText(digest);
  if (!text || !Notification.isSupported()) return false;
  const notification = new Notification({ title: text.title, body: text.body });
  notification.on('click', () => {
    onScreen.delete(notification);
    onClick();
  });
  notification.on('close', () => onScreen.delete(notification));
  onScreen.add(notification);
  notification.show();
  return true;
}
