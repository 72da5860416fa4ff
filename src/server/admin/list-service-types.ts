import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { serviceTypeTable } from '../../db/schema/index.ts';
import { notFound } from '../http/errors.ts';
import { type ServiceTypeRecord, withLabels } from './service-type.schema.ts';

export async function listServiceTypes(
  db: DbOrTx,
  filter: { activeOnly?: boolean; id?: string } = {},
): Promise<ServiceTypeRecord[]> {
  const s = serviceTypeTable;
  const where: SQL[] = [];
  if (filter.activeOnly) where.push(eq(s.active, true));
  if (filter.id) where.push(eq(s.id, filter.id));
  const rows = await db
    .select({
      id: s.id,
      name: s.name,
      category: s.category,
      unitLabel: s.unitLabel,
      active: s.active,
      recordType: s.recordType,
      typeProvided: s.typeProvided,
      version: s.version,
    })
    .from(s)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(s.category), asc(s.name));
  return rows.map(withLabels);
}

export async function getServiceType(db: DbOrTx, id: string): Promise<ServiceTypeRecord> {
  const [row] = await listServiceTypes(db, { id });
  if (!row) throw notFound('The service type');
  return row;
}
