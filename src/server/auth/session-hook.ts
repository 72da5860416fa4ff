// Checks the session cookie on every /api request except the public ones, and puts the
// signed-in user on the request. Idle and absolute lifetimes are enforced here.
import { createHash } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { buildOnce } from '../../db/prepared.ts';
import { appUserTable, sessionTable, userOrganizationTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import type { AuthUser, RequestContext, Role } from '../http/context.ts';
import { AppError, forbidden, unauthorized } from '../http/errors.ts';
import { SessionCache } from './session-cache.ts';

export const SESSION_COOKIE = 'hearth_session';
const PUBLIC = [/^\/api\/health$/, /^\/api\/auth\/login$/, /^\/api\/auth\/recovery(\/|$)/];
// Routes a user who must change the initial password may still use.
const PASSWORD_CHANGE_ALLOWED = /^\/api\/auth\//;
// Status polling must not count as activity, or idle sessions would never end.
const PASSIVE = /^\/api\/(auth\/session-status|notifications\/summary)$/;

declare module 'fastify' {
  interface FastifyRequest {
    ctx?: RequestContext;
  }
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function ctxOf(req: FastifyRequest): RequestContext {
  if (!req.ctx) throw unauthorized();
  return req.ctx;
}

export async function loadAuthUser(deps: Deps, userId: string): Promise<AuthUser | undefined> {
  const [row] = await deps.database.db.select(authColumns).from(appUserTable).where(eq(appUserTable.id, userId));
  return row ? toAuthUser(row) : undefined;
}

// The user and their organizations, read in the same query as the session.
const authColumns = {
  id: appUserTable.id,
  username: appUserTable.username,
  firstName: appUserTable.firstName,
  lastName: appUserTable.lastName,
  roles: appUserTable.roles,
  active: appUserTable.active,
  currentOrganizationId: appUserTable.currentOrganizationId,
  mustChangePassword: appUserTable.mustChangePassword,
  organizationIds: sql<string[]>`coalesce((SELECT array_agg(uo.organization_id) FROM ${userOrganizationTable} uo
    WHERE uo.user_id = ${appUserTable.id}), '{}')`,
};

type AuthRow = Pick<
  typeof appUserTable.$inferSelect,
  'id' | 'username' | 'firstName' | 'lastName' | 'roles' | 'active' | 'currentOrganizationId' | 'mustChangePassword'
> & { organizationIds: string[] };

function toAuthUser(u: AuthRow): AuthUser | undefined {
  if (!u.active) return undefined;
  const { organizationIds } = u;
  const current =
    u.currentOrganizationId && organizationIds.includes(u.currentOrganizationId)
      ? u.currentOrganizationId
      : (organizationIds[0] ?? null);
  return {
    id: u.id,
    username: u.username,
    firstName: u.firstName,
    lastName: u.lastName,
    roles: u.roles as Role[],
    organizationIds,
    currentOrganizationId: current,
    mustChangePassword: u.mustChangePassword,
  };
}

/** The session with its user and organizations, built once: it runs on every request. */
const sessionQuery = buildOnce((db) =>
  db
    .select({
      userId: sessionTable.userId,
      lastSeenAt: sessionTable.lastSeenAt,
      expiresAt: sessionTable.expiresAt,
      user: authColumns,
    })
    .from(sessionTable)
    .innerJoin(appUserTable, eq(appUserTable.id, sessionTable.userId))
    .where(and(eq(sessionTable.id, sql.placeholder('id')), isNull(sessionTable.endedAt))),
);

type SessionRow = Awaited<ReturnType<typeof sessionQuery>>[number];
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function registerSessionHook(app: FastifyInstance, deps: Deps) {
  const { db } = deps.database;
  const idleMs = deps.config.sessionIdleMinutes * 60_000;
  // Activity is written at most once a minute (sooner for very short idle limits), so most
  // requests only read: the idle limit is then enforced to within that interval.
  const touchEveryMs = Math.min(60_000, idleMs / 10);
  // Checked sessions stay in memory until PostgreSQL says they changed (session-cache.ts).
  const cache = new SessionCache<SessionRow>(deps.database.connection);
  void cache.start();
  app.addHook('onClose', () => cache.close());

  /** The session: from memory, or (when absent, or when it looks ended: another process may have seen activity) read. */
  async function sessionOf(id: string, now: number): Promise<SessionRow | undefined> {
    const kept = cache.get(id, now);
    if (kept && now - kept.lastSeenAt.getTime() <= idleMs && now <= kept.expiresAt.getTime()) return kept;
    const stamp = cache.stamp();
    const [s] = await sessionQuery(db, { id });
    if (s) cache.put(id, s, stamp, now);
    else cache.forget(id);
    return s;
  }

  app.addHook('onRequest', async (req) => {
    const path = req.url.split('?')[0] ?? '';
    if (!path.startsWith('/api/') || PUBLIC.some((p) => p.test(path))) return;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) throw unauthorized();
    const id = hashToken(token);
    const now = Date.now();
    // Session, user and organizations in one query, or none.
    const s = await sessionOf(id, now);
    if (!s) throw unauthorized('Your session has ended. Sign in again.');
    const idle = now - s.lastSeenAt.getTime() > idleMs;
    if (idle || now > s.expiresAt.getTime()) {
      const reason = idle ? 'idle' : 'expired';
      cache.forget(id);
      await db.transaction(async (tx) => {
        await tx.update(sessionTable).set({ endedAt: new Date(), endedReason: reason }).where(eq(sessionTable.id, id));
        await recordAudit(
          tx,
          { userId: s.userId, ip: req.ip },
          { action: `auth.session_${reason}`, entityType: 'session' },
        );
      });
      throw new AppError(
        401,
        'session_ended',
        idle
          ? 'You were signed out after a period of inactivity. Sign in again.'
          : 'Your session has expired. Sign in again.',
      );
    }
    const user = toAuthUser(s.user);
    if (!user) throw unauthorized('Your account is not active.');
    if (user.mustChangePassword && !PASSWORD_CHANGE_ALLOWED.test(path)) {
      throw new AppError(403, 'password_change_required', 'Change your initial password before you continue.');
    }
    req.ctx = { user, sessionId: id, ip: req.ip };
    if (!PASSIVE.test(path) && now - s.lastSeenAt.getTime() >= touchEveryMs) {
      const lastSeenAt = new Date();
      await db.update(sessionTable).set({ lastSeenAt }).where(eq(sessionTable.id, id));
      cache.update(id, { lastSeenAt });
    }
  });

  // A change made through this server must show on the next request here, before PostgreSQL's
  // notice arrives. Only the account and admin routes change sessions, users and their
  // organizations: a user's own change (signing out, switching organization, a new password)
  // forgets their sessions; an administrator's (another user's roles, organizations, account) all.
  app.addHook('onSend', async (req) => {
    if (!req.ctx || !STATE_CHANGING.has(req.method)) return;
    if (req.url.startsWith('/api/admin/')) cache.forgetAll();
    else if (req.url.startsWith('/api/auth/')) cache.forgetUser(req.ctx.user.id);
  });
}

/** Throws 403 unless the user has the role (HMIS admins have every role). */
export function requireRole(ctx: RequestContext, role: Role) {
  if (role === 'case_manager') return;
  if (!ctx.user.roles.includes(role) && !ctx.user.roles.includes('hmis_admin')) {
    throw forbidden(`This needs the ${role.replaceAll('_', ' ')} role`);
  }
}

/** The organization the user is working as; 403 if they have none. */
export function currentOrganization(ctx: RequestContext): string {
  const org = ctx.user.currentOrganizationId;
  if (!org || !ctx.user.organizationIds.includes(org)) {
    throw forbidden('Choose an organization to work as (Settings → Organization) first');
  }
  return org;
}
