import { describe, expect, it } from 'vitest';
import { addYears, ageOn, annualWindow, annualWindowOf, isAdultOn, nearestAnnualWindow } from './dates.ts';

describe('ages', () => {
  it('counts whole years, turning a year older on the birthday', () => {
    expect(ageOn('2008-06-15', '2026-06-14')).toBe(17);
    expect(ageOn('2008-06-15', '2026-06-15')).toBe(18);
    expect(ageOn(null, '2026-06-15')).toBeUndefined();
  });

  it('treats an unknown age as adult, so adult questions are still asked', () => {
    expect(isAdultOn(null, '2026-01-01')).toBe(true);
    expect(isAdultOn('2010-01-01', '2026-01-01')).toBe(false);
  });
});

describe('annual assessment window', () => {
  it('opens 30 days before each anniversary of the start date and closes 30 days after', () => {
    expect(annualWindow('2025-03-10', 1)).toEqual({
      year: 1,
      anniversary: '2026-03-10',
      opens: '2026-02-08',
      closes: '2026-04-09',
    });
    expect(annualWindowOf('2025-03-10', '2026-02-08')?.year).toBe(1);
    expect(annualWindowOf('2025-03-10', '2026-04-09')?.year).toBe(1);
    expect(annualWindowOf('2025-03-10', '2026-02-07')).toBeUndefined();
    expect(annualWindowOf('2025-03-10', '2027-03-01')?.year).toBe(2);
  });

  it('has no window in the first eleven months of a stay', () => {
    expect(annualWindowOf('2025-03-10', '2025-09-10')).toBeUndefined();
    expect(nearestAnnualWindow('2025-03-10', '2025-09-10').anniversary).toBe('2026-03-10');
  });

  it('keeps a 29 February start on 28 February in other years', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });
});
