// The HMIS admin's Home: organizations, users who signed in this week, background jobs running
// and failed, and the HMIS CSV imports and exports of the last days. No client data; jobs of a
// victim-service provider are left out unless the admin works as it (their titles describe its data).
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { NoYes } from '../../hud/codes.ts';
import { requireRole } from '../auth/session-hook.ts';
import { sqlRows } from '../clients/client-summary.ts';
import { EXPORT_JOB } from '../hmis-csv/run-export-job.ts';
import { IMPORT_JOB } from '../hmis-csv/run-import-job.ts';
import type { RequestContext } from '../http/context.ts';
import { type Language, translateMessage } from '../http/messages/localize.ts';

const RECENT_DAYS = 7;

export async function adminDashboard(db: DbOrTx, ctx: RequestContext, lng: Language = 'en') {
  requireRole(ctx, 'hmis_admin');
  const current = ctx.user.currentOrganizationId ?? '';
  const [counts] = await sqlRows<{
    organizations: number;
    vsp: number;
    users: number;
    activeThisWeek: number;
  }>(
    db,
    sql`SELECT
        (SELECT count(*) FROM organization WHERE date_deleted IS NULL)::int AS organizations,
        (SELECT count(*) FROM organization WHERE date_deleted IS NULL AND victim_service_provider = ${NoYes.Yes})::int AS vsp,
        (SELECT count(*) FROM app_user WHERE active)::int AS users,
        (SELECT count(*) FROM app_user WHERE active AND last_login_at > now() - interval '7 days')::int AS "activeThisWeek"`,
  );
  const visibleJob = sql`(j.organization_id IS NULL OR j.organization_id = ${current} OR NOT EXISTS (
      SELECT 1 FROM organization o WHERE o.organization_id = j.organization_id AND o.victim_service_provider = ${NoYes.Yes}))`;
  const jobs = await sqlRows<{ status: string; jobs: number }>(
    db,
    sql`SELECT j.status, count(*)::int AS jobs FROM job_run j
      WHERE ${visibleJob} AND (j.status IN ('queued', 'running')
        OR j.finished_at > now() - make_interval(days => ${RECENT_DAYS}))
      GROUP BY j.status`,
  );
  const byStatus = (s: string) => jobs.find((j) => j.status === s)?.jobs ?? 0;
  const failed = await sqlRows<{ id: string; title: string; finishedAt: string; error: string | null }>(
    db,
    sql`SELECT j.id, j.title, j.finished_at AS "finishedAt", j.error FROM job_run j
      WHERE ${visibleJob} AND j.status = 'failed' AND j.finished_at > now() - make_interval(days => ${RECENT_DAYS})
      ORDER BY j.finished_at DESC LIMIT 8`,
  );
  const transfers = await sqlRows<{ id: string; kind: string; title: string; status: string; queuedAt: string }>(
    db,
    sql`SELECT j.id, j.kind, j.title, j.status, j.queued_at AS "queuedAt" FROM job_run j
      WHERE ${visibleJob} AND j.kind IN (${EXPORT_JOB}, ${IMPORT_JOB})
        AND j.queued_at > now() - make_interval(days => ${RECENT_DAYS})
      ORDER BY j.queued_at DESC LIMIT 10`,
  );
  const iso = (d: string) => new Date(d).toISOString();
  // Jobs' titles and failures are stored in English and read in the reader's language.
  const t = (text: string) => translateMessage(text, lng);
  return {
    organizations: { total: counts?.organizations ?? 0, victimServiceProviders: counts?.vsp ?? 0 },
    users: { active: counts?.users ?? 0, signedInThisWeek: counts?.activeThisWeek ?? 0 },
    jobs: {
      queued: byStatus('queued'),
      running: byStatus('running'),
      done: byStatus('done'),
      failed: byStatus('failed'),
      recentFailures: failed.map((f) => ({
        id: f.id,
        title: t(f.title),
        finishedAt: iso(f.finishedAt),
        error: f.error && t(f.error),
      })),
    },
    importsExports: transfers.map((j) => ({
      id: j.id,
      kind: j.kind === IMPORT_JOB ? ('import' as const) : ('export' as const),
      title: t(j.title),
      status: j.status,
      queuedAt: iso(j.queuedAt),
    })),
    days: RECENT_DAYS,
  };
}
