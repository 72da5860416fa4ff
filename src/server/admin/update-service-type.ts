// Edits a catalog entry. Entries are never deleted (recorded services point at them): an HMIS
// admin marks them inactive instead.
import { and, eq, sql } from 'drizzle-orm';
import { serviceTypeTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { validationFailed } from '../http/errors.ts';
import { getServiceType } from './list-service-types.ts';
import type { ServiceTypeInput } from './service-type.schema.ts';
import { assertValidServiceType } from './validate-service-type.ts';
import { isUniqueViolation, missingOrStale } from './write-helpers.ts';

export async function updateServiceType(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: ServiceTypeInput & { version: number },
) {
  const s = serviceTypeTable;
  const { version, ...fields } = input;
  const saved = deps.database.db.transaction(async (tx) => {
    const before = await getServiceType(tx, id);
    await assertValidServiceType(tx, fields, id);
    const updated = await tx
      .update(s)
      .set({ ...fields, updatedAt: new Date(), updatedBy: ctx.user.id, version: sql`${s.version} + 1` })
      .where(and(eq(s.id, id), eq(s.version, version)))
      .returning({ id: s.id });
    if (!updated.length) throw await missingOrStale(tx, s, s.id, id, 'This service type');
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((k) => before[k] !== fields[k]);
    await recordAudit(tx, ctx, {
      action: 'admin.service_type_updated',
      entityType: 'service_type',
      entityId: id,
      detail: { changed },
    });
    return getServiceType(tx, id);
  });
  return saved.catch((e) => {
    throw isUniqueViolation(e) ? validationFailed({ name: 'Another service type already has this name' }) : e;
  });
}
