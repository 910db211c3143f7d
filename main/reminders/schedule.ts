// Shows the reminders when the app starts and then every morning (08:00 Vietnam time) while it stays
// open. A cheap check every few minutes rather than one long timer, so a machine that slept through the
// morning reminds as soon as it wakes. Plain timers: main/index.ts only starts and stops it.
import { nextMorning } from './plan';

export interface ReminderSchedule {
  stop(): void;
}

export function scheduleReminders(options: {
  /** Shows what is due (or nothing, when reminders are off or nothing is due). */
  show: () => void;
  now?: () => number;
  intervalMs?: number;
  onError?: (error: unknown) => void;
}): ReminderSchedule {
  const now = options.now ?? Date.now;
  const run = () => {
    try {
      options.show();
    } catch (error) {
      options.onError?.(error);
    }
  };
  run();
  let next = nextMorning(now());
  const timer = setInterval(
    () => {
      if (now() < next) return;
      next = nextMorning(now());
      run();
    },
    options.intervalMs ?? 5 * 60_000,
  );
  timer.unref?.();
  return { stop: () => clearInterval(timer) };
}
