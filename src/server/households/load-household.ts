// A household: the enrollments sharing a HouseholdID, with each member's client and exit.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { clientTable, enrollmentTable, exitTable } from '../../db/schema/index.ts';
import { RelationshipToHoH } from '../../hud/codes.ts';
import { notFound } from '../http/errors.ts';

export type EnrollmentRow = typeof enrollmentTable.$inferSelect;
export type ClientRow = typeof clientTable.$inferSelect;
export type ExitRow = typeof exitTable.$inferSelect;
export type HouseholdMember = { enrollment: EnrollmentRow; client: ClientRow; exit: ExitRow | null };

export async function loadEnrollment(db: DbOrTx, enrollmentId: string): Promise<EnrollmentRow> {
  const [e] = await db
    .select()
    .from(enrollmentTable)
    .where(and(eq(enrollmentTable.EnrollmentID, enrollmentId), isNull(enrollmentTable.DateDeleted)));
  if (!e) throw notFound('Enrollment');
  return e;
}

/** Live exits of the enrollments, one per enrollment (the latest if an import left two). */
export async function loadExits(db: DbOrTx, enrollmentIds: string[]): Promise<Map<string, ExitRow>> {
  const out = new Map<string, ExitRow>();
  if (!enrollmentIds.length) return out;
  const rows = await db
    .select()
    .from(exitTable)
    .where(and(inArray(exitTable.EnrollmentID, enrollmentIds), isNull(exitTable.DateDeleted)));
  for (const x of rows) {
    const seen = out.get(x.EnrollmentID);
    if (!seen || x.DateUpdated > seen.DateUpdated) out.set(x.EnrollmentID, x);
  }
  return out;
}

/** Members of the household, head of household first, then by start date. */
export async function loadHousehold(db: DbOrTx, householdId: string, projectId: string): Promise<HouseholdMember[]> {
  const rows = await db
    .select({ enrollment: enrollmentTable, client: clientTable })
    .from(enrollmentTable)
    .innerJoin(clientTable, eq(clientTable.PersonalID, enrollmentTable.PersonalID))
    .where(
      and(
        eq(enrollmentTable.HouseholdID, householdId),
        eq(enrollmentTable.ProjectID, projectId),
        isNull(enrollmentTable.DateDeleted),
      ),
    );
  const exits = await loadExits(
    db,
    rows.map((r) => r.enrollment.EnrollmentID),
  );
  return rows
    .map((r) => ({ ...r, exit: exits.get(r.enrollment.EnrollmentID) ?? null }))
    .sort(
      (a, b) =>
        Number(b.enrollment.RelationshipToHoH === RelationshipToHoH.Self) -
          Number(a.enrollment.RelationshipToHoH === RelationshipToHoH.Self) ||
        a.enrollment.EntryDate.localeCompare(b.enrollment.EntryDate) ||
        (a.client.LastName ?? '').localeCompare(b.client.LastName ?? ''),
    );
}

export const headOf = (members: HouseholdMember[]) =>
  members.find((m) => m.enrollment.RelationshipToHoH === RelationshipToHoH.Self);

/** A display name for messages shown to the signed-in user (never logged or audited). */
export const nameOf = (c: Pick<ClientRow, 'FirstName' | 'LastName' | 'PersonalID'>) =>
  [c.FirstName, c.LastName].filter(Boolean).join(' ') || `Client ${c.PersonalID}`;
