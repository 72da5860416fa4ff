// A browser cell's drill-down: the clients the cell counted (cellRows), each with the enrollment
// and the values that placed them there. Only clients the user may see are listed (a restricted
// client of another organization is counted but not named), and each one shown is audited.
import { and, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { clientTable } from '../../../../db/schema/index.ts';
import { hudLabel } from '../../../../hud/codes.ts';
import { currentOrganization } from '../../../auth/session-hook.ts';
import { clientVisibleSql, mayViewFullPii } from '../../../clients/client-access.ts';
import { dobDisplay } from '../../../clients/mask.ts';
import type { Deps } from '../../../deps.ts';
import type { RequestContext } from '../../../http/context.ts';
import { validationFailed } from '../../../http/errors.ts';
import { recordClientReads } from '../../../services/audit-many.ts';
import { cellRows } from '../run-apr.ts';
import { tableById } from '../tables/index.ts';
import type { UniverseRow } from '../universe/universe-row.ts';
import { aprRunFor } from './apr-runs.ts';
import { drillable } from './apr-view.ts';
import type { AprCellParams } from './cell-params.ts';
import { savedRunMatching } from './saved-apr-runs.ts';

export const cellClients = z.object({
  table: z.string(),
  row: z.string(),
  column: z.string(),
  count: z.number().describe('Clients the cell counted'),
  notShown: z.number().describe('Counted clients the user may not see'),
  clients: z.array(
    z.object({
      personalId: z.string(),
      firstName: z.string().nullable(),
      lastName: z.string().nullable(),
      dob: z.string().nullable(),
      enrollmentId: z.string(),
      projectId: z.string(),
      entryDate: z.string(),
      exitDate: z.string().nullable(),
      values: z.record(z.string(), z.string()),
    }),
  ),
});

const HOUSEHOLD: Record<UniverseRow['householdType'], string> = {
  adults_only: 'Without children',
  adults_and_children: 'With children and adults',
  children_only: 'With only children',
  unknown: 'Unknown household type',
};

/** What placed a client in a cell: the attributes most tables classify on. */
function valuesOf(u: UniverseRow): Record<string, string> {
  return {
    Age: u.age === null ? 'Unknown' : String(u.age),
    'Relationship to head of household':
      hudLabel('RelationshipToHoH', u.relationshipToHoH) ?? String(u.relationshipToHoH),
    'Household type': HOUSEHOLD[u.householdType],
    'Stayer or leaver': u.stayer ? 'Stayer' : 'Leaver',
    Veteran: u.veteran ? 'Yes' : 'No',
    'Chronically homeless': u.chronic,
    ...(u.destination !== null ? { Destination: hudLabel('Destination', u.destination) ?? String(u.destination) } : {}),
    ...(u.moveInDate ? { 'Housing move-in date': u.moveInDate } : {}),
    ...(u.income.start?.total != null ? { 'Monthly income at start': u.income.start.total.toFixed(2) } : {}),
  };
}

export async function listCellClients(deps: Deps, ctx: RequestContext, p: AprCellParams) {
  const run = p.savedRunId ? await savedRunMatching(deps, ctx, p.savedRunId, p) : await aprRunFor(deps, p);
  const computed = run.tables.find((t) => t.id === p.table);
  if (!computed) throw validationFailed({ table: `The ${p.reportType} has no table ${p.table}` });
  const def = tableById(p.table)
    ?.rows(run.info)
    .find((r) => r.key === p.row && !r.hidden);
  if (!def) throw validationFailed({ row: `Table ${p.table} has no row ${p.row}` });
  if (!drillable(def.cells[p.column])) {
    throw validationFailed({ column: `That cell of ${p.table} is not a count of clients` });
  }
  const rows = cellRows(run, p.table, p.row, p.column);
  const { db } = deps.database;
  const ids = [...new Set(rows.map((u) => u.personalId))];
  const visible = ids.length
    ? await db
        .select({
          id: clientTable.PersonalID,
          first: clientTable.FirstName,
          last: clientTable.LastName,
          dob: clientTable.DOB,
        })
        .from(clientTable)
        .where(
          and(
            inArray(clientTable.PersonalID, ids),
            isNull(clientTable.DateDeleted),
            clientVisibleSql(clientTable.PersonalID, currentOrganization(ctx)),
          ),
        )
    : [];
  const byId = new Map(visible.map((c) => [c.id, c]));
  const full = mayViewFullPii(ctx);
  const shown = rows.filter((u) => byId.has(u.personalId));
  await recordClientReads(
    db,
    ctx,
    shown.map((u) => u.personalId),
    `apr.cell:${p.reportType}:${p.table}`,
  );
  const offset = computed.rowLabels ? 1 : 0;
  return {
    table: p.table,
    row: def.label,
    column: computed.header[p.column + offset] ?? '',
    count: rows.length,
    notShown: rows.length - shown.length,
    clients: shown.map((u) => {
      const c = byId.get(u.personalId);
      return {
        personalId: u.personalId,
        firstName: c?.first ?? null,
        lastName: c?.last ?? null,
        dob: dobDisplay(c?.dob ?? null, full),
        enrollmentId: u.enrollmentId,
        projectId: u.projectId,
        entryDate: u.entryDate,
        exitDate: u.exitDate,
        values: valuesOf(u),
      };
    }),
  };
}
