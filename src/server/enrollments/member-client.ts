// The people of a household workflow as client records: someone quick-added is created in the
// workflow's transaction (after the duplicate check), and an existing client's name, SSN, date
// of birth and race and ethnicity corrected on Basic Client Information are checked with the
// rules of Edit client and written with them.
import type { DbOrTx } from '../../db/connect.ts';
import type { ClientRow } from '../clients/client-access.ts';
import type { ClientIdentity, ClientInput } from '../clients/client-schemas.ts';
import { createClient } from '../clients/create-client.ts';
import { type ClientChange, planClientChange, writeClientChange } from '../clients/update-client.ts';
import type { RequestContext } from '../http/context.ts';
import { AppError, type FieldErrors } from '../http/errors.ts';

/** A new person's problem, keyed to their place in the household (`members.2.newClient.DOB`). */
function forMember(e: AppError, i: number): AppError {
  const fields = e.fields
    ? Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [`members.${i}.newClient.${k}`, v]))
    : { [`members.${i}.newClient`]: e.message };
  return new AppError(e.status, e.code, e.message, fields, { ...e.extra, member: i });
}

type Member = { PersonalID?: string; newClient?: ClientInput; confirmedNotDuplicate?: boolean };

/** Creates the members quick-added in the workflow; every member then has a PersonalID. */
export async function createQuickAdded<M extends Member>(
  tx: DbOrTx,
  ctx: RequestContext,
  members: M[],
): Promise<(M & { PersonalID: string })[]> {
  const out: (M & { PersonalID: string })[] = [];
  for (const [i, m] of members.entries()) {
    if (!m.newClient) {
      out.push({ ...m, PersonalID: m.PersonalID ?? '' });
      continue;
    }
    try {
      const c = await createClient(tx, ctx, m.newClient, { confirmedNotDuplicate: m.confirmedNotDuplicate });
      out.push({ ...m, PersonalID: c.PersonalID });
    } catch (e) {
      throw e instanceof AppError ? forMember(e, i) : e;
    }
  }
  return out;
}

/** The client's identity as corrected in the workflow, and its problems keyed `members.<i>.client.<Field>`. */
export function planIdentity(
  ctx: RequestContext,
  client: ClientRow,
  patch: ClientIdentity | undefined,
  prefix: string,
): { change: ClientChange | null; errors: FieldErrors } {
  if (!patch) return { change: null, errors: {} };
  const change = planClientChange(ctx, client, patch);
  const errors = Object.fromEntries(Object.entries(change.errors).map(([k, v]) => [`${prefix}.client.${k}`, v]));
  return { change: change.fields.length ? change : null, errors };
}

/** Writes the identity change (if any); returns the client row as it now is. */
export async function writeIdentity(
  tx: DbOrTx,
  ctx: RequestContext,
  client: ClientRow,
  change: ClientChange | null,
  readVersion: number | undefined,
): Promise<ClientRow> {
  if (!change) return client;
  return writeClientChange(tx, ctx, client, change, readVersion ?? client.version);
}
