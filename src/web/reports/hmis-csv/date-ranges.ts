// Predefined date ranges of the export screen, from today's date (HUD's fiscal year starts October 1).
const iso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export const DATE_RANGES = [
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
