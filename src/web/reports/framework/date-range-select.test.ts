// The launch forms' "Predefined date range" names the dates on the form, never blank.
import { describe, expect, it } from 'vitest';
import { shownRange } from './date-range-select.tsx';

const today = new Date(2026, 11, 7, 12);

describe('the predefined range a report form shows', () => {
  it('names the range the dates equal, the one chosen, or Custom dates', () => {
    expect(shownRange(undefined, { startDate: '2026-12-01', endDate: '2026-12-31' }, today)).toBe('this_month');
    expect(shownRange(null, { startDate: '2025-10-01', endDate: '2026-09-30' }, today)).toBe('last_fiscal_year');
    expect(shownRange(undefined, { startDate: '2026-12-07', endDate: '2026-12-07' }, today)).toBe('today');
    expect(shownRange(undefined, { startDate: '2026-12-02', endDate: '2026-12-31' }, today)).toBe('custom');
    expect(shownRange(undefined, { startDate: '', endDate: '' }, today)).toBe('custom');
    // A range chosen earlier stays named (a schedule recomputes its dates at each run).
    expect(shownRange('last_month', { startDate: '2026-10-01', endDate: '2026-10-31' }, today)).toBe('last_month');
  });
});
