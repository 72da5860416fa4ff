import { describe, expect, it } from 'vitest';
import { formatCell, toFixedHalfEven } from './csv-table.ts';

describe('HUD number formats', () => {
  it('writes counts whole, rates with 4 decimals and money with 2, blank cells empty', () => {
    expect(formatCell({ value: 12, format: 'count' })).toBe('12');
    expect(formatCell({ value: 1 / 7, format: 'rate' })).toBe('0.1429');
    expect(formatCell({ value: 0, format: 'rate' })).toBe('0.0000');
    expect(formatCell({ value: 325.3939, format: 'money' })).toBe('325.39');
    expect(formatCell({ value: null, format: 'text' })).toBe('');
    expect(formatCell({ value: 'XX-501', format: 'text' })).toBe('XX-501');
  });

  it('rounds a tie to the even neighbour, as HUD’s reference does, and other values to the nearest', () => {
    expect(toFixedHalfEven(1438.625, 2)).toBe('1438.62');
    expect(toFixedHalfEven(1438.635, 2)).toBe('1438.64');
    expect(toFixedHalfEven(-2.5, 0)).toBe('-2');
    expect(toFixedHalfEven(996.5849, 2)).toBe('996.58');
    expect(toFixedHalfEven(-0.001, 2)).toBe('0.00');
  });
});
