// Calendar months for the dashboards' charts, as `yyyy-mm-dd` strings (no time zones).
import { addDays } from '../../hud/rules/dates.ts';
import type { Language } from '../http/messages/localize.ts';

export type Month = { key: string; label: string; start: string; end: string };

const NAMES: Record<Language, string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
};

/** The `count` months ending with the month of `date`, oldest first, labelled in `lng` ("Jan 2026", "ene 2026"). */
export function monthsBack(date: string, count: number, lng: Language = 'en'): Month[] {
  const [y = 2000, m = 1] = date.split('-').map(Number);
  const months: Month[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = y * 12 + (m - 1) - i;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const start = `${year}-${String(month).padStart(2, '0')}-01`;
    const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
    months.push({ key: start.slice(0, 7), label: `${NAMES[lng][month - 1]} ${year}`, start, end: addDays(next, -1) });
  }
  return months;
}
