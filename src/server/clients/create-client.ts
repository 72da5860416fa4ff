// Creates a client, never silently beside an existing record of the same person. Usable inside
// another feature's transaction (intake quick-adds family members):
//   await db.transaction((tx) => createClient(tx, ctx, clientInputSchema.parse(body), { confirmedNotDuplicate }))
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { clientNotDuplicateTable, clientProfileTable, clientTable, organizationTable } from '../../db/schema/index.ts';
import { NoYes } from '../../hud/codes.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import type { RequestContext } from '../http/context.ts';
import { AppError, validationFailed } from '../http/errors.ts';
import { hudNow } from '../http/ids.ts';
import type { ClientRow } from './client-access.ts';
import type { ClientInput, DuplicateCandidate } from './client-schemas.ts';
import { findDuplicateCandidates } from './find-duplicates.ts';
import { validateClient, withDefaults } from './validate-client.ts';

export { clientInputSchema } from './client-schemas.ts';

/** 409: the new client is probably someone already in HMIS; `candidates` says who and why. */
export function possibleDuplicate(candidates: DuplicateCandidate[]) {
  return new AppError(
    409,
    'possible_duplicate',
    'This person may already be in HMIS. Compare the records: pick the existing client, or confirm that none of them is this person.',
    undefined,
    { candidates },
  );
}

/** The next free PersonalID from client_personal_id_seq, skipping IDs an import already used. */
export async function nextPersonalId(db: DbOrTx): Promise<string> {
  for (;;) {
    const result = (await db.execute(sql`SELECT nextval('client_personal_id_seq')::text AS id`)) as unknown as {
      rows: { id: string }[];
    };
    const id = result.rows[0]?.id;
    if (!id) throw new Error('client_personal_id_seq returned nothing');
    const [taken] = await db
      .select({ id: clientTable.PersonalID })
      .from(clientTable)
      .where(eq(clientTable.PersonalID, id));
    if (!taken) return id;
  }
}

export async function isVictimServiceProvider(db: DbOrTx, organizationId: string): Promise<boolean> {
  const [org] = await db
    .select({ vsp: organizationTable.VictimServiceProvider })
    .from(organizationTable)
    .where(eq(organizationTable.OrganizationID, organizationId));
  return org?.vsp === NoYes.Yes;
}

const pair = (a: string, b: string) =>
  a < b ? { personalIdA: a, personalIdB: b } : { personalIdA: b, personalIdB: a };

export async function createClient(
  tx: DbOrTx,
  ctx: RequestContext,
  input: ClientInput,
  opts: { confirmedNotDuplicate?: boolean } = {},
): Promise<ClientRow> {
  const organizationId = currentOrganization(ctx);
  const { restrictToOrganization, ...fields } = input;
  const values = withDefaults(fields);
  const errors = validateClient(values);
  if (Object.keys(errors).length) throw validationFailed(errors);

  const candidates = await findDuplicateCandidates(tx, ctx, values);
  if (candidates.length && !opts.confirmedNotDuplicate) throw possibleDuplicate(candidates);

  const PersonalID = await nextPersonalId(tx);
  const now = hudNow();
  const [client] = await tx
    .insert(clientTable)
    .values({
      ...values,
      PersonalID,
      DateCreated: now,
      DateUpdated: now,
      UserID: ctx.user.id,
    })
    .returning();
  if (!client) throw new Error('client insert returned nothing');

  // A victim-service provider's clients never show outside it; others only when asked.
  const restricted = restrictToOrganization || (await isVictimServiceProvider(tx, organizationId));
  await tx.insert(clientProfileTable).values({
    personalId: PersonalID,
    createdOrganizationId: organizationId,
    restrictedOrganizationId: restricted ? organizationId : null,
    createdBy: ctx.user.id,
    updatedBy: ctx.user.id,
  });
  await recordAudit(tx, ctx, {
    action: 'client.created',
    entityType: 'client',
    entityId: PersonalID,
    clientId: PersonalID,
    detail: { restricted },
  });
  if (candidates.length) {
    await tx
      .insert(clientNotDuplicateTable)
      .values(
        candidates.map((c) => ({
          ...pair(PersonalID, c.PersonalID),
          reason: 'confirmed_at_create' as const,
          organizationId,
          createdBy: ctx.user.id,
        })),
      )
      .onConflictDoNothing();
    await recordAudit(tx, ctx, {
      action: 'client.duplicate_override',
      entityType: 'client',
      entityId: PersonalID,
      clientId: PersonalID,
      detail: { candidateIds: candidates.map((c) => c.PersonalID) },
    });
  }
  return client;
}
