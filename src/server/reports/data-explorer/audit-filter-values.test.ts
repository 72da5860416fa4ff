// Audit rows of Data Explorer runs written before the audit dropped filter values lose them too
// (migration 0920): the typed text can be a client's name.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const migration = new URL('../../../db/migrations/0920_explorer_audit_without_filter_values.sql', import.meta.url);

describe('Data Explorer audit rows written before the fix', () => {
  it('keep which columns were filtered and how, and lose the typed values', async () => {
    const raw = t.database.raw;
    const insert = async (entityId: string, detail: unknown) =>
      (
        await raw.query<{ id: string }>(
          `INSERT INTO audit_event (action, entity_type, entity_id, detail) VALUES ('report.run', 'report', $1, $2) RETURNING id`,
          [entityId, JSON.stringify(detail)],
        )
      ).rows[0]?.id;
    const listed = await insert('data-explorer', {
      subject: 'clients',
      filters: [
        { column: 'LastName', op: 'equals', value: 'Benavides' },
        { column: 'ExitDate', op: 'is_empty' },
      ],
    });
    const asText = await insert('data-explorer', { subject: 'clients', filters: '[{"value":"Benavides"}]' });
    const otherReport = await insert('bnl', { filters: [{ column: 'x', value: 'kept' }] });

    await raw.exec(readFileSync(migration, 'utf8'));

    const detail = async (id: string | undefined) =>
      (await raw.query<{ detail: Record<string, unknown> }>('SELECT detail FROM audit_event WHERE id = $1', [id]))
        .rows[0]?.detail;
    expect(await detail(listed)).toEqual({
      subject: 'clients',
      filters: [
        { column: 'LastName', op: 'equals' },
        { column: 'ExitDate', op: 'is_empty' },
      ],
    });
    expect(await detail(asText)).toEqual({ subject: 'clients' });
    expect(await detail(otherReport)).toEqual({ filters: [{ column: 'x', value: 'kept' }] });
    const left = await raw.query(`SELECT 1 FROM audit_event WHERE detail::text LIKE '%Benavides%'`);
    expect(left.rows).toHaveLength(0);
  });
});
