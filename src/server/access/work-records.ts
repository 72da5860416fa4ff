// Lookups of users' work records: paused workflows, jobs and their files, service batches,
// deletion requests, saved report settings, report schedules, notifications and merges. Same contract as client-records.ts:
// the record, or the 404 of an ID that does not exist; call before any other check.
import { and, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import {
  clientMergeTable,
  jobRunTable,
  notificationTable,
  reportScheduleTable,
  savedReportSettingTable,
  serviceBatchEntryTable,
  serviceBatchTable,
  serviceDeletionRequestTable,
  serviceTable,
  storedFileTable,
  workflowDraftTable,
} from '../../db/schema/index.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import { hasRole, type RequestContext } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import type { LookupOptions } from './client.ts';
import { clientVisibleSql, notAnotherVspSql, vspClientElsewhereSql, vspDataVisibleSql } from './visibility.ts';

type Lock = { lock?: boolean };

async function oneOr<T>(rows: Promise<T[]>, what: string, opts: LookupOptions = {}): Promise<T> {
  const [row] = await rows;
  if (!row) throw notFound(what, opts.field);
  return row;
}

/** Condition: the user's own paused workflows, about clients and enrollments the user may still see. */
export function draftVisibleSql(ctx: RequestContext): SQL {
  const org = currentOrganization(ctx);
  return and(
    eq(workflowDraftTable.userId, ctx.user.id),
    or(isNull(workflowDraftTable.personalId), clientVisibleSql(workflowDraftTable.personalId, org)),
    or(
      isNull(workflowDraftTable.enrollmentId),
      sql`EXISTS (SELECT 1 FROM enrollment vis_de WHERE vis_de.enrollment_id = ${workflowDraftTable.enrollmentId}
        AND ${clientVisibleSql(sql.raw('vis_de.personal_id'), org)})`,
    ),
  ) as SQL;
}

export function requireDraft(db: DbOrTx, ctx: RequestContext, id: string) {
  return oneOr(
    db
      .select()
      .from(workflowDraftTable)
      .where(and(eq(workflowDraftTable.id, id), draftVisibleSql(ctx))),
    'Paused workflow',
  );
}

/**
 * Condition: jobs the user may see — their own, or any for an HMIS admin — except those holding
 * a victim-service provider's data, seen only by users working as that provider.
 */
export function jobVisibleSql(ctx: RequestContext): SQL {
  return and(
    hasRole(ctx.user, 'hmis_admin') ? undefined : eq(jobRunTable.ownerId, ctx.user.id),
    vspDataVisibleSql(jobRunTable.vspOrganizationId, currentOrganization(ctx)),
  ) as SQL;
}

export function requireJob(db: DbOrTx, ctx: RequestContext, id: string) {
  return oneOr(
    db
      .select()
      .from(jobRunTable)
      .where(and(eq(jobRunTable.id, id), jobVisibleSql(ctx))),
    'The job',
  );
}

/** Condition: Files on Server the user may reach (the rule of jobs), not deleted. */
export function storedFileVisibleSql(ctx: RequestContext): SQL {
  return and(
    isNull(storedFileTable.deletedAt),
    hasRole(ctx.user, 'hmis_admin') ? undefined : eq(storedFileTable.ownerId, ctx.user.id),
    vspDataVisibleSql(storedFileTable.vspOrganizationId, currentOrganization(ctx)),
  ) as SQL;
}

export function requireStoredFile(db: DbOrTx, ctx: RequestContext, id: string) {
  return oneOr(
    db
      .select()
      .from(storedFileTable)
      .where(and(eq(storedFileTable.id, id), storedFileVisibleSql(ctx))),
    'The file',
  );
}

/** A service batch of the organization the user works as (batches are the organization's). */
export function requireBatch(db: DbOrTx, ctx: RequestContext, id: string, opts: Lock = {}) {
  const q = db
    .select()
    .from(serviceBatchTable)
    .where(and(eq(serviceBatchTable.id, id), eq(serviceBatchTable.organizationId, currentOrganization(ctx))));
  return oneOr(opts.lock ? q.for('update') : q, 'The batch');
}

/** An entry (not removed) of a batch of the user's organization, for a client the user may see. */
export function requireBatchEntry(db: DbOrTx, ctx: RequestContext, batchId: string, entryId: string) {
  const org = currentOrganization(ctx);
  return oneOr(
    db
      .select({ entry: serviceBatchEntryTable })
      .from(serviceBatchEntryTable)
      .innerJoin(serviceBatchTable, eq(serviceBatchTable.id, serviceBatchEntryTable.batchId))
      .where(
        and(
          eq(serviceBatchEntryTable.id, entryId),
          eq(serviceBatchEntryTable.batchId, batchId),
          eq(serviceBatchTable.organizationId, org),
          isNull(serviceBatchEntryTable.removedAt),
          clientVisibleSql(serviceBatchEntryTable.personalId, org),
        ),
      ),
    'The batch entry',
  ).then((r) => r.entry);
}

/** A request to delete a service the user may see. */
export function requireDeletionRequest(db: DbOrTx, ctx: RequestContext, id: string, opts: Lock = {}) {
  const q = db
    .select({ request: serviceDeletionRequestTable })
    .from(serviceDeletionRequestTable)
    .innerJoin(serviceTable, eq(serviceTable.id, serviceDeletionRequestTable.serviceId))
    .where(
      and(eq(serviceDeletionRequestTable.id, id), clientVisibleSql(serviceTable.personalId, currentOrganization(ctx))),
    );
  return oneOr(opts.lock ? q.for('update', { of: serviceDeletionRequestTable }) : q, 'The deletion request').then(
    (r) => r.request,
  );
}

/** One of the user's saved report settings. */
export function requireReportSetting(db: DbOrTx, ctx: RequestContext, id: string) {
  return oneOr(
    db
      .select()
      .from(savedReportSettingTable)
      .where(and(eq(savedReportSettingTable.id, id), eq(savedReportSettingTable.ownerId, ctx.user.id))),
    'The saved settings',
  );
}

/** A merge of two clients the user may see. */
export function requireMerge(db: DbOrTx, ctx: RequestContext, id: string, opts: Lock = {}) {
  const org = currentOrganization(ctx);
  const q = db
    .select()
    .from(clientMergeTable)
    .where(
      and(
        eq(clientMergeTable.id, id),
        clientVisibleSql(clientMergeTable.survivorId, org),
        clientVisibleSql(clientMergeTable.mergedId, org),
      ),
    );
  return oneOr(opts.lock ? q.for('update') : q, 'The merge');
}

/** Condition: the user's own report schedules; one made working as a VSP only while working as it (its runs hold the VSP's data). */
export function reportScheduleVisibleSql(ctx: RequestContext): SQL {
  return and(
    eq(reportScheduleTable.ownerId, ctx.user.id),
    notAnotherVspSql(reportScheduleTable.organizationId, currentOrganization(ctx)),
  ) as SQL;
}

export function requireReportSchedule(db: DbOrTx, ctx: RequestContext, id: string, opts: Lock = {}) {
  const q = db
    .select()
    .from(reportScheduleTable)
    .where(and(eq(reportScheduleTable.id, id), reportScheduleVisibleSql(ctx)));
  return oneOr(opts.lock ? q.for('update') : q, 'The schedule');
}

/**
 * Condition: the user's own notifications, except those about a victim-service provider's client
 * while not working as that provider (a household that became the VSP's after the notice, or an
 * HMIS admin who is also the VSP's member). Whether another client they name is shown is decided per row.
 */
export function notificationVisibleSql(ctx: RequestContext): SQL {
  const org = ctx.user.currentOrganizationId;
  const workingAs = org && ctx.user.organizationIds.includes(org) ? org : null;
  return sql`(${notificationTable.userId} = ${ctx.user.id} AND (${notificationTable.personalId} IS NULL
    OR NOT ${vspClientElsewhereSql(notificationTable.personalId, workingAs)}))`;
}

/** The IDs, when every one is a notification of the user's; else the 404 of one that does not exist. */
export async function requireNotifications(db: DbOrTx, ctx: RequestContext, ids: string[], opts: LookupOptions = {}) {
  const wanted = [...new Set(ids)];
  if (!wanted.length) return wanted;
  const rows = await db
    .select({ id: notificationTable.id })
    .from(notificationTable)
    .where(and(inArray(notificationTable.id, wanted), notificationVisibleSql(ctx)));
  if (rows.length !== wanted.length) throw notFound('The notification', opts.field);
  return wanted;
}
