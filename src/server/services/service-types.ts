// Reads the CoC's service-type catalog (the admin feature maintains it).
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { serviceTypeTable } from '../../db/schema/index.ts';
import { RecordType } from '../../hud/codes.ts';

export type ServiceType = typeof serviceTypeTable.$inferSelect;

export async function serviceTypesById(db: DbOrTx, ids: readonly string[]): Promise<Map<string, ServiceType>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select()
    .from(serviceTypeTable)
    .where(inArray(serviceTypeTable.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

export const isBedNight = (t: Pick<ServiceType, 'recordType'>) => t.recordType === RecordType.BedNight;
