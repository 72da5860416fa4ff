// Brings a project's CoC, funder, inventory, HMIS and CE participation records in line with what
// the form sent: rows with an ID are updated (if changed), rows without one are added, stored
// rows the form no longer lists are soft-deleted. Runs inside the project's transaction.
import { and, eq, isNull } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/connect.ts';
import {
  ceParticipationTable,
  funderTable,
  hmisParticipationTable,
  inventoryTable,
  projectCocTable,
} from '../../db/schema/index.ts';
import type { RequestContext } from '../http/context.ts';
import { staleVersion, validationFailed } from '../http/errors.ts';
import { hudNow, newId } from '../http/ids.ts';
import type { ProjectInput } from './project.schema.ts';
import { hudCreated, hudUpdated, sameVersion } from './write-helpers.ts';

export type SubRecordChanges = { added: number; updated: number; removed: number };
type Row = Record<string, unknown>;
type SubTable = PgTable & { ProjectID: PgColumn; DateDeleted: PgColumn; version: PgColumn };

async function syncTable<T extends SubTable>(
  tx: Tx,
  ctx: RequestContext,
  projectId: string,
  table: T,
  idKey: string,
  idColumn: PgColumn,
  what: string,
  path: string,
  inputs: ({ version?: number } & Row)[],
): Promise<SubRecordChanges> {
  const changes = { added: 0, updated: 0, removed: 0 };
  const stored: Row[] = await tx
    .select()
    .from(table as PgTable)
    .where(and(eq(table.ProjectID, projectId), isNull(table.DateDeleted)));
  const byId = new Map(stored.map((row) => [String(row[idKey]), row]));
  const kept = new Set<string>();
  for (const [i, input] of inputs.entries()) {
    const { version, [idKey]: rawId, ...values } = input;
    const id = typeof rawId === 'string' && rawId ? rawId : undefined;
    if (!id) {
      await tx
        .insert(table)
        .values({ ...values, [idKey]: newId(), ProjectID: projectId, ...hudCreated(ctx) } as T['$inferInsert']);
      changes.added++;
      continue;
    }
    const row = byId.get(id);
    if (!row) throw validationFailed({ [`${path}.${i}`]: `This ${what} is no longer part of the project. Reload it.` });
    if (version === undefined) throw validationFailed({ [`${path}.${i}.version`]: 'Send the version you read' });
    if (version !== row.version) throw staleVersion(`A ${what} of this project`);
    kept.add(id);
    if (Object.entries(values).every(([k, v]) => row[k] === v)) continue;
    const updated = await tx
      .update(table)
      .set({ ...values, ...hudUpdated(ctx, table.version) } as Partial<T['$inferInsert']>)
      .where(sameVersion(idColumn, id, table.version, version, table.DateDeleted))
      .returning({ id: idColumn });
    if (!updated.length) throw staleVersion(`A ${what} of this project`);
    changes.updated++;
  }
  for (const id of byId.keys()) {
    if (kept.has(id)) continue;
    await tx
      .update(table)
      .set({ ...hudUpdated(ctx, table.version), DateDeleted: hudNow() } as Partial<T['$inferInsert']>)
      .where(eq(idColumn, id));
    changes.removed++;
  }
  return changes;
}

export async function syncProjectRecords(tx: Tx, ctx: RequestContext, projectId: string, input: ProjectInput) {
  const run = (
    table: SubTable,
    idKey: string,
    idColumn: PgColumn,
    what: string,
    path: keyof ProjectInput,
    rows: Row[],
  ) => syncTable(tx, ctx, projectId, table, idKey, idColumn, what, path, rows);
  return {
    cocs: await run(projectCocTable, 'ProjectCoCID', projectCocTable.ProjectCoCID, 'CoC record', 'cocs', input.cocs),
    funders: await run(funderTable, 'FunderID', funderTable.FunderID, 'funder', 'funders', input.funders),
    inventory: await run(
      inventoryTable,
      'InventoryID',
      inventoryTable.InventoryID,
      'inventory record',
      'inventory',
      input.inventory,
    ),
    participations: await run(
      hmisParticipationTable,
      'HMISParticipationID',
      hmisParticipationTable.HMISParticipationID,
      'HMIS participation record',
      'participations',
      input.participations,
    ),
    ceParticipations: await run(
      ceParticipationTable,
      'CEParticipationID',
      ceParticipationTable.CEParticipationID,
      'CE participation record',
      'ceParticipations',
      input.ceParticipations,
    ),
  };
}
