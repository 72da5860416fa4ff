// Which projects, enrollments and clients an export covers, kept in temporary tables so each
// file's query is a plain join the database can stream. The user's choices enter only here, as
// query parameters; the file queries read the scope tables.

import { ENDPOINTS } from './endpoint-profiles.ts';
import type { ExportParams } from './export-params.ts';

export type Query = (text: string, params?: unknown[]) => Promise<{ rows: unknown[] }>;

export type Scope = {
  /** Everything in Hearth is in the export: files read their tables without joining the scope. */
  whole: boolean;
  project: string;
  enrollment: string;
  client: string;
  grant: string | null;
  tables: string[];
};

export type ScopeInput = {
  params: ExportParams;
  /** The organization the export runs as: a victim service provider's client data leaves Hearth only in exports run working as it. */
  memberOrganizationIds: string[];
};

export async function createScope(q: Query, input: ScopeInput): Promise<Scope> {
  const { params: p } = input;
  // Temporary tables of the export's transaction, dropped at its commit.
  const name = (t: string) => `x_${t}`;
  const create = (t: string) => `CREATE TEMP TABLE ${name(t)} ON COMMIT DROP AS`;
  const profile = ENDPOINTS[p.sourceEndpoint];
  const scope: Scope = {
    whole: await isWhole(q, input),
    project: name('project'),
    enrollment: name('enrollment'),
    client: name('client'),
    grant: p.grantIds?.length ? name('grant') : null,
    tables: [],
  };
  if (scope.whole) return scope;
  const live = (alias: string) => (p.excludeDeleted ? `${alias}.date_deleted IS NULL` : 'true');
  if (scope.grant) {
    await q(`${create('grant')} SELECT DISTINCT unnest($1::varchar[]) AS grant_id`, [p.grantIds]);
    scope.tables.push(scope.grant);
  }
  await q(
    `${create('project')}
     SELECT p.project_id, p.organization_id,
            (o.victim_service_provider IS DISTINCT FROM 1 OR p.organization_id = ANY($7::varchar[])) AS client_data
     FROM project p JOIN organization o ON o.organization_id = p.organization_id
     WHERE ($1::boolean OR p.organization_id = ANY($2::varchar[]))
       AND ($3::varchar[] IS NULL OR p.project_id = ANY($3::varchar[]))
       AND ${live('p')} AND ${live('o')}
       AND ($4::varchar IS NULL OR EXISTS (SELECT 1 FROM project_coc pc WHERE pc.project_id = p.project_id AND pc.coc_code = $4 AND ${live('pc')}))
       AND ($5::varchar[] IS NULL OR EXISTS (SELECT 1 FROM funder f WHERE f.project_id = p.project_id AND f.grant_id = ANY($5::varchar[]) AND ${live('f')}))
       AND ($6::int[] IS NULL OR EXISTS (SELECT 1 FROM funder f WHERE f.project_id = p.project_id AND f.funder = ANY($6::int[])
            AND f.start_date <= $9::date AND (f.end_date IS NULL OR f.end_date >= $8::date) AND ${live('f')}))`,
    [
      p.allOrganizations,
      p.organizationIds ?? [],
      p.projectIds?.length ? p.projectIds : null,
      p.cocFilter ?? null,
      p.grantIds?.length ? p.grantIds : null,
      profile.funders ?? null,
      input.memberOrganizationIds,
      p.startDate,
      p.endDate,
    ],
  );
  scope.tables.push(scope.project);
  // Enrollments active at some point between the dates: started by the end, not exited before the start.
  await q(
    `${create('enrollment')}
     SELECT e.enrollment_id, e.personal_id, e.entry_date, x.exit_date
     FROM enrollment e
     JOIN ${scope.project} xp ON xp.project_id = e.project_id AND xp.client_data
     JOIN client c ON c.personal_id = e.personal_id
     LEFT JOIN (SELECT enrollment_id, min(exit_date) AS exit_date FROM exit x WHERE ${live('x')} GROUP BY enrollment_id) x
       ON x.enrollment_id = e.enrollment_id
     WHERE e.entry_date <= $1::date AND (x.exit_date IS NULL OR x.exit_date >= $2::date)
       AND ${live('e')} AND ${live('c')}
       AND ($3::varchar IS NULL OR e.enrollment_coc IS NULL OR e.enrollment_coc = $3)`,
    [p.endDate, p.startDate, p.cocFilter ?? null],
  );
  scope.tables.push(scope.enrollment);
  await q(`${create('client')} SELECT DISTINCT personal_id FROM ${scope.enrollment}`);
  scope.tables.push(scope.client);
  for (const t of scope.tables) await q(`ANALYZE ${t}`);
  return scope;
}

// A CoC-wide export whose period covers every enrollment, with nothing deleted and no victim
// service provider's client data to hold back, is every row of every table: the common full
// export then streams its tables directly. Checked with cheap aggregates; any doubt means no.
async function isWhole(q: Query, input: ScopeInput): Promise<boolean> {
  const p = input.params;
  if (!p.allOrganizations || p.projectIds?.length || p.grantIds?.length || p.cocFilter || p.sourceEndpoint !== 'full') {
    return false;
  }
  const deleted = ['organization', 'project', 'client', 'enrollment', 'exit']
    .map((t) => `EXISTS (SELECT 1 FROM ${t} WHERE date_deleted IS NOT NULL)`)
    .join(' OR ');
  const { rows } = await q(
    `SELECT coalesce((SELECT max(entry_date) FROM enrollment) <= $1::date, true)
        AND coalesce((SELECT min(exit_date) FROM exit) >= $2::date, true)
        AND NOT ($3::boolean AND (${deleted}))
        AND NOT EXISTS (SELECT 1 FROM enrollment e JOIN project p ON p.project_id = e.project_id
                        JOIN organization o ON o.organization_id = p.organization_id
                        WHERE o.victim_service_provider = 1 AND NOT p.organization_id = ANY($4::varchar[]))
        AND NOT EXISTS (SELECT 1 FROM client c WHERE NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.personal_id = c.personal_id))
        AS whole`,
    [p.endDate, p.startDate, p.excludeDeleted, input.memberOrganizationIds],
  );
  return (rows[0] as { whole?: boolean } | undefined)?.whole === true;
}
