// Paused workflows: a workflow's entered values and current step, saved on every step, so a
// workflow left part-way (navigating away, closing the tab, signing out) can be resumed
// exactly where it stopped. Each draft belongs to the user who started it.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/connect.ts';
import {
  clientTable,
  enrollmentTable,
  projectTable,
  type WorkflowKind,
  workflowDraftTable,
} from '../../db/schema/index.ts';
import { requireEnrollment } from '../access/client-records.ts';
import { draftVisibleSql, requireDraft } from '../access/work-records.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireClientAccess } from '../clients/client-access.ts';
import type { RequestContext } from '../http/context.ts';
import { AppError, validationFailed } from '../http/errors.ts';
import { newId } from '../http/ids.ts';
import { assertVersion } from '../http/versions.ts';

export type DraftRow = typeof workflowDraftTable.$inferSelect;
export const FIRST_STEP = 'start';

/** The user's own draft, about a client they may still see; anyone else's does not exist for them. */
export function loadDraft(db: DbOrTx, ctx: RequestContext, id: string): Promise<DraftRow> {
  return requireDraft(db, ctx, id);
}

/** The client a draft is about (the enrollment's client when only the enrollment is named), checked visible. */
async function draftClient(
  db: DbOrTx,
  ctx: RequestContext,
  input: { PersonalID?: string; EnrollmentID?: string },
): Promise<string | null> {
  if (input.PersonalID) await requireClientAccess(db, ctx, input.PersonalID, { field: 'PersonalID' });
  if (!input.EnrollmentID) return input.PersonalID ?? null;
  const e = await requireEnrollment(db, ctx, input.EnrollmentID, { field: 'EnrollmentID' });
  if (input.PersonalID && e.PersonalID !== input.PersonalID)
    throw validationFailed({ EnrollmentID: 'Choose one of this client’s enrollments' });
  return e.PersonalID;
}

export async function createDraft(
  db: Db,
  ctx: RequestContext,
  input: {
    kind: WorkflowKind;
    PersonalID?: string;
    EnrollmentID?: string;
    step?: string;
    data?: Record<string, unknown>;
  },
): Promise<DraftRow> {
  return db.transaction(async (tx) => {
    // A workflow on an enrollment is about that enrollment's client (Paused Workflows shows who).
    const personalId = await draftClient(tx, ctx, input);
    // One paused workflow of a kind per enrollment (per client for an intake): offer that one.
    const about = input.EnrollmentID
      ? eq(workflowDraftTable.enrollmentId, input.EnrollmentID)
      : input.kind === 'intake' && personalId
        ? eq(workflowDraftTable.personalId, personalId)
        : undefined;
    if (about) {
      await tx.execute(
        sql`SELECT pg_advisory_xact_lock(hashtext(${`workflow:${ctx.user.id}:${input.kind}:${input.EnrollmentID ?? personalId}`}))`,
      );
      const [open] = await tx
        .select({ id: workflowDraftTable.id, updatedAt: workflowDraftTable.updatedAt })
        .from(workflowDraftTable)
        .where(and(eq(workflowDraftTable.userId, ctx.user.id), eq(workflowDraftTable.kind, input.kind), about))
        .orderBy(desc(workflowDraftTable.updatedAt))
        .limit(1);
      if (open)
        throw new AppError(
          409,
          'paused_workflow_exists',
          'You already have this workflow paused: resume it, or start over (which deletes the paused one)',
          undefined,
          { draftId: open.id, updatedAt: open.updatedAt.toISOString() },
        );
    }
    const [d] = await tx
      .insert(workflowDraftTable)
      .values({
        id: newId(),
        userId: ctx.user.id,
        organizationId: ctx.user.currentOrganizationId,
        kind: input.kind,
        personalId,
        enrollmentId: input.EnrollmentID ?? null,
        step: input.step ?? FIRST_STEP,
        data: input.data ?? {},
      })
      .returning();
    if (!d) throw new Error('draft insert returned nothing');
    await recordAudit(tx, ctx, {
      action: 'workflow.start',
      entityType: 'workflow_draft',
      entityId: d.id,
      clientId: d.personalId ?? undefined,
      detail: { kind: d.kind, EnrollmentID: d.enrollmentId },
    });
    return d;
  });
}

/** Saves the values and step; `data: {}` with step `start` is a restart. */
export async function saveDraft(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: { step: string; data: Record<string, unknown>; version: number; PersonalID?: string },
  action = 'workflow.save',
): Promise<DraftRow> {
  return db.transaction(async (tx) => {
    const d = await loadDraft(tx, ctx, id);
    if (input.PersonalID) await requireClientAccess(tx, ctx, input.PersonalID, { field: 'PersonalID' });
    assertVersion(d.version, input.version, 'This paused workflow');
    const [saved] = await tx
      .update(workflowDraftTable)
      .set({
        step: input.step,
        data: input.data,
        personalId: input.PersonalID ?? d.personalId,
        updatedAt: new Date(),
        version: sql`${workflowDraftTable.version} + 1`,
      })
      .where(and(eq(workflowDraftTable.id, id), eq(workflowDraftTable.version, input.version)))
      .returning();
    if (!saved) throw new Error('draft vanished');
    await recordAudit(tx, ctx, {
      action,
      entityType: 'workflow_draft',
      entityId: id,
      clientId: saved.personalId ?? undefined,
      detail: { kind: saved.kind, step: saved.step },
    });
    return saved;
  });
}

export async function deleteDraft(db: DbOrTx, ctx: RequestContext, id: string, action = 'workflow.delete') {
  const d = await loadDraft(db, ctx, id);
  await db.delete(workflowDraftTable).where(eq(workflowDraftTable.id, id));
  await recordAudit(db, ctx, {
    action,
    entityType: 'workflow_draft',
    entityId: id,
    clientId: d.personalId ?? undefined,
    detail: { kind: d.kind },
  });
}

/** Home → Paused Workflows: the user's drafts, newest first, with whom and where they are about. */
export async function listDrafts(db: Db, ctx: RequestContext) {
  const rows = await db
    .select({
      d: workflowDraftTable,
      FirstName: clientTable.FirstName,
      LastName: clientTable.LastName,
      ProjectName: projectTable.ProjectName,
    })
    .from(workflowDraftTable)
    .leftJoin(clientTable, eq(clientTable.PersonalID, workflowDraftTable.personalId))
    .leftJoin(enrollmentTable, eq(enrollmentTable.EnrollmentID, workflowDraftTable.enrollmentId))
    .leftJoin(projectTable, eq(projectTable.ProjectID, enrollmentTable.ProjectID))
    .where(draftVisibleSql(ctx))
    .orderBy(desc(workflowDraftTable.updatedAt));
  return rows.map(({ d, FirstName, LastName, ProjectName }) => ({
    id: d.id,
    kind: d.kind,
    step: d.step,
    PersonalID: d.personalId,
    EnrollmentID: d.enrollmentId,
    clientName: FirstName || LastName ? [FirstName, LastName].filter(Boolean).join(' ') : null,
    ProjectName: ProjectName ?? null,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
    version: d.version,
  }));
}

/** Everyone a draft names: its client and the household members its entered values hold. */
export function clientsOfDraft(d: DraftRow): string[] {
  const input = d.data.input as { members?: unknown } | undefined;
  const members = Array.isArray(input?.members) ? input.members : [];
  const ids = members
    .map((m) => (m && typeof m === 'object' ? (m as { PersonalID?: unknown }).PersonalID : undefined))
    .filter((id): id is string => typeof id === 'string');
  return [...new Set([...(d.personalId ? [d.personalId] : []), ...ids])];
}

export const draftView = (d: DraftRow) => ({
  id: d.id,
  kind: d.kind,
  step: d.step,
  PersonalID: d.personalId,
  EnrollmentID: d.enrollmentId,
  organizationId: d.organizationId,
  data: d.data,
  createdAt: d.createdAt.toISOString(),
  updatedAt: d.updatedAt.toISOString(),
  version: d.version,
});
