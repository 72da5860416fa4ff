// Client Files: the client's document cabinet, shared CoC-wide like enrollments. Files in the
// "Restricted" category are seen only by the organization that uploaded them, and files a
// victim-service provider uploaded only by it.
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/connect.ts';
import { appUserTable, clientFileTable, organizationTable } from '../../db/schema/index.ts';
import { clientFileVisibleSql } from '../access/client-records.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import type { RequestContext } from '../http/context.ts';
import { notFound } from '../http/errors.ts';

export const FILE_CATEGORIES = [
  'Identification',
  'Income',
  'Benefits',
  'Housing',
  'Legal',
  'Other',
  'Restricted',
] as const;
export const RESTRICTED = 'Restricted';

export const clientFileSchema = z.object({
  id: z.string(),
  name: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  category: z.string(),
  restricted: z.boolean(),
  organizationId: z.string(),
  organizationName: z.string(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
  version: z.number(),
});
export type ClientFile = z.infer<typeof clientFileSchema>;

export const listFilesQuery = z.object({
  sort: z.enum(['name', 'uploadedAt', 'category', 'size']).default('uploadedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  category: z.enum(FILE_CATEGORIES).optional(),
  q: z.string().max(100).optional().describe('Part of the document or file name'),
});

/** Files of this client the user's organization may see (src/server/access/client-records.ts). */
const visibleTo = (personalId: string, organizationId: string): SQL =>
  and(eq(clientFileTable.personalId, personalId), clientFileVisibleSql(organizationId)) as SQL;

const columns = {
  id: clientFileTable.id,
  name: clientFileTable.name,
  fileName: clientFileTable.fileName,
  contentType: clientFileTable.contentType,
  sizeBytes: clientFileTable.sizeBytes,
  category: clientFileTable.category,
  organizationId: clientFileTable.organizationId,
  organizationName: organizationTable.OrganizationName,
  first: appUserTable.firstName,
  last: appUserTable.lastName,
  createdAt: clientFileTable.createdAt,
  version: clientFileTable.version,
  storageKey: clientFileTable.storageKey,
};

function selectFiles(db: DbOrTx) {
  return db
    .select(columns)
    .from(clientFileTable)
    .innerJoin(organizationTable, eq(organizationTable.OrganizationID, clientFileTable.organizationId))
    .leftJoin(appUserTable, eq(appUserTable.id, clientFileTable.createdBy));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectFiles>['execute']>>[number];
const toFile = (r: Row): ClientFile => ({
  id: r.id,
  name: r.name,
  fileName: r.fileName,
  contentType: r.contentType,
  sizeBytes: r.sizeBytes,
  category: r.category,
  restricted: r.category === RESTRICTED,
  organizationId: r.organizationId,
  organizationName: r.organizationName,
  uploadedBy: r.first ? `${r.first} ${r.last}` : 'Unknown user',
  uploadedAt: r.createdAt.toISOString(),
  version: r.version,
});

export async function listClientFiles(
  db: DbOrTx,
  ctx: RequestContext,
  personalId: string,
  q: z.infer<typeof listFilesQuery>,
): Promise<ClientFile[]> {
  const org = currentOrganization(ctx);
  const conditions = [visibleTo(personalId, org)];
  if (q.category) conditions.push(eq(clientFileTable.category, q.category));
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`(${clientFileTable.name} ILIKE ${like} OR ${clientFileTable.fileName} ILIKE ${like})`);
  }
  const by = {
    name: sql`lower(${clientFileTable.name})`,
    uploadedAt: clientFileTable.createdAt,
    category: clientFileTable.category,
    size: clientFileTable.sizeBytes,
  }[q.sort];
  const rows = await selectFiles(db)
    .where(and(...conditions))
    .orderBy(q.order === 'asc' ? asc(by) : desc(by), desc(clientFileTable.createdAt));
  return rows.map(toFile);
}

/** One visible file (with its storage key), or 404. */
export async function findClientFile(db: DbOrTx, ctx: RequestContext, personalId: string, fileId: string) {
  const org = currentOrganization(ctx);
  const [row] = await selectFiles(db).where(and(visibleTo(personalId, org), eq(clientFileTable.id, fileId)));
  if (!row) throw notFound('The file');
  return { file: toFile(row), storageKey: row.storageKey };
}
