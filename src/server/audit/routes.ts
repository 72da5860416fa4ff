import { and, asc, desc, eq, gte, isNull, lte, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { auditEventTable } from '../../db/schema/index.ts';
import { clientVisibleSql } from '../access/visibility.ts';
import { ctxOf, currentOrganization, requireRole } from '../auth/session-hook.ts';
import type { Feature } from '../features.ts';
import { accessLogRoutes } from './access-log.routes.ts';

const auditQuery = z.object({
  userId: z.string().max(32).optional(),
  clientId: z.string().max(32).optional(),
  action: z.string().max(64).optional(),
  entityId: z.string().max(64).optional().describe('The organization, project, user … the action was on'),
  from: z.iso.date().optional().describe('yyyy-mm-dd, inclusive'),
  to: z.iso.date().optional().describe('yyyy-mm-dd, inclusive'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

const auditRow = z.object({
  id: z.number(),
  at: z.string(),
  userId: z.string().nullable(),
  username: z.string().nullable(),
  organizationId: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  clientId: z.string().nullable(),
  ip: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});

export const auditRoutes: Feature = (app, deps) => {
  const { database } = deps;
  accessLogRoutes(app, deps);
  app.get(
    '/api/admin/audit',
    {
      schema: {
        tags: ['audit'],
        description: 'The audit trail (HMIS admin): every write, client read, sign-in and lockout.',
        querystring: auditQuery,
        response: { 200: z.object({ items: z.array(auditRow), total: z.number() }) },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      requireRole(ctx, 'hmis_admin');
      const q = req.query;
      // Events about a client the admin may not see (a VSP's, working as another organization) stay hidden.
      const where: SQL[] = [
        or(
          isNull(auditEventTable.clientId),
          clientVisibleSql(auditEventTable.clientId, currentOrganization(ctx)),
        ) as SQL,
      ];
      if (q.userId) where.push(eq(auditEventTable.userId, q.userId));
      if (q.clientId) where.push(eq(auditEventTable.clientId, q.clientId));
      if (q.action) where.push(eq(auditEventTable.action, q.action));
      if (q.entityId) where.push(eq(auditEventTable.entityId, q.entityId));
      if (q.from) where.push(gte(auditEventTable.at, new Date(`${q.from}T00:00:00`)));
      if (q.to) where.push(lte(auditEventTable.at, new Date(`${q.to}T23:59:59.999`)));
      const cond = and(...where);
      const { db } = database;
      const rows = await db
        .select()
        .from(auditEventTable)
        .where(cond)
        .orderBy(desc(auditEventTable.id))
        .limit(q.limit)
        .offset(q.offset);
      const total = await db.$count(auditEventTable, cond);
      return { items: rows.map((r) => ({ ...r, at: r.at.toISOString() })), total };
    },
  );

  app.get(
    '/api/admin/audit/actions',
    {
      schema: {
        tags: ['audit'],
        description: 'Every action name in the audit trail, for the filter (HMIS admin).',
        response: { 200: z.object({ items: z.array(z.string()) }) },
      },
    },
    async (req) => {
      requireRole(ctxOf(req), 'hmis_admin');
      const rows = await database.db
        .selectDistinct({ action: auditEventTable.action })
        .from(auditEventTable)
        .orderBy(asc(auditEventTable.action));
      return { items: rows.map((r) => r.action) };
    },
  );
};
