// Whom CAS tells what (the CoC's CAS names the people): a referral goes to the provider's CAS
// contact; a referral result to the household's CAS case managers and the CAS administrators;
// a household placed on the queue to the prioritizing users; no contact for the configured
// number of days to the case managers (a daily job). Titles may name the client (shown inside
// Hearth only); nothing here is emailed with a name, date of birth or SSN.
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import {
  caseAssignmentTable,
  casProviderContactTable,
  casUserRoleTable,
  clientTable,
  enrollmentTable,
  projectTable,
  userOrganizationTable,
} from '../../db/schema/index.ts';
import { hudLabel } from '../../hud/codes.ts';
import { nameOf } from '../households/load-household.ts';
import { notifyUsers } from '../notifications/notify-users.ts';
import { visibleToOrganization } from './cas-access.ts';

type CasNotice = {
  userIds: string[];
  kind: 'cas_referral' | 'cas_referral_result' | 'cas_placed_on_queue' | 'cas_no_contact';
  title: string;
  body?: string;
  link: string;
  clientId: string;
  organizationId?: string;
  dedupeKey?: string;
};

/**
 * Recipients who may see the client as one of their organizations: a victim-service provider's
 * household is never announced outside it (not even as "client details not available").
 */
async function whoMaySee(tx: DbOrTx, userIds: string[], personalId: string): Promise<string[]> {
  if (!userIds.length) return [];
  const memberships = await tx
    .select()
    .from(userOrganizationTable)
    .where(inArray(userOrganizationTable.userId, userIds));
  const seenBy = new Set<string>();
  for (const organizationId of new Set(memberships.map((m) => m.organizationId))) {
    if (await visibleToOrganization(tx, personalId, organizationId)) seenBy.add(organizationId);
  }
  return [...new Set(memberships.filter((m) => seenBy.has(m.organizationId)).map((m) => m.userId))];
}

/** The one place CAS hands a notice to Hearth's notifications, in the caller's transaction. */
async function deliverCasNotice(tx: DbOrTx, notice: CasNotice): Promise<void> {
  const userIds = await whoMaySee(tx, [...new Set(notice.userIds)], notice.clientId);
  if (userIds.length) await notifyUsers(tx, { ...notice, userIds });
}

async function clientName(tx: DbOrTx, personalId: string) {
  const [c] = await tx.select().from(clientTable).where(eq(clientTable.PersonalID, personalId));
  return c ? nameOf(c) : `Client ${personalId}`;
}

async function usersWithCasRole(tx: DbOrTx, role: 'admin' | 'prioritizer') {
  const rows = await tx
    .select({ id: casUserRoleTable.userId })
    .from(casUserRoleTable)
    .where(eq(casUserRoleTable.role, role));
  return rows.map((r) => r.id);
}

/** Active case managers of the household's CAS enrollments (or of its members at the CE organization). */
export async function casCaseManagers(tx: DbOrTx, hohEnrollmentId: string): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ id: caseAssignmentTable.userId })
    .from(caseAssignmentTable)
    .innerJoin(
      enrollmentTable,
      sql`${enrollmentTable.HouseholdID} = (SELECT household_id FROM enrollment WHERE enrollment_id = ${hohEnrollmentId})
        AND ${enrollmentTable.DateDeleted} IS NULL`,
    )
    .innerJoin(projectTable, eq(projectTable.ProjectID, enrollmentTable.ProjectID))
    .where(
      and(
        isNull(caseAssignmentTable.endDate),
        or(
          eq(caseAssignmentTable.enrollmentId, enrollmentTable.EnrollmentID),
          and(
            isNull(caseAssignmentTable.enrollmentId),
            eq(caseAssignmentTable.personalId, enrollmentTable.PersonalID),
            eq(caseAssignmentTable.organizationId, projectTable.OrganizationID),
          ),
        ),
      ),
    );
  return rows.map((r) => r.id);
}

type Hoh = { EnrollmentID: string; PersonalID: string };

export async function notifyPlacedOnQueue(tx: DbOrTx, o: Hoh & { organizationId: string }) {
  await deliverCasNotice(tx, {
    userIds: await usersWithCasRole(tx, 'prioritizer'),
    kind: 'cas_placed_on_queue',
    title: `${await clientName(tx, o.PersonalID)}'s household was placed on the queue`,
    link: '/cas/prioritization-list',
    clientId: o.PersonalID,
    organizationId: o.organizationId,
    dedupeKey: `cas-queue-${o.EnrollmentID}-${new Date().toISOString().slice(0, 10)}`,
  });
}

export async function notifyReferral(
  tx: DbOrTx,
  o: Hoh & { EventID: string; projectId: string; projectName: string; organizationId: string },
) {
  const contacts = await tx
    .select({ id: casProviderContactTable.userId })
    .from(casProviderContactTable)
    .where(eq(casProviderContactTable.organizationId, o.organizationId));
  await deliverCasNotice(tx, {
    userIds: contacts.map((c) => c.id),
    kind: 'cas_referral',
    title: `New referral to ${o.projectName}: ${await clientName(tx, o.PersonalID)}`,
    link: `/cas/incoming-referrals?projectId=${o.projectId}`,
    clientId: o.PersonalID,
    organizationId: o.organizationId,
    dedupeKey: `cas-referral-${o.EventID}`,
  });
}

export async function notifyReferralResult(
  tx: DbOrTx,
  o: Hoh & { EventID: string; projectName: string; ReferralResult: number; organizationId: string },
) {
  const userIds = [
    ...new Set([...(await casCaseManagers(tx, o.EnrollmentID)), ...(await usersWithCasRole(tx, 'admin'))]),
  ];
  await deliverCasNotice(tx, {
    userIds,
    kind: 'cas_referral_result',
    title: `Referral of ${await clientName(tx, o.PersonalID)} to ${o.projectName}: ${hudLabel('ReferralResult', o.ReferralResult)}`,
    link: `/cas/households/${o.EnrollmentID}`,
    clientId: o.PersonalID,
    organizationId: o.organizationId,
    dedupeKey: `cas-result-${o.EventID}-${o.ReferralResult}`,
  });
}

/** One notice per overdue case to its case managers; `since` is the last contact (or the start). */
export async function notifyNoContact(
  tx: DbOrTx,
  o: Hoh & { userIds: string[]; since: string; days: number; organizationId: string },
) {
  await deliverCasNotice(tx, {
    userIds: o.userIds,
    kind: 'cas_no_contact',
    title: `No contact with ${await clientName(tx, o.PersonalID)} since ${o.since}`,
    body: `No recorded contact in the CAS enrollment for ${o.days} days or more.`,
    link: `/cas/households/${o.EnrollmentID}`,
    clientId: o.PersonalID,
    organizationId: o.organizationId,
    dedupeKey: `cas-no-contact-${o.EnrollmentID}-${o.since}`,
  });
}
