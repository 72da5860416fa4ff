import { describe, expect, it } from 'vitest';
import { parseHudValue } from './values.ts';

describe('reading HMIS CSV values', () => {
  it('takes HUD’s own formats as they are', () => {
    expect(parseHudValue('date', '2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseHudValue('datetime', '2024-02-29 23:59:59')).toEqual({ ok: true, value: '2024-02-29 23:59:59' });
    expect(parseHudValue('integer', '99')).toEqual({ ok: true, value: '99' });
    expect(parseHudValue('decimal', '1100.50')).toEqual({ ok: true, value: '1100.50' });
    expect(parseHudValue('string', ' keeps spaces ')).toEqual({ ok: true, value: ' keeps spaces ' });
    expect(parseHudValue('integer', '')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['datetime', '02-07-2023 12:00:00', '2023-02-07 12:00:00'],
    ['datetime', '2/7/2023 1:05 PM', '2023-02-07 13:05:00'],
    ['datetime', '2023-02-07T12:00:00', '2023-02-07 12:00:00'],
    ['datetime', '2023-02-07 12:00', '2023-02-07 12:00:00'],
    ['datetime', '2023-02-07', '2023-02-07 00:00:00'],
    ['date', '12/31/2022', '2022-12-31'],
    ['date', '2022/12/31', '2022-12-31'],
  ] as const)('reads %s %j as %s, and says it was not HUD’s format', (type, raw, value) => {
    const r = parseHudValue(type, raw);
    expect(r).toMatchObject({ ok: true, value });
    expect(r.ok && r.nonstandard).toContain(raw);
  });

  it.each([
    ['date', '2022-13-45'],
    ['date', '31/12/2022'],
    ['date', '12/31/22'],
    ['date', '2023-02-29'],
    ['datetime', '2023-02-07 25:00:00'],
    ['datetime', '2023-02-07T12:00:00+02:00'],
    ['integer', '1.5'],
    ['integer', 'one'],
    ['integer', '99999999999'],
    ['decimal', '12.345'],
    ['decimal', '$100'],
  ] as const)('refuses %s %j with a reason', (type, raw) => {
    const r = parseHudValue(type, raw);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain(raw);
  });
});
