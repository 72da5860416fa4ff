// A client's ties to the CoC's areas (where they lived, have family, work…). The CAS intake
// records the household's ties for every member; the dashboard adds and removes them later.
// Removed ties are kept, marked removed, so nothing a user entered disappears.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../../db/connect.ts';
import { casAreaTable, casAreaTieTable, TIE_KINDS } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { readClientAudited, requireClientAccess } from '../clients/client-access.ts';
import type { RequestContext } from '../http/context.ts';
import { conflict, type FieldErrors, notFound, validationFailed } from '../http/errors.ts';
import { newId } from '../http/ids.ts';

export const TIE_LABELS: Record<(typeof TIE_KINDS)[number], string> = {
  lived: 'Lived there',
  family: 'Family there',
  work: 'Works there',
  school: 'School there',
  services: 'Receives services there',
  other: 'Other',
};

export const areaTieInput = z.strictObject({
  areaId: z.string().min(1).max(32),
  tieKind: z.enum(TIE_KINDS, { error: `Choose how: ${TIE_KINDS.join(', ')}` }),
  note: z
    .string()
    .trim()
    .max(200, 'At most 200 characters')
    .nullish()
    .transform((v) => v || null),
});
export type AreaTieInput = z.infer<typeof areaTieInput>;

export const areaTieView = z.object({
  id: z.string(),
  areaId: z.string(),
  areaName: z.string(),
  tieKind: z.enum(TIE_KINDS),
  note: z.string().nullable(),
  createdAt: z.string(),
});

/** Each tie names an active area of the CoC's list, once. */
export async function checkAreaTies(db: DbOrTx, ties: AreaTieInput[], prefix: string): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  if (!ties.length) return errors;
  const areas = await db
    .select({ id: casAreaTable.id })
    .from(casAreaTable)
    .where(and(inArray(casAreaTable.id, [...new Set(ties.map((t) => t.areaId))]), eq(casAreaTable.active, true)));
  const known = new Set(areas.map((a) => a.id));
  const seen = new Set<string>();
  ties.forEach((t, i) => {
    if (!known.has(t.areaId)) errors[`${prefix}.${i}.areaId`] = 'Choose an area from the CoC’s list';
    else if (seen.has(t.areaId)) errors[`${prefix}.${i}.areaId`] = 'This area is listed twice';
    seen.add(t.areaId);
  });
  return errors;
}

/** Records the ties for each person, skipping an area a person is already tied to. */
export async function writeAreaTies(tx: DbOrTx, ctx: RequestContext, personalIds: string[], ties: AreaTieInput[]) {
  if (!ties.length || !personalIds.length) return;
  const existing = await tx
    .select({ personalId: casAreaTieTable.personalId, areaId: casAreaTieTable.areaId })
    .from(casAreaTieTable)
    .where(and(inArray(casAreaTieTable.personalId, personalIds), isNull(casAreaTieTable.removedAt)));
  const has = new Set(existing.map((e) => `${e.personalId}|${e.areaId}`));
  for (const personalId of personalIds) {
    for (const t of ties) {
      if (has.has(`${personalId}|${t.areaId}`)) continue;
      const id = newId();
      await tx.insert(casAreaTieTable).values({ id, personalId, ...t, createdBy: ctx.user.id });
      await recordAudit(tx, ctx, {
        action: 'cas.area_tie_added',
        entityType: 'cas_area_tie',
        entityId: id,
        clientId: personalId,
        detail: { areaId: t.areaId, tieKind: t.tieKind },
      });
    }
  }
}

async function tiesOf(db: DbOrTx, personalId: string) {
  const rows = await db
    .select({
      id: casAreaTieTable.id,
      areaId: casAreaTieTable.areaId,
      areaName: casAreaTable.name,
      tieKind: casAreaTieTable.tieKind,
      note: casAreaTieTable.note,
      createdAt: casAreaTieTable.createdAt,
    })
    .from(casAreaTieTable)
    .innerJoin(casAreaTable, eq(casAreaTable.id, casAreaTieTable.areaId))
    .where(and(eq(casAreaTieTable.personalId, personalId), isNull(casAreaTieTable.removedAt)))
    .orderBy(asc(casAreaTable.sortOrder), asc(casAreaTable.name));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export async function listAreaTies(db: Db, ctx: RequestContext, personalId: string) {
  return db.transaction(async (tx) => {
    await readClientAudited(tx, ctx, personalId, 'area ties');
    return tiesOf(tx, personalId);
  });
}

export async function addAreaTie(db: Db, ctx: RequestContext, personalId: string, input: AreaTieInput) {
  return db.transaction(async (tx) => {
    await requireClientAccess(tx, ctx, personalId);
    const errors = await checkAreaTies(tx, [input], 'ties');
    if (Object.keys(errors).length) throw validationFailed({ areaId: Object.values(errors)[0] ?? '' });
    const current = await tiesOf(tx, personalId);
    if (current.some((t) => t.areaId === input.areaId))
      throw conflict('This client already has a tie to that area; remove it first to record it differently');
    await writeAreaTies(tx, ctx, [personalId], [input]);
    return tiesOf(tx, personalId);
  });
}

export async function removeAreaTie(db: Db, ctx: RequestContext, personalId: string, tieId: string) {
  return db.transaction(async (tx) => {
    await requireClientAccess(tx, ctx, personalId);
    const removed = await tx
      .update(casAreaTieTable)
      .set({ removedAt: new Date(), removedBy: ctx.user.id })
      .where(
        and(
          eq(casAreaTieTable.id, tieId),
          eq(casAreaTieTable.personalId, personalId),
          isNull(casAreaTieTable.removedAt),
        ),
      )
      .returning({ id: casAreaTieTable.id });
    if (!removed.length) throw notFound('Area tie');
    await recordAudit(tx, ctx, {
      action: 'cas.area_tie_removed',
      entityType: 'cas_area_tie',
      entityId: tieId,
      clientId: personalId,
    });
    return tiesOf(tx, personalId);
  });
}
