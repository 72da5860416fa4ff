// Edit Client: names, SSN, date of birth, their data quality, and demographics, against the
// version that was read. Veteran status changes only through enrollment workflows, which call
// this with { allowVeteranFields: true }.
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { clientTable } from '../../db/schema/index.ts';
import { SSNDataQuality } from '../../hud/codes.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestContext } from '../http/context.ts';
import { type FieldErrors, staleVersion, validationFailed } from '../http/errors.ts';
import { hudNow } from '../http/ids.ts';
import { assertVersion } from '../http/versions.ts';
import { type ClientRow, mayViewFullPii, requireClientAccess } from './client-access.ts';
import { type ClientPatch, VETERAN_FIELDS } from './client-schemas.ts';
import { ssnValue } from './mask.ts';
import {
  type ClientValues,
  type CompleteClientValues,
  normalizeSsn,
  RACE_FIELDS,
  validateClient,
  withDefaults,
} from './validate-client.ts';

type Field = keyof ClientValues;
// When a value changes and its data-quality code is not sent, the code follows the value.
const QUALITY_OF: [Field[], Field][] = [
  [['FirstName', 'LastName'], 'NameDataQuality'],
  [['SSN'], 'SSNDataQuality'],
  [['DOB'], 'DOBDataQuality'],
  [[...RACE_FIELDS], 'RaceNone'],
];

const isMissingReason = (quality: number | null | undefined) =>
  quality !== null && quality !== undefined && quality !== SSNDataQuality.Full && quality !== SSNDataQuality.Partial;

export function clientValuesOf(row: ClientRow): ClientValues {
  const { PersonalID, DateCreated, DateUpdated, UserID, DateDeleted, ExportID, version, ...values } = row;
  return values;
}

export type ClientChange = { values: CompleteClientValues; fields: Field[]; errors: FieldErrors };

/**
 * The record as it would be after a change (before it is written): what changed and every rule
 * it would break, by field. Edit client and the workflows' Basic Client Information page share it.
 */
export function planClientChange(
  ctx: RequestContext,
  stored: ClientRow,
  patch: Omit<ClientPatch, 'version'>,
  opts: { allowVeteranFields?: boolean } = {},
): ClientChange {
  const changes = { ...patch };
  const current = clientValuesOf(stored);
  // What a masked reader got back (the partial SSN, no DOB) sent back unchanged is not a new
  // value; an empty one clears it only when its data quality now says there is none.
  if (!mayViewFullPii(ctx)) {
    if (changes.SSN !== undefined && changes.SSN === ssnValue(stored.SSN, false)) delete changes.SSN;
    if (changes.SSN === null && !isMissingReason(changes.SSNDataQuality)) delete changes.SSN;
    if (changes.DOB === null && !isMissingReason(changes.DOBDataQuality)) delete changes.DOB;
  }
  if (changes.SSN !== undefined) changes.SSN = normalizeSsn(changes.SSN);

  const changed = (Object.keys(changes) as Field[]).filter(
    (f) => changes[f as keyof typeof changes] !== undefined && changes[f as keyof typeof changes] !== current[f],
  );
  if (!opts.allowVeteranFields) {
    const refused: FieldErrors = {};
    for (const f of VETERAN_FIELDS)
      if (changed.includes(f))
        refused[f] = 'Veteran status changes only through an enrollment workflow (intake, update or exit)';
    if (Object.keys(refused).length) return { values: withDefaults(current), fields: [], errors: refused };
  }

  const next: ClientValues = { ...current };
  for (const f of changed) Object.assign(next, { [f]: changes[f as keyof typeof changes] });
  for (const [values, quality] of QUALITY_OF) {
    if (values.some((f) => changed.includes(f)) && !(quality in changes)) delete next[quality];
  }
  const values = withDefaults(next);
  const fields = (Object.keys(values) as Field[]).filter((f) => values[f] !== current[f]);
  return { values, fields, errors: validateClient(values) };
}

/** Writes a planned change against the version that was read (409 when someone saved since). */
export async function writeClientChange(
  tx: DbOrTx,
  ctx: RequestContext,
  stored: ClientRow,
  change: ClientChange,
  version: number,
): Promise<ClientRow> {
  assertVersion(stored.version, version, 'This client');
  const [row] = await tx
    .update(clientTable)
    .set({ ...change.values, DateUpdated: hudNow(), UserID: ctx.user.id, version: sql`${clientTable.version} + 1` })
    .where(and(eq(clientTable.PersonalID, stored.PersonalID), eq(clientTable.version, version)))
    .returning();
  if (!row) throw staleVersion('This client');
  await recordAudit(tx, ctx, {
    action: 'client.updated',
    entityType: 'client',
    entityId: stored.PersonalID,
    clientId: stored.PersonalID,
    detail: { fields: change.fields },
  });
  return row;
}

export async function updateClient(
  tx: DbOrTx,
  ctx: RequestContext,
  personalId: string,
  patch: ClientPatch,
  opts: { allowVeteranFields?: boolean } = {},
): Promise<ClientRow> {
  const { client: stored } = await requireClientAccess(tx, ctx, personalId);
  const { version, ...changes } = patch;
  const change = planClientChange(ctx, stored, changes, opts);
  if (Object.keys(change.errors).length) throw validationFailed(change.errors);
  return writeClientChange(tx, ctx, stored, change, version);
}
