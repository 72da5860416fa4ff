import { serviceTypeTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { validationFailed } from '../http/errors.ts';
import { newId } from '../http/ids.ts';
import { getServiceType } from './list-service-types.ts';
import type { ServiceTypeInput } from './service-type.schema.ts';
import { assertValidServiceType } from './validate-service-type.ts';
import { isUniqueViolation } from './write-helpers.ts';

export async function createServiceType(deps: Deps, ctx: RequestContext, input: ServiceTypeInput) {
  const id = newId();
  const saved = deps.database.db.transaction(async (tx) => {
    await assertValidServiceType(tx, input);
    await tx.insert(serviceTypeTable).values({ id, ...input, createdBy: ctx.user.id, updatedBy: ctx.user.id });
    await recordAudit(tx, ctx, {
      action: 'admin.service_type_created',
      entityType: 'service_type',
      entityId: id,
      detail: { recordType: input.recordType, typeProvided: input.typeProvided },
    });
    return getServiceType(tx, id);
  });
  return saved.catch((e) => {
    throw isUniqueViolation(e) ? validationFailed({ name: 'Another service type already has this name' }) : e;
  });
}
