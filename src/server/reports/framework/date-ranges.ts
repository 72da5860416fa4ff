// Predefined date ranges (HUD's federal fiscal year starts October 1). A report run with a preset
// recomputes its dates from the day it runs, so a monthly schedule reports on last month each time.
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

export const DATE_RANGES = [
  { value: 'today', label: 'Today' },
  { value: 'yesterday', label: 'Yesterday' },
  { value: 'this_month', label: 'This month' },
  { value: 'last_month', label: 'Last month' },
  { value: 'this_quarter', label: 'This quarter' },
  { value: 'last_quarter', label: 'Last quarter' },
  { value: 'this_year', label: 'This calendar year' },
  { value: 'last_year', label: 'Last calendar year' },
  { value: 'this_fiscal_year', label: 'This federal fiscal year (Oct 1 – Sep 30)' },
  { value: 'last_fiscal_year', label: 'Last federal fiscal year' },
] as const;

export function dateRange(value: string, today = new Date()): { startDate: string; endDate: string } | undefined {
  const y = today.getFullYear();
  const m = today.getMonth();
  const range = (from: Date, to: Date) => ({ startDate: iso(from), endDate: iso(to) });
  const q = Math.floor(m / 3) * 3;
  const fy = m >= 9 ? y : y - 1;
  switch (value) {
    case 'today':
      return range(today, today);
    case 'yesterday': {
      const d = new Date(y, m, today.getDate() - 1);
      return range(d, d);
    }
    case 'this_month':
      return range(new Date(y, m, 1), new Date(y, m + 1, 0));
    case 'last_month':
      return range(new Date(y, m - 1, 1), new Date(y, m, 0));
    case 'this_quarter':
      return range(new Date(y, q, 1), new Date(y, q + 3, 0));
    case 'last_quarter':
      return range(new Date(y, q - 3, 1), new Date(y, q, 0));
    case 'this_year':
      return range(new Date(y, 0, 1), new Date(y, 11, 31));
    case 'last_year':
      return range(new Date(y - 1, 0, 1), new Date(y - 1, 11, 31));
    case 'this_fiscal_year':
      return range(new Date(fy, 9, 1), new Date(fy + 1, 8, 30));
    case 'last_fiscal_year':
      return range(new Date(fy - 1, 9, 1), new Date(fy, 8, 30));
  }
  return undefined;
}

/** Parameters with startDate/endDate set from their `dateRange` preset, when they have one. */
export function resolveDateRange(raw: Record<string, unknown>, today?: string): Record<string, unknown> {
  const preset = raw.dateRange;
  if (typeof preset !== 'string' || !preset) return raw;
  const r = dateRange(preset, today ? new Date(`${today}T12:00:00`) : new Date());
  return r ? { ...raw, ...r } : raw;
}
