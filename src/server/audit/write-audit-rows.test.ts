// Audit rows of concurrent reads written together: each caller's rows committed before it goes on,
// a bad row failing only its own caller, and rows written in a transaction going with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { type AuditRow, writeAuditRows } from './write-audit-rows.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: false });
});
afterAll(() => t.close());

const row = (action: string, entityId: string): AuditRow => ({
  userId: 'USR-TEST',
  username: 'tester',
  organizationId: null,
  ip: '127.0.0.1',
  action,
  entityType: 'client',
  entityId,
  clientId: null,
  detail: JSON.stringify({ view: 'test' }),
});

async function rowsOf(action: string) {
  const r = await t.database.raw.query<{ entity_id: string; at: string }>(
    'SELECT entity_id, at::text AS at FROM audit_event WHERE action = $1 ORDER BY id',
    [action],
  );
  return r.rows;
}

describe('writing audit rows', () => {
  it('commits every caller’s rows, in order, before the caller goes on, several callers to a statement', async () => {
    const callers = Array.from({ length: 60 }, (_, i) => i);
    await Promise.all(
      callers.map(async (i) => {
        await writeAuditRows(t.database.db, [row('test.batch', `${i}-a`), row('test.batch', `${i}-b`)]);
        // Once the write resolves, another connection sees both rows.
        const seen = await t.database.raw.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM audit_event WHERE action = 'test.batch' AND entity_id IN ($1, $2)",
          [`${i}-a`, `${i}-b`],
        );
        expect(seen.rows[0]?.n).toBe(2);
      }),
    );
    const rows = await rowsOf('test.batch');
    expect(rows).toHaveLength(120);
    for (const i of callers) {
      const ids = rows.map((r) => r.entity_id);
      expect(ids.indexOf(`${i}-a`)).toBeLessThan(ids.indexOf(`${i}-b`));
    }
    // Rows written by one statement share its transaction's time: fewer times than callers.
    expect(new Set(rows.map((r) => r.at)).size).toBeLessThan(callers.length);
  });

  it('fails only the caller whose row the database refuses', async () => {
    const results = await Promise.allSettled([
      writeAuditRows(t.database.db, [row('test.refused', 'fine-1')]),
      writeAuditRows(t.database.db, [row('test.refused', 'x'.repeat(65))]),
      writeAuditRows(t.database.db, [row('test.refused', 'fine-2')]),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await rowsOf('test.refused')).map((r) => r.entity_id).sort()).toEqual(['fine-1', 'fine-2']);
  });

  it('writes rows given a transaction in it, so they roll back with it', async () => {
    await expect(
      t.database.db.transaction(async (tx) => {
        await writeAuditRows(tx, [row('test.rolled-back', 'gone')]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await rowsOf('test.rolled-back')).toEqual([]);
  });
});
