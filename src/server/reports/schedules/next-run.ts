// When a schedule runs next: its first time, then every day, week or month at the same local time
// of day (a monthly run on the 31st runs on the last day of shorter months).
import type { ScheduleFrequency } from '../../../db/schema/index.ts';

function nth(first: Date, frequency: Exclude<ScheduleFrequency, 'once'>, n: number): Date {
  const d = new Date(first);
  if (frequency === 'daily') d.setDate(first.getDate() + n);
  else if (frequency === 'weekly') d.setDate(first.getDate() + 7 * n);
  else {
    const target = new Date(first.getFullYear(), first.getMonth() + n, 1, first.getHours(), first.getMinutes());
    const last = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
    target.setDate(Math.min(first.getDate(), last));
    return target;
  }
  return d;
}

/** The first run strictly after `after`, or null when a one-time schedule's time has passed. */
export function nextRunAfter(frequency: ScheduleFrequency, first: Date, after: Date): Date | null {
  if (first > after) return first;
  if (frequency === 'once') return null;
  const stepDays = frequency === 'daily' ? 1 : frequency === 'weekly' ? 7 : 28;
  // Jump close, then step: a schedule paused for a year does not loop a year of runs.
  let n = Math.max(1, Math.floor((after.getTime() - first.getTime()) / (stepDays * 86_400_000)) - 1);
  let next = nth(first, frequency, n);
  while (next <= after) next = nth(first, frequency, ++n);
  return next;
}
