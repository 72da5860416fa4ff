// Quick Services – Multiple Clients: one service for every ticked client, all or none.
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { validationFailed } from '../http/errors.ts';
import { openEnrollmentsOn } from './enrollment-lookup.ts';
import { prepareServices } from './prepare-services.ts';
import { requireOwnProject } from './project-access.ts';
import { whyProjectCannotRecord } from './project-funders.ts';
import { isBedNight, serviceTypesById } from './service-types.ts';
import { writeServices } from './write-services.ts';

export type QuickServicesInput = {
  projectId: string;
  serviceTypeId: string;
  DateProvided: string;
  units: number;
  unitValue: number;
  personalIds: string[];
};

export async function recordQuickServices(deps: Deps, ctx: RequestContext, input: QuickServicesInput) {
  const { db } = deps.database;
  const project = await requireOwnProject(db, ctx, input.projectId);
  const type = (await serviceTypesById(db, [input.serviceTypeId])).get(input.serviceTypeId);
  if (!type) throw validationFailed({ serviceTypeId: 'Unknown service type: choose one from the list' });
  // Said once for the project, before any client is looked at.
  const notHere = await whyProjectCannotRecord(db, project, type.recordType, input.DateProvided);
  if (notHere) throw validationFailed({ serviceTypeId: notHere });
  const personalIds = [...new Set(input.personalIds)];
  const written = await db.transaction(async (tx) => {
    const open = await openEnrollmentsOn(tx, {
      projectId: project.ProjectID,
      date: input.DateProvided,
      bedNight: isBedNight(type),
      visibleTo: project.OrganizationID,
      personalIds,
    });
    const missing = personalIds.filter((id) => !open.has(id));
    if (missing.length) {
      throw validationFailed({
        personalIds: `No enrollment in ${project.ProjectName} open on ${input.DateProvided} for client ${missing.join(', ')}: enroll them first`,
      });
    }
    const prepared = await prepareServices(
      tx,
      ctx,
      personalIds.map((id) => ({
        EnrollmentID: open.get(id)?.EnrollmentID ?? '',
        serviceTypeId: type.id,
        DateProvided: input.DateProvided,
        units: input.units,
        unitValue: input.unitValue,
      })),
    );
    return writeServices(tx, ctx, prepared, { via: 'quick-services' });
  });
  return { recorded: written.length };
}
