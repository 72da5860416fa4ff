// Grants (HUD Funder records) as a report filter: only grants of the programs in scope.
import { sql } from 'drizzle-orm';
import { sqlRows } from '../../clients/client-summary.ts';
import { validationFailed } from '../../http/errors.ts';
import type { ReportRun } from '../framework/types.ts';
import { organizationsOf, type ScopeFilters } from './enrollment-filters.ts';

type GrantFilters = ScopeFilters & { grantIds: string[] };

/** Every chosen grant must fund one of the chosen programs (or of the organizations' programs). */
export async function checkGrants(run: ReportRun<GrantFilters>) {
  const ids = run.params.grantIds;
  if (!ids.length) return;
  const projects = run.params.projectIds;
  const found = await sqlRows<{ id: string }>(
    run.db,
    sql`SELECT f.funder_id AS id FROM funder f JOIN project p ON p.project_id = f.project_id
      WHERE f.funder_id = ANY(${sql.param(ids)}::varchar[]) AND f.date_deleted IS NULL
        AND p.organization_id = ANY(${sql.param(organizationsOf(run))}::varchar[])
        ${projects.length ? sql`AND p.project_id = ANY(${sql.param(projects)}::varchar[])` : sql``}`,
  );
  const known = new Set(found.map((f) => f.id));
  const bad = ids.filter((id) => !known.has(id));
  if (bad.length) {
    throw validationFailed({
      grantIds: `Grant ${bad.join(', ')} does not fund the chosen programs: choose grants of those programs`,
    });
  }
}

export const describeGrants = (p: { grantIds: string[] }) =>
  p.grantIds.length ? [`Grants: ${p.grantIds.join(', ')}`] : [];
