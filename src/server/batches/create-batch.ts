// Starts a batch: the service every scanned client will get (Batches → Add New Batch).
import { serviceBatchTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { type FieldErrors, validationFailed } from '../http/errors.ts';
import { hudToday, newId } from '../http/ids.ts';
import { requireOwnProject } from '../services/project-access.ts';
import { whyProjectCannotRecord } from '../services/project-funders.ts';
import { isBedNight, serviceTypesById } from '../services/service-types.ts';
import { findBatch } from './load-batch.ts';
import type { BatchOut } from './schemas.ts';

export type BatchInput = {
  name: string;
  projectId: string;
  serviceTypeId: string;
  DateProvided: string;
  units: number;
  unitValue: number;
};

export async function createBatch(deps: Deps, ctx: RequestContext, input: BatchInput): Promise<BatchOut> {
  const { db } = deps.database;
  const project = await requireOwnProject(db, ctx, input.projectId);
  const type = (await serviceTypesById(db, [input.serviceTypeId])).get(input.serviceTypeId);
  const fields: FieldErrors = {};
  if (!type?.active) fields.serviceTypeId = 'Unknown service type: choose one from the list';
  else {
    const notHere = await whyProjectCannotRecord(db, project, type.recordType, input.DateProvided);
    if (notHere) fields.serviceTypeId = notHere;
  }
  if (type && isBedNight(type) && input.units !== 1) fields.units = 'A bed night is one night: units must be 1';
  if (input.DateProvided > hudToday()) fields.DateProvided = 'The service date cannot be in the future';
  if (Object.keys(fields).length) throw validationFailed(fields);
  const id = newId();
  await db.transaction(async (tx) => {
    await tx.insert(serviceBatchTable).values({
      id,
      name: input.name,
      organizationId: project.OrganizationID,
      projectId: project.ProjectID,
      serviceTypeId: input.serviceTypeId,
      dateProvided: input.DateProvided,
      units: input.units,
      unitValue: input.unitValue,
      createdBy: ctx.user.id,
      updatedBy: ctx.user.id,
    });
    await recordAudit(tx, ctx, { action: 'service_batch.create', entityType: 'service_batch', entityId: id });
  });
  return findBatch(db, ctx, id);
}
