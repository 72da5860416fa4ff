// Interested Others: people the client wants kept in the loop about their situation.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/connect.ts';
import { interestedOtherTable } from '../../db/schema/index.ts';
import { interestedOtherVisibleSql, requireInterestedOther } from '../access/client-records.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import type { RequestContext } from '../http/context.ts';
import { notFound, staleVersion } from '../http/errors.ts';
import { newId } from '../http/ids.ts';
import { requireClientAccess } from './client-access.ts';

export const INTERESTED_OTHER_TYPES = [
  'Family member',
  'Friend',
  'Legal guardian',
  'Attorney',
  'Probation or parole officer',
  'Landlord',
  'Other agency staff',
  'Other',
] as const;

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .nullish()
    .transform((v) => v || null);

export const interestedOtherInput = z.object({
  otherType: z.enum(INTERESTED_OTHER_TYPES, `Choose one of: ${INTERESTED_OTHER_TYPES.join(', ')}`),
  description: optionalText(200, 'At most 200 characters'),
  name: z.string().trim().min(1, 'Enter the name').max(100, 'At most 100 characters'),
  relationship: optionalText(100, 'At most 100 characters'),
  awareOfSituation: z.boolean().nullish(),
  phone: optionalText(20, 'At most 20 characters').refine(
    (v) => v === null || /^[0-9+().\s-]{7,20}$/.test(v),
    'Enter a phone number: digits, spaces, + ( ) and - only',
  ),
  email: optionalText(320, 'At most 320 characters').refine(
    (v) => v === null || z.email().safeParse(v).success,
    'Enter an email address like name@example.org',
  ),
  address: optionalText(300, 'At most 300 characters'),
});
export type InterestedOtherInput = z.output<typeof interestedOtherInput>;

export const interestedOtherSchema = z.object({
  id: z.string(),
  otherType: z.string(),
  description: z.string().nullable(),
  name: z.string(),
  relationship: z.string().nullable(),
  awareOfSituation: z.boolean().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  version: z.number(),
});
export type InterestedOther = z.infer<typeof interestedOtherSchema>;

const columns = {
  id: interestedOtherTable.id,
  otherType: interestedOtherTable.otherType,
  description: interestedOtherTable.description,
  name: interestedOtherTable.name,
  relationship: interestedOtherTable.relationship,
  awareOfSituation: interestedOtherTable.awareOfSituation,
  phone: interestedOtherTable.phone,
  email: interestedOtherTable.email,
  address: interestedOtherTable.address,
  version: interestedOtherTable.version,
};

const live = (personalId: string) =>
  and(eq(interestedOtherTable.personalId, personalId), isNull(interestedOtherTable.deletedAt));

/** The client's interested others the user's organization may see (not those a VSP recorded, outside it). */
export async function listInterestedOthers(
  db: DbOrTx,
  ctx: RequestContext,
  personalId: string,
): Promise<InterestedOther[]> {
  return db
    .select(columns)
    .from(interestedOtherTable)
    .where(and(live(personalId), interestedOtherVisibleSql(currentOrganization(ctx))))
    .orderBy(asc(interestedOtherTable.name));
}

export async function addInterestedOther(
  tx: DbOrTx,
  ctx: RequestContext,
  personalId: string,
  input: InterestedOtherInput,
): Promise<InterestedOther> {
  await requireClientAccess(tx, ctx, personalId);
  const id = newId();
  const [row] = await tx
    .insert(interestedOtherTable)
    .values({
      ...input,
      awareOfSituation: input.awareOfSituation ?? null,
      id,
      personalId,
      organizationId: currentOrganization(ctx),
      createdBy: ctx.user.id,
      updatedBy: ctx.user.id,
    })
    .returning(columns);
  if (!row) throw new Error('interested_other insert returned nothing');
  await recordAudit(tx, ctx, {
    action: 'client.interested_other_added',
    entityType: 'interested_other',
    entityId: id,
    clientId: personalId,
  });
  return row;
}

export async function editInterestedOther(
  tx: DbOrTx,
  ctx: RequestContext,
  personalId: string,
  id: string,
  input: InterestedOtherInput & { version: number },
): Promise<InterestedOther> {
  await requireInterestedOther(tx, ctx, personalId, id);
  const { version, ...values } = input;
  const [row] = await tx
    .update(interestedOtherTable)
    .set({
      ...values,
      awareOfSituation: values.awareOfSituation ?? null,
      updatedAt: new Date(),
      updatedBy: ctx.user.id,
      version: sql`${interestedOtherTable.version} + 1`,
    })
    .where(and(live(personalId), eq(interestedOtherTable.id, id), eq(interestedOtherTable.version, version)))
    .returning(columns);
  if (!row) throw await missingOrStale(tx, personalId, id);
  await recordAudit(tx, ctx, {
    action: 'client.interested_other_edited',
    entityType: 'interested_other',
    entityId: id,
    clientId: personalId,
  });
  return row;
}

export async function removeInterestedOther(
  tx: DbOrTx,
  ctx: RequestContext,
  personalId: string,
  id: string,
  version: number,
): Promise<void> {
  await requireInterestedOther(tx, ctx, personalId, id);
  const [row] = await tx
    .update(interestedOtherTable)
    .set({
      deletedAt: new Date(),
      deletedBy: ctx.user.id,
      updatedAt: new Date(),
      updatedBy: ctx.user.id,
      version: sql`${interestedOtherTable.version} + 1`,
    })
    .where(and(live(personalId), eq(interestedOtherTable.id, id), eq(interestedOtherTable.version, version)))
    .returning({ id: interestedOtherTable.id });
  if (!row) throw await missingOrStale(tx, personalId, id);
  await recordAudit(tx, ctx, {
    action: 'client.interested_other_removed',
    entityType: 'interested_other',
    entityId: id,
    clientId: personalId,
  });
}

async function missingOrStale(tx: DbOrTx, personalId: string, id: string) {
  const [exists] = await tx
    .select({ id: interestedOtherTable.id })
    .from(interestedOtherTable)
    .where(and(live(personalId), eq(interestedOtherTable.id, id)));
  return exists ? staleVersion('This interested other') : notFound('The interested other');
}
