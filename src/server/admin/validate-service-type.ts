import { and, eq, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { serviceTypeTable } from '../../db/schema/index.ts';
import { hudLabel, hudLists, TYPE_PROVIDED_LIST } from '../../hud/codes.ts';
import { type FieldErrors, validationFailed } from '../http/errors.ts';
import type { ServiceTypeInput } from './service-type.schema.ts';

/** TypeProvided must come from the list its RecordType names; both or neither are set. */
export function validateServiceType(s: ServiceTypeInput): FieldErrors {
  if (s.recordType === null) {
    return s.typeProvided === null ? {} : { recordType: 'Choose the HUD record type this service type belongs to' };
  }
  const list = TYPE_PROVIDED_LIST[s.recordType];
  if (!list) return { recordType: 'Choose a HUD record type that services are recorded with' };
  if (s.typeProvided === null) return { typeProvided: 'Choose the HUD type of service provided' };
  if (!hudLabel(list, s.typeProvided))
    return { typeProvided: `Choose a type provided from HUD list ${hudLists[list].code} for this record type` };
  return {};
}

/** 400 with every bad field, including a name another entry already has. */
export async function assertValidServiceType(db: DbOrTx, input: ServiceTypeInput, id?: string) {
  const errors = validateServiceType(input);
  const s = serviceTypeTable;
  const sameName = eq(sql`lower(${s.name})`, input.name.toLowerCase());
  const clash = await db
    .select({ id: s.id })
    .from(s)
    .where(id ? and(sameName, ne(s.id, id)) : sameName);
  if (clash.length) errors.name = 'Another service type already has this name';
  if (Object.keys(errors).length) throw validationFailed(errors);
}
