// The User Tracker report: how often each user signs in, and as which organization.
// HMIS admins see every user; program managers and data quality officers see the users of their
// own organizations. Its report definition (downloads, schedules) is user-tracker.report.ts.
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { DbOrTx } from '../../db/connect.ts';
import { appUserTable, organizationTable, userOrganizationTable } from '../../db/schema/index.ts';
import { hasRole, type RequestContext } from '../http/context.ts';
import { forbidden } from '../http/errors.ts';

export const userTrackerRow = z.object({
  active: z.boolean(),
  userId: z.string(),
  username: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  lastLoginOrganization: z.string().nullable().describe('Organization the user last signed in as'),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export type UserTrackerRow = z.infer<typeof userTrackerRow>;

/** The organizations whose users the requester may list (undefined = all, for HMIS admins). */
function scopeOf(ctx: RequestContext, organizationId?: string): string[] | undefined {
  const admin = hasRole(ctx.user, 'hmis_admin');
  if (organizationId) {
    if (!admin && !ctx.user.organizationIds.includes(organizationId))
      throw forbidden('You can only see the users of your own organizations');
    return [organizationId];
  }
  return admin ? undefined : ctx.user.organizationIds;
}

export async function userTracker(db: DbOrTx, ctx: RequestContext, organizationId?: string): Promise<UserTrackerRow[]> {
  const u = appUserTable;
  const lastOrg = alias(organizationTable, 'last_org');
  const orgs = scopeOf(ctx, organizationId);
  const where: SQL[] = [];
  if (orgs) {
    if (!orgs.length) return [];
    where.push(
      inArray(
        u.id,
        db
          .select({ id: userOrganizationTable.userId })
          .from(userOrganizationTable)
          .where(inArray(userOrganizationTable.organizationId, orgs)),
      ),
    );
  }
  const rows = await db
    .select({ user: u, lastLoginOrganization: lastOrg.OrganizationName })
    .from(u)
    .leftJoin(lastOrg, eq(lastOrg.OrganizationID, u.lastLoginOrganizationId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(u.lastName), asc(u.firstName), asc(u.username));
  return rows.map(({ user, lastLoginOrganization }) => ({
    active: user.active,
    userId: user.id,
    username: user.username,
    name: `${user.firstName} ${user.lastName}`,
    email: user.email,
    lastLoginOrganization,
    createdAt: user.createdAt.toISOString(),
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
  }));
}
