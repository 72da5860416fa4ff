import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { appUserTable, organizationTable, sessionTable } from '../../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import type { Feature } from '../features.ts';
import { servedSecurely } from '../http/browser-protections.ts';
import { ROLES } from '../http/context.ts';
import { type Language, requestLanguage, translateMessage } from '../http/messages/localize.ts';
import { changePassword, LANGUAGES, setLanguage, setSecurityQuestion, signOut, switchOrganization } from './account.ts';
import { PASSWORD_RULES } from './password.ts';
import { recoverAccount, recoveryQuestion } from './recover-account.ts';
import { ctxOf, loadAuthUser, SESSION_COOKIE } from './session-hook.ts';
import { signIn } from './sign-in.ts';
import { throttle } from './throttle.ts';

const meSchema = z.object({
  id: z.string(),
  username: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  roles: z.array(z.enum(ROLES)),
  organizations: z.array(z.object({ id: z.string(), name: z.string(), victimServiceProvider: z.boolean() })),
  currentOrganizationId: z.string().nullable(),
  mustChangePassword: z.boolean(),
  hasSecurityQuestion: z.boolean(),
  sessionIdleMinutes: z.number(),
  passwordRules: z.string(),
  language: z.enum(LANGUAGES).nullable().describe('The language chosen in Settings; null follows the browser'),
});
const ok = z.object({ ok: z.literal(true) });

async function me(deps: Deps, userId: string, lng: Language): Promise<z.infer<typeof meSchema>> {
  const user = await loadAuthUser(deps, userId);
  if (!user) throw new Error('signed-in user vanished');
  const { db } = deps.database;
  const [row] = await db
    .select({ q: appUserTable.securityQuestion, language: appUserTable.language })
    .from(appUserTable)
    .where(eq(appUserTable.id, userId));
  const orgs = user.organizationIds.length
    ? await db
        .select({
          id: organizationTable.OrganizationID,
          name: organizationTable.OrganizationName,
          vsp: organizationTable.VictimServiceProvider,
        })
        .from(organizationTable)
        .where(inArray(organizationTable.OrganizationID, user.organizationIds))
    : [];
  return {
    id: user.id,
    username: user.username,
    firstName: user.firstName,
    lastName: user.lastName,
    roles: ['case_manager', ...user.roles.filter((r) => r !== 'case_manager')],
    organizations: orgs
      .map((o) => ({ id: o.id, name: o.name, victimServiceProvider: o.vsp === 1 }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    currentOrganizationId: user.currentOrganizationId,
    mustChangePassword: user.mustChangePassword,
    hasSecurityQuestion: Boolean(row?.q),
    sessionIdleMinutes: deps.config.sessionIdleMinutes,
    passwordRules: translateMessage(PASSWORD_RULES, lng),
    language: LANGUAGES.find((l) => l === row?.language) ?? null,
  };
}

export const authRoutes: Feature = (app, deps) => {
  const tags = ['auth'];
  const signInThrottle = throttle(app, deps.config, 'sign-in');
  const recoveryThrottle = throttle(app, deps.config, 'recovery');
  app.post(
    '/api/auth/login',
    {
      schema: {
        tags,
        security: [],
        body: z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) }),
        response: { 200: z.object({ user: meSchema }) },
      },
      ...signInThrottle,
    },
    async (req, reply) => {
      const { token, userId } = await signIn(deps, { ...req.body, ip: req.ip, userAgent: req.headers['user-agent'] });
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: servedSecurely(req, deps.config),
      });
      return { user: await me(deps, userId, requestLanguage(req.headers['accept-language'])) };
    },
  );

  app.post('/api/auth/logout', { schema: { tags, response: { 200: ok } } }, async (req, reply) => {
    await signOut(deps, ctxOf(req));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  app.get('/api/auth/me', { schema: { tags, response: { 200: meSchema } } }, async (req) =>
    me(deps, ctxOf(req).user.id, requestLanguage(req.headers['accept-language'])),
  );

  app.get(
    '/api/auth/session-status',
    {
      schema: {
        tags,
        description: 'Time left before idle sign-out. Does not count as activity.',
        response: { 200: z.object({ idleExpiresAt: z.string(), absoluteExpiresAt: z.string() }) },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const [s] = await deps.database.db.select().from(sessionTable).where(eq(sessionTable.id, ctx.sessionId));
      if (!s) throw new Error('session vanished');
      return {
        idleExpiresAt: new Date(s.lastSeenAt.getTime() + deps.config.sessionIdleMinutes * 60_000).toISOString(),
        absoluteExpiresAt: s.expiresAt.toISOString(),
      };
    },
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags,
        body: z.object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) }),
        response: { 200: ok },
      },
    },
    async (req) => {
      await changePassword(deps, ctxOf(req), req.body);
      return { ok: true as const };
    },
  );

  app.put(
    '/api/auth/security-question',
    {
      schema: {
        tags,
        body: z.object({
          currentPassword: z.string().min(1).max(256),
          question: z.string().max(200),
          answer: z.string().max(200),
        }),
        response: { 200: ok },
      },
    },
    async (req) => {
      await setSecurityQuestion(deps, ctxOf(req), req.body);
      return { ok: true as const };
    },
  );

  app.put(
    '/api/auth/organization',
    { schema: { tags, body: z.object({ organizationId: z.string().min(1).max(32) }), response: { 200: meSchema } } },
    async (req) => {
      const ctx = ctxOf(req);
      await switchOrganization(deps, ctx, req.body.organizationId);
      return me(deps, ctx.user.id, requestLanguage(req.headers['accept-language']));
    },
  );

  app.patch(
    '/api/auth/settings',
    {
      schema: {
        tags,
        description: 'Your own settings: the language of the screens and of the server messages, on any device.',
        body: z.strictObject({ language: z.enum(LANGUAGES) }),
        response: { 200: meSchema },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      await setLanguage(deps, ctx, req.body.language);
      return me(deps, ctx.user.id, requestLanguage(req.headers['accept-language']));
    },
  );

  app.post(
    '/api/auth/recovery/question',
    {
      schema: {
        tags,
        security: [],
        body: z.object({ username: z.string().min(1).max(64) }),
        response: { 200: z.object({ question: z.string() }) },
      },
      ...recoveryThrottle,
    },
    async (req) => ({ question: await recoveryQuestion(deps, req.body.username) }),
  );

  app.post(
    '/api/auth/recovery/reset',
    {
      schema: {
        tags,
        security: [],
        body: z.object({
          username: z.string().min(1).max(64),
          answer: z.string().min(1).max(200),
          newPassword: z.string().min(1).max(256),
        }),
        response: { 200: ok },
      },
      ...recoveryThrottle,
    },
    async (req) => {
      await recoverAccount(deps, { ...req.body, ip: req.ip });
      return { ok: true as const };
    },
  );
};
