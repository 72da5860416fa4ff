import { and, asc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { appUserTable, userOrganizationTable } from '../../db/schema/index.ts';
import type { Role } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import type { UserRecord } from './user.schema.ts';

export type UserFilter = { search?: string; organizationId?: string; active?: 'true' | 'false'; id?: string };

export async function listUsers(db: DbOrTx, filter: UserFilter = {}): Promise<UserRecord[]> {
  const u = appUserTable;
  const where: SQL[] = [];
  if (filter.id) where.push(eq(u.id, filter.id));
  if (filter.active) where.push(eq(u.active, filter.active === 'true'));
  if (filter.search) {
    const like = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const name = sql`${u.firstName} || ' ' || ${u.lastName}`;
    where.push(or(ilike(u.username, like), ilike(name, like), ilike(u.email, like)) as SQL);
  }
  if (filter.organizationId) {
    where.push(
      inArray(
        u.id,
        db
          .select({ id: userOrganizationTable.userId })
          .from(userOrganizationTable)
          .where(eq(userOrganizationTable.organizationId, filter.organizationId)),
      ),
    );
  }
  const rows = await db
    .select()
    .from(u)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(u.lastName), asc(u.firstName), asc(u.username));
  if (!rows.length) return [];
  const links = await db
    .select()
    .from(userOrganizationTable)
    .where(
      inArray(
        userOrganizationTable.userId,
        rows.map((r) => r.id),
      ),
    );
  const now = Date.now();
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    firstName: r.firstName,
    lastName: r.lastName,
    email: r.email,
    phone: r.phone,
    roles: ['case_manager', ...(r.roles as Role[]).filter((x) => x !== 'case_manager')],
    organizationIds: links.filter((l) => l.userId === r.id).map((l) => l.organizationId),
    active: r.active,
    locked: Boolean(r.lockedUntil && r.lockedUntil.getTime() > now),
    mustChangePassword: r.mustChangePassword,
    lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    version: r.version,
  }));
}

export async function getUser(db: DbOrTx, id: string): Promise<UserRecord> {
  const [user] = await listUsers(db, { id });
  if (!user) throw notFound('The user');
  return user;
}
