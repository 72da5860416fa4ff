// The CoC's list of areas a household can have ties to, kept by an HMIS admin. Areas are never
// deleted (ties recorded against them stay readable); an inactive area is no longer offered.
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../../db/connect.ts';
import { casAreaTable } from '../../db/schema/index.ts';
import { isUniqueViolation } from '../admin/write-helpers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestContext } from '../http/context.ts';
import { notFound, staleVersion, validationFailed } from '../http/errors.ts';
import { newId } from '../http/ids.ts';
import { versionField } from '../http/versions.ts';

export const areaInput = z.strictObject({
  name: z
    .string({ error: 'Enter the area name' })
    .trim()
    .min(1, 'Enter the area name')
    .max(100, 'At most 100 characters'),
  active: z.boolean().default(true),
  sortOrder: z.number().int().min(0).max(10_000).default(0),
});
export const areaUpdate = areaInput.extend({ version: versionField });
export const areaView = z.object({
  id: z.string(),
  name: z.string(),
  active: z.boolean(),
  sortOrder: z.number(),
  version: z.number(),
});

const columns = {
  id: casAreaTable.id,
  name: casAreaTable.name,
  active: casAreaTable.active,
  sortOrder: casAreaTable.sortOrder,
  version: casAreaTable.version,
};

export async function listAreas(db: DbOrTx, o: { activeOnly: boolean }) {
  return db
    .select(columns)
    .from(casAreaTable)
    .where(o.activeOnly ? eq(casAreaTable.active, true) : undefined)
    .orderBy(asc(casAreaTable.sortOrder), asc(casAreaTable.name));
}

async function assertNameFree(db: DbOrTx, name: string, exceptId?: string) {
  const [taken] = await db
    .select({ id: casAreaTable.id })
    .from(casAreaTable)
    .where(
      and(sql`lower(${casAreaTable.name}) = lower(${name})`, exceptId ? ne(casAreaTable.id, exceptId) : undefined),
    );
  if (taken) throw validationFailed({ name: `There is already an area called ${name}` });
}

const duplicate = (e: unknown, name: string) =>
  isUniqueViolation(e) ? validationFailed({ name: `There is already an area called ${name}` }) : e;

export async function createArea(db: Db, ctx: RequestContext, input: z.infer<typeof areaInput>) {
  return db
    .transaction(async (tx) => {
      await assertNameFree(tx, input.name);
      const [row] = await tx
        .insert(casAreaTable)
        .values({ id: newId(), ...input, createdBy: ctx.user.id, updatedBy: ctx.user.id })
        .returning(columns);
      if (!row) throw new Error('area insert returned nothing');
      await recordAudit(tx, ctx, {
        action: 'cas.area_created',
        entityType: 'cas_area',
        entityId: row.id,
        detail: input,
      });
      return row;
    })
    .catch((e) => {
      throw duplicate(e, input.name);
    });
}

export async function updateArea(db: Db, ctx: RequestContext, id: string, input: z.infer<typeof areaUpdate>) {
  const { version, ...values } = input;
  return db
    .transaction(async (tx) => {
      const [stored] = await tx.select().from(casAreaTable).where(eq(casAreaTable.id, id));
      if (!stored) throw notFound('Area');
      if (stored.version !== version) throw staleVersion('This area');
      await assertNameFree(tx, values.name, id);
      const [row] = await tx
        .update(casAreaTable)
        .set({ ...values, updatedAt: new Date(), updatedBy: ctx.user.id, version: sql`${casAreaTable.version} + 1` })
        .where(and(eq(casAreaTable.id, id), eq(casAreaTable.version, version)))
        .returning(columns);
      if (!row) throw staleVersion('This area');
      await recordAudit(tx, ctx, { action: 'cas.area_updated', entityType: 'cas_area', entityId: id, detail: values });
      return row;
    })
    .catch((e) => {
      throw duplicate(e, input.name);
    });
}
