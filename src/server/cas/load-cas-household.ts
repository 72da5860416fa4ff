// A household's CAS enrollment (a Coordinated Entry project), through the one visibility rule:
// a household the user may not see, or that is not in a CE project, answers 404.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { enrollmentTable } from '../../db/schema/index.ts';
import { type LoadedHousehold, loadHouseholdOf } from '../enrollments/get-household.ts';
import { headOf } from '../households/load-household.ts';
import type { RequestContext } from '../http/context.ts';
import { AppError, forbidden, notFound } from '../http/errors.ts';
import { casRolesOf, isCoordinatedEntry } from './cas-access.ts';

export type CasHousehold = LoadedHousehold & {
  hoh: { EnrollmentID: string; PersonalID: string };
  stay: { EntryDate: string; ExitDate: string | null };
};

export async function loadCasHousehold(db: DbOrTx, ctx: RequestContext, enrollmentId: string): Promise<CasHousehold> {
  const h = await loadHouseholdOf(db, ctx, enrollmentId);
  if (!isCoordinatedEntry(h.project.ProjectType)) throw notFound('CAS enrollment');
  const head = headOf(h.members) ?? h.target;
  return {
    ...h,
    hoh: { EnrollmentID: head.enrollment.EnrollmentID, PersonalID: head.client.PersonalID },
    stay: { EntryDate: head.enrollment.EntryDate, ExitDate: head.exit?.ExitDate ?? null },
  };
}

/** One change of a household's CAS case at a time (reassignment, referral): a second waits for the first. */
export async function lockCasHousehold(tx: DbOrTx, h: CasHousehold) {
  await tx
    .select({ id: enrollmentTable.EnrollmentID })
    .from(enrollmentTable)
    .where(eq(enrollmentTable.EnrollmentID, h.hoh.EnrollmentID))
    .for('update');
}

/**
 * The household of a record reached by its own ID (an event, a referral): when the household is
 * hidden the answer names the record, exactly like a record that does not exist.
 */
export async function loadCasHouseholdOfRecord(db: DbOrTx, ctx: RequestContext, enrollmentId: string, record: string) {
  try {
    return await loadCasHousehold(db, ctx, enrollmentId);
  } catch (e) {
    if (e instanceof AppError && e.status === 404) throw notFound(record);
    throw e;
  }
}

/** Access point staff (working as the CE project's organization), HMIS admins, or CAS staff. */
export async function assertCanWorkCasCase(db: DbOrTx, ctx: RequestContext, h: CasHousehold) {
  if (ctx.user.roles.includes('hmis_admin')) return;
  if (ctx.user.currentOrganizationId === h.project.OrganizationID) return;
  if ((await casRolesOf(db, ctx.user.id)).size) return;
  throw forbidden(
    `This CAS enrollment belongs to ${h.project.OrganizationName}. Switch to that organization (Settings → Organization) to change it.`,
  );
}
