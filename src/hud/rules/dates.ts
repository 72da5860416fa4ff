// HUD date rules on `yyyy-mm-dd` strings (no time zones involved): ages, and the annual
// assessment window of 30 days either side of each anniversary of the project start date.

const parse = (d: string) => {
  const [y, m, day] = d.split('-').map(Number);
  return { y: y ?? 0, m: m ?? 1, d: day ?? 1 };
};
const fmt = (dt: Date) => dt.toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  const { y, m, d } = parse(date);
  return fmt(new Date(Date.UTC(y, m - 1, d + days)));
}

/** The same day `years` later; 29 February becomes 28 February in other years. */
export function addYears(date: string, years: number): string {
  const { y, m, d } = parse(date);
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return fmt(new Date(Date.UTC(y + years, m - 1, Math.min(d, last))));
}

export function daysBetween(from: string, to: string): number {
  const a = parse(from);
  const b = parse(to);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

/** Age in whole years on a date; undefined when the date of birth is unknown. */
export function ageOn(dob: string | null | undefined, date: string): number | undefined {
  if (!dob) return undefined;
  const b = parse(dob);
  const t = parse(date);
  let age = t.y - b.y;
  if (t.m < b.m || (t.m === b.m && t.d < b.d)) age -= 1;
  return age;
}

/** 18 or older on the date; unknown age counts as adult so that adult elements are still asked. */
export const isAdultOn = (dob: string | null | undefined, date: string) => (ageOn(dob, date) ?? 18) >= 18;

export const ANNUAL_WINDOW_DAYS = 30;

export type AnnualWindow = { year: number; anniversary: string; opens: string; closes: string };

/** The window of the `year`-th anniversary (1 = first) of the project start date. */
export function annualWindow(entryDate: string, year: number): AnnualWindow {
  const anniversary = addYears(entryDate, year);
  return {
    year,
    anniversary,
    opens: addDays(anniversary, -ANNUAL_WINDOW_DAYS),
    closes: addDays(anniversary, ANNUAL_WINDOW_DAYS),
  };
}

/** The window a date falls in, if any. */
export function annualWindowOf(entryDate: string, date: string): AnnualWindow | undefined {
  const years = Math.max(1, Math.round(daysBetween(entryDate, date) / 365.25));
  for (const y of [years - 1, years, years + 1]) {
    if (y < 1) continue;
    const w = annualWindow(entryDate, y);
    if (date >= w.opens && date <= w.closes) return w;
  }
  return undefined;
}

/** The window nearest a date (the one it falls in, or the next or previous one). */
export function nearestAnnualWindow(entryDate: string, date: string): AnnualWindow {
  const inside = annualWindowOf(entryDate, date);
  if (inside) return inside;
  const years = Math.max(1, Math.round(daysBetween(entryDate, date) / 365.25));
  const candidates = [years - 1, years, years + 1].filter((y) => y >= 1).map((y) => annualWindow(entryDate, y));
  const distance = (w: AnnualWindow) => Math.abs(daysBetween(w.anniversary, date));
  return candidates.reduce((best, w) => (distance(w) < distance(best) ? w : best));
}

/** The later of two dates. */
export const laterOf = (a: string, b: string) => (a < b ? b : a);
