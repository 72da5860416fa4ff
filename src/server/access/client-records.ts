// Lookups of the records that hang off a client: each answers the record, or the same 404 as an
// ID that does not exist when the record is missing, deleted or hidden from the user (its client
// is hidden, or it is another organization's private record). Call it before any other check.
import { and, eq, isNull, ne, or, type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import {
  caseAssignmentTable,
  caseNoteTable,
  clientDocumentTable,
  clientFileTable,
  clientPhotoTable,
  enrollmentTable,
  interestedOtherTable,
  serviceTable,
} from '../../db/schema/index.ts';
import { NoYes } from '../../hud/codes.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import type { RequestContext } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import { type LookupOptions, requireClient } from './client.ts';
import { clientVisibleSql, notAnotherVspSql } from './visibility.ts';

type Lock = LookupOptions & { lock?: boolean };

/** First row of a query, or the 404 of `what`. */
async function oneOr<T>(rows: Promise<T[]>, what: string, opts: LookupOptions): Promise<T> {
  const [row] = await rows;
  if (!row) throw notFound(what, opts.field);
  return row;
}

/** An enrollment (not deleted) of a client the user may see. */
export async function requireEnrollment(
  db: DbOrTx,
  ctx: RequestContext,
  enrollmentId: string,
  opts: LookupOptions = {},
) {
  const org = currentOrganization(ctx);
  return oneOr(
    db
      .select()
      .from(enrollmentTable)
      .where(
        and(
          eq(enrollmentTable.EnrollmentID, enrollmentId),
          isNull(enrollmentTable.DateDeleted),
          clientVisibleSql(enrollmentTable.PersonalID, org),
        ),
      ),
    'Enrollment',
    opts,
  );
}

/** A service (not deleted) of a client the user may see; `lock` holds the row for this transaction. */
export async function requireService(db: DbOrTx, ctx: RequestContext, serviceId: string, opts: Lock = {}) {
  const org = currentOrganization(ctx);
  const q = db
    .select()
    .from(serviceTable)
    .where(
      and(
        eq(serviceTable.id, serviceId),
        isNull(serviceTable.deletedAt),
        clientVisibleSql(serviceTable.personalId, org),
      ),
    );
  return oneOr(opts.lock ? q.for('update', { of: serviceTable }) : q, 'The service', opts);
}

/** A case note of the organization the user works as (case notes are its private records). */
export async function requireCaseNote(db: DbOrTx, ctx: RequestContext, id: string, opts: Lock = {}) {
  const org = currentOrganization(ctx);
  const q = db
    .select()
    .from(caseNoteTable)
    .where(
      and(
        eq(caseNoteTable.id, id),
        eq(caseNoteTable.organizationId, org),
        isNull(caseNoteTable.deletedAt),
        clientVisibleSql(caseNoteTable.personalId, org),
      ),
    );
  return oneOr(opts.lock ? q.for('update', { of: caseNoteTable }) : q, 'The case note', opts);
}

/** Condition: a case assignment the user may see (its client is visible; a VSP's only inside it). */
export function caseAssignmentVisibleSql(org: string | Placeholder): SQL {
  return and(
    clientVisibleSql(caseAssignmentTable.personalId, org),
    notAnotherVspSql(caseAssignmentTable.organizationId, org),
  ) as SQL;
}

export async function requireCaseAssignment(db: DbOrTx, ctx: RequestContext, id: string, opts: Lock = {}) {
  const org = currentOrganization(ctx);
  const q = db
    .select()
    .from(caseAssignmentTable)
    .where(and(eq(caseAssignmentTable.id, id), caseAssignmentVisibleSql(org)));
  return oneOr(opts.lock ? q.for('update', { of: caseAssignmentTable }) : q, 'Case assignment', opts);
}

/** Condition: files of a client the user's organization may see: not another's Restricted ones, nor a VSP's. */
export function clientFileVisibleSql(org: string): SQL {
  return and(
    isNull(clientFileTable.deletedAt),
    or(ne(clientFileTable.category, 'Restricted'), eq(clientFileTable.organizationId, org)),
    notAnotherVspSql(clientFileTable.organizationId, org),
  ) as SQL;
}

/** The client (checked first) and one of its files the user may see. */
export async function requireClientFile(db: DbOrTx, ctx: RequestContext, personalId: string, fileId: string) {
  const { client } = await requireClient(db, ctx, personalId);
  const file = await oneOr(
    db
      .select()
      .from(clientFileTable)
      .where(
        and(
          eq(clientFileTable.id, fileId),
          eq(clientFileTable.personalId, personalId),
          clientFileVisibleSql(currentOrganization(ctx)),
        ),
      ),
    'The file',
    {},
  );
  return { client, file };
}

/** The client's current photo. */
export async function requirePhoto(db: DbOrTx, ctx: RequestContext, personalId: string) {
  const { client, profile } = await requireClient(db, ctx, personalId);
  if (!profile?.photoId) throw notFound('The client photo');
  const photo = await oneOr(
    db
      .select()
      .from(clientPhotoTable)
      .where(and(eq(clientPhotoTable.id, profile.photoId), isNull(clientPhotoTable.removedAt))),
    'The client photo',
    {},
  );
  return { client, profile, photo };
}

/** Condition: interested others the user may see (not those a VSP recorded, outside it). */
export function interestedOtherVisibleSql(org: string): SQL {
  return and(isNull(interestedOtherTable.deletedAt), notAnotherVspSql(interestedOtherTable.organizationId, org)) as SQL;
}

/** The client (checked first) and one of its interested others. */
export async function requireInterestedOther(db: DbOrTx, ctx: RequestContext, personalId: string, id: string) {
  await requireClient(db, ctx, personalId);
  return oneOr(
    db
      .select()
      .from(interestedOtherTable)
      .where(
        and(
          eq(interestedOtherTable.id, id),
          eq(interestedOtherTable.personalId, personalId),
          interestedOtherVisibleSql(currentOrganization(ctx)),
        ),
      ),
    'The interested other',
    {},
  );
}

/**
 * Condition: Document Check documents (docs/decisions.md, "Document Check visibility") seen by users
 * working as the organization that added one, or as an organization with an active case manager
 * of the client (the CAS access point, the housing provider) — never outside a VSP that added it.
 * The client itself must be visible too: callers look it up first.
 */
export function clientDocumentVisibleSql(org: string): SQL {
  const d = clientDocumentTable;
  return sql`(${d.organizationId} = ${org} OR (
    NOT EXISTS (SELECT 1 FROM organization dv_o WHERE dv_o.organization_id = ${d.organizationId}
      AND dv_o.victim_service_provider = ${NoYes.Yes})
    AND EXISTS (SELECT 1 FROM case_assignment dv_ca WHERE dv_ca.personal_id = ${d.personalId}
      AND dv_ca.organization_id = ${org} AND dv_ca.end_date IS NULL)))`;
}
