// The CoC's list of Document Check document types: every user reads it; HMIS admins change it.
// A type is never deleted (documents refer to it): it is made inactive.
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/connect.ts';
import { documentTypeTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole } from '../auth/session-hook.ts';
import type { RequestContext } from '../http/context.ts';
import { conflict, notFound, staleVersion } from '../http/errors.ts';
import { newId } from '../http/ids.ts';
import type { DocumentTypeView, documentTypeInput, documentTypeUpdate } from './schemas.ts';

const t = documentTypeTable;

const toView = (r: typeof t.$inferSelect): DocumentTypeView => ({
  id: r.id,
  name: r.name,
  description: r.description,
  required: r.required,
  requiredProjectTypes: r.requiredProjectTypes,
  active: r.active,
  sortOrder: r.sortOrder,
  version: r.version,
});

export async function listDocumentTypes(db: DbOrTx, includeInactive: boolean): Promise<DocumentTypeView[]> {
  const rows = await db
    .select()
    .from(t)
    .where(includeInactive ? undefined : eq(t.active, true))
    .orderBy(asc(t.sortOrder), asc(t.name));
  return rows.map(toView);
}

async function assertNameFree(db: DbOrTx, name: string, id?: string) {
  const [clash] = await db
    .select({ id: t.id })
    .from(t)
    .where(and(sql`lower(${t.name}) = lower(${name})`, id ? ne(t.id, id) : undefined));
  if (clash) throw conflict(`A document type named "${name}" already exists`, { fields: { name: 'Already used' } });
}

export async function createDocumentType(
  db: DbOrTx,
  ctx: RequestContext,
  input: z.infer<typeof documentTypeInput>,
): Promise<DocumentTypeView> {
  requireRole(ctx, 'hmis_admin');
  await assertNameFree(db, input.name);
  const [row] = await db
    .insert(t)
    .values({ id: newId(), ...input, createdBy: ctx.user.id, updatedBy: ctx.user.id })
    .returning();
  if (!row) throw new Error('document type not created');
  await recordAudit(db, ctx, { action: 'document_type.created', entityType: 'document_type', entityId: row.id });
  return toView(row);
}

export async function updateDocumentType(
  db: DbOrTx,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof documentTypeUpdate>,
): Promise<DocumentTypeView> {
  requireRole(ctx, 'hmis_admin');
  const [existing] = await db.select({ id: t.id }).from(t).where(eq(t.id, id));
  if (!existing) throw notFound('The document type');
  await assertNameFree(db, input.name, id);
  const { version, ...values } = input;
  const [row] = await db
    .update(t)
    .set({ ...values, updatedAt: new Date(), updatedBy: ctx.user.id, version: sql`${t.version} + 1` })
    .where(and(eq(t.id, id), eq(t.version, version)))
    .returning();
  if (!row) throw staleVersion('The document type');
  await recordAudit(db, ctx, { action: 'document_type.updated', entityType: 'document_type', entityId: id });
  return toView(row);
}
