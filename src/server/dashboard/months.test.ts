import { describe, expect, it } from 'vitest';
import { monthsBack } from './months.ts';

describe('the dashboards’ months', () => {
  it('are labelled in the reader’s language, across a new year', () => {
    expect(monthsBack('2026-02-10', 3, 'es').map((m) => m.label)).toEqual(['dic 2025', 'ene 2026', 'feb 2026']);
    expect(monthsBack('2026-02-10', 3).map((m) => [m.key, m.label, m.start, m.end])).toEqual([
      ['2025-12', 'Dec 2025', '2025-12-01', '2025-12-31'],
      ['2026-01', 'Jan 2026', '2026-01-01', '2026-01-31'],
      ['2026-02', 'Feb 2026', '2026-02-01', '2026-02-28'],
    ]);
  });
});
