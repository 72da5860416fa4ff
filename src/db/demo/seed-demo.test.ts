// The demo CoC's set-up data passes HUD's CSV validator: residential projects have an address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('demo CoC set-up', () => {
  it('gives every demo project an address, city, state and ZIP in its CoC record', async () => {
    const { rows } = await t.database.raw.query<{
      project_id: string;
      project_type: number;
      address1: string | null;
      city: string | null;
      state: string | null;
      zip: string | null;
    }>(
      `SELECT p.project_id, p.project_type, c.address1, c.city, c.state, c.zip
         FROM project p JOIN project_coc c ON c.project_id = p.project_id
        WHERE p.project_id LIKE 'PRJ-%' ORDER BY p.project_id`,
    );
    // Emergency shelter (entry/exit and night-by-night) and transitional housing are the ones flagged.
    expect(rows.map((r) => r.project_type)).toEqual(expect.arrayContaining([0, 1, 2]));
    for (const r of rows) {
      expect(r.address1, r.project_id).toMatch(/^\d+ \w+/);
      expect([r.city, r.state], r.project_id).toEqual(['Dallas', 'TX']);
      expect(r.zip, r.project_id).toMatch(/^\d{5}$/);
    }
  });
});
