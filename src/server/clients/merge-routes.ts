import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { appUserTable, clientMergeTable } from '../../db/schema/index.ts';
import { ctxOf, currentOrganization, requireRole } from '../auth/session-hook.ts';
import type { Feature } from '../features.ts';
import { recordClientReads } from '../services/audit-many.ts';
import { clientVisibleSql, readClientAudited, requireClientAccess } from './client-access.ts';
import { clientSchema } from './client-schemas.ts';
import { sqlRows } from './client-summary.ts';
import { clientTables, ident } from './client-tables.ts';
import { mergeClients, mergeInput } from './merge-clients.ts';
import { toClientView } from './read-client.ts';
import { undoMerge } from './undo-merge.ts';

const tags = ['duplicates and merges'];
const counts = z.record(z.string(), z.number());

export const mergeRoutes: Feature = (app, { database }) => {
  const { db } = database;

  app.get(
    '/api/clients/compare',
    {
      schema: {
        tags,
        description: 'Two clients side by side for a merge (HMIS admin), with how many rows of each table each holds.',
        querystring: z.object({ a: z.string().min(1).max(32), b: z.string().min(1).max(32) }),
        response: { 200: z.object({ clients: z.array(clientSchema), rows: z.array(counts) }) },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      requireRole(ctx, 'hmis_admin');
      const ids = [req.query.a, req.query.b];
      const tables = await clientTables(db);
      const clients = [];
      const rows = [];
      for (const id of ids) {
        const { client, profile } = await readClientAudited(db, ctx, id, 'merge_compare');
        clients.push(toClientView(client, profile, true));
        const n: Record<string, number> = {};
        for (const t of tables) {
          const [r] = await sqlRows<{ n: number }>(
            db,
            sql`SELECT count(*)::int AS n FROM ${ident(t.table)} WHERE ${ident(t.column)} = ${id}`,
          );
          if (r?.n) n[t.table] = r.n;
        }
        rows.push(n);
      }
      return { clients, rows };
    },
  );

  app.post(
    '/api/clients/merges',
    {
      schema: {
        tags,
        description:
          'Merges mergedId into survivorId (HMIS admin). choices says, per group (name, ssn, dob, sex, race, ' +
          'veteran, photo), whose value survives (default: the survivor). Every row of the merged client moves.',
        body: mergeInput,
        response: { 200: z.object({ mergeId: z.string(), moved: counts, survivor: clientSchema }) },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      return db.transaction(async (tx) => {
        const result = await mergeClients(tx, ctx, req.body);
        const { client, profile } = await requireClientAccess(tx, ctx, req.body.survivorId);
        return { ...result, survivor: toClientView(client, profile, true) };
      });
    },
  );

  app.get(
    '/api/clients/merges',
    {
      schema: {
        tags,
        description: 'Merges, newest first (HMIS admin).',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                survivorId: z.string(),
                mergedId: z.string(),
                mergedBy: z.string(),
                mergedAt: z.string(),
                moved: counts,
                undoneAt: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      requireRole(ctx, 'hmis_admin');
      const org = currentOrganization(ctx);
      const rows = await db
        .select({ m: clientMergeTable, first: appUserTable.firstName, last: appUserTable.lastName })
        .from(clientMergeTable)
        .leftJoin(appUserTable, eq(appUserTable.id, clientMergeTable.createdBy))
        .where(
          and(clientVisibleSql(clientMergeTable.survivorId, org), clientVisibleSql(clientMergeTable.mergedId, org)),
        )
        .orderBy(desc(clientMergeTable.createdAt))
        .limit(req.query.limit);
      await recordClientReads(
        db,
        ctx,
        rows.flatMap(({ m }) => [m.survivorId, m.mergedId]),
        'merges',
      );
      return {
        items: rows.map(({ m, first, last }) => ({
          id: m.id,
          survivorId: m.survivorId,
          mergedId: m.mergedId,
          mergedBy: first ? `${first} ${last}` : 'Unknown user',
          mergedAt: m.createdAt.toISOString(),
          moved: m.movedCounts,
          undoneAt: m.undoneAt?.toISOString() ?? null,
        })),
      };
    },
  );

  app.post(
    '/api/clients/merges/:mergeId/undo',
    {
      schema: {
        tags,
        description: 'Undoes a merge (HMIS admin): the moved rows go back and the merged client returns.',
        params: z.object({ mergeId: z.string().min(1).max(32) }),
        response: { 200: z.object({ restored: counts }) },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      return db.transaction((tx) => undoMerge(tx, ctx, req.params.mergeId));
    },
  );
};
