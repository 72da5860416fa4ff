// Reads the CoC's service-type catalog (the admin feature maintains it).
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { buildOnce } from '../../db/prepared.ts';
import { serviceTypeTable } from '../../db/schema/index.ts';
import { RecordType } from '../../hud/codes.ts';

export type ServiceType = typeof serviceTypeTable.$inferSelect;

const serviceTypesQuery = buildOnce((db) =>
  db
    .select()
    .from(serviceTypeTable)
    .where(sql`${serviceTypeTable.id} = ANY(${sql.placeholder('ids')}::varchar[])`),
);

export async function serviceTypesById(db: DbOrTx, ids: readonly string[]): Promise<Map<string, ServiceType>> {
  if (!ids.length) return new Map();
  const rows = await serviceTypesQuery(db, { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [r.id, r]));
}

export const isBedNight = (t: Pick<ServiceType, 'recordType'>) => t.recordType === RecordType.BedNight;
