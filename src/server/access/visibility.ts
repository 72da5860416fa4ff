// The visibility rule, as SQL conditions every lookup and list builds on (docs/decisions.md,
// "Who sees what"). Everything is decided by the organization the user works as:
//  - a client restricted to one organization (every client created while working as a
//    victim-service provider is; others by choice) is seen only by users working as it;
//  - a client with any enrollment in a project of a victim-service provider (VSP) is seen only
//    by users working as that provider — HMIS admins working as another organization included;
//  - a client's enrollments, exits, assessments, services and case managers follow the client;
//  - records a VSP wrote about a shared client (case managers, files, interested others) and
//    anything derived from a VSP's data (jobs, report and export files) stay inside the VSP.
import { and, eq, type Placeholder, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { organizationTable } from '../../db/schema/index.ts';
import { NoYes } from '../../hud/codes.ts';

/** A victim-service provider code as a literal: the planner then knows how few organizations match. */
const VSP = sql.raw(String(NoYes.Yes));

/**
 * The client whose PersonalID is `personalId` (a column or expression) is visible to users working as
 * `organizationId` (a value, or a placeholder of a query built once). Other VSPs' projects are one
 * uncorrelated array, computed once per query: each client is then checked against the enrollment
 * index alone, which PostgreSQL plans in a fraction of the time of a three-table join per client.
 */
export function clientVisibleSql(personalId: SQLWrapper, organizationId: string | Placeholder) {
  return sql`(NOT EXISTS (SELECT 1 FROM client_profile vis_cp WHERE vis_cp.personal_id = ${personalId}
      AND vis_cp.restricted_organization_id IS NOT NULL AND vis_cp.restricted_organization_id <> ${organizationId})
    AND NOT EXISTS (SELECT 1 FROM enrollment vis_e WHERE vis_e.personal_id = ${personalId}
      AND vis_e.project_id = ANY(ARRAY(SELECT vis_p.project_id FROM project vis_p
        JOIN organization vis_o ON vis_o.organization_id = vis_p.organization_id
        WHERE vis_o.victim_service_provider = ${VSP} AND vis_o.organization_id <> ${organizationId}))))`;
}

/**
 * The client is a victim-service provider's other than `organizationId` (enrolled at, or restricted
 * to, one; `null`: whichever): outside it not even that a record about them exists may show.
 */
export function vspClientElsewhereSql(personalId: SQLWrapper, organizationId: string | null): SQL {
  const other = organizationId === null ? sql`TRUE` : sql`vsp_o.organization_id <> ${organizationId}`;
  return sql`(EXISTS (SELECT 1 FROM enrollment vsp_e JOIN project vsp_p ON vsp_p.project_id = vsp_e.project_id
      JOIN organization vsp_o ON vsp_o.organization_id = vsp_p.organization_id
      WHERE vsp_e.personal_id = ${personalId} AND vsp_e.date_deleted IS NULL
        AND vsp_o.victim_service_provider = ${VSP} AND ${other})
    OR EXISTS (SELECT 1 FROM client_profile vsp_cp
      JOIN organization vsp_o ON vsp_o.organization_id = vsp_cp.restricted_organization_id
      WHERE vsp_cp.personal_id = ${personalId} AND vsp_o.victim_service_provider = ${VSP} AND ${other}))`;
}

/** A record written by `writerOrganizationId` is visible outside it unless that organization is a VSP. */
export function notAnotherVspSql(writerOrganizationId: SQLWrapper, organizationId: string | Placeholder) {
  return sql`(${writerOrganizationId} IS NULL OR ${writerOrganizationId} = ${organizationId}
    OR NOT EXISTS (SELECT 1 FROM organization vis_w WHERE vis_w.organization_id = ${writerOrganizationId}
      AND vis_w.victim_service_provider = ${VSP}))`;
}

/** Data derived from a VSP's records (`vspColumn` names the VSP, or is null) is visible only working as it. */
export function vspDataVisibleSql(vspColumn: SQLWrapper, organizationId: string) {
  return sql`(${vspColumn} IS NULL OR ${vspColumn} = ${organizationId})`;
}

/** The organization, when it is a victim-service provider: the VSP whose data a job run while working as it holds. */
export async function vspOrganizationOf(db: DbOrTx, organizationId: string | null | undefined): Promise<string | null> {
  if (!organizationId) return null;
  const [row] = await db
    .select({ id: organizationTable.OrganizationID })
    .from(organizationTable)
    .where(
      and(eq(organizationTable.OrganizationID, organizationId), eq(organizationTable.VictimServiceProvider, NoYes.Yes)),
    );
  return row?.id ?? null;
}
