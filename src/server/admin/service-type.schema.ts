// The CoC's service catalog (app table), optionally mapped to the HUD RecordType/TypeProvided
// a service is exported as.
import { z } from 'zod';
import { hudLabel, TYPE_PROVIDED_LIST } from '../../hud/codes.ts';
import { versionField } from '../http/versions.ts';
import { hudCode, requiredText } from './hud-fields.ts';

export const serviceTypeInput = z.object({
  name: requiredText(100, 'the service name'),
  category: requiredText(100, 'the category'),
  unitLabel: requiredText(50, 'the unit label (for example Night, Session, Meal)'),
  active: z.boolean().default(true),
  recordType: hudCode('RecordType', 'the HUD record type')
    .nullish()
    .transform((v) => v ?? null),
  typeProvided: z
    .int32()
    .nullish()
    .transform((v) => v ?? null),
});
export type ServiceTypeInput = z.infer<typeof serviceTypeInput>;
export const serviceTypeUpdate = serviceTypeInput.extend({ version: versionField });

export const serviceTypeRecord = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  unitLabel: z.string(),
  active: z.boolean(),
  recordType: z.number().nullable().describe('HUD RecordType (list 1.4) the service is exported as'),
  typeProvided: z.number().nullable().describe('HUD TypeProvided, from the list for its RecordType'),
  recordTypeLabel: z.string().nullable(),
  typeProvidedLabel: z.string().nullable(),
  version: z.number(),
});
export type ServiceTypeRecord = z.infer<typeof serviceTypeRecord>;

export function withLabels(row: Omit<ServiceTypeRecord, 'recordTypeLabel' | 'typeProvidedLabel'>): ServiceTypeRecord {
  const list = row.recordType === null ? undefined : TYPE_PROVIDED_LIST[row.recordType];
  return {
    ...row,
    recordTypeLabel: hudLabel('RecordType', row.recordType) ?? null,
    typeProvidedLabel: (list && hudLabel(list, row.typeProvided)) ?? null,
  };
}
