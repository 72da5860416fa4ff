// Quick Services – Multiple Clients: the clients with an enrollment in the project open on the
// date. Someone not enrolled is not listed (a service must hang on an enrollment).
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { clientTable, serviceTable } from '../../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { recordClientReads } from './audit-many.ts';
import { openEnrollmentsOn } from './enrollment-lookup.ts';
import { requireOwnProject } from './project-access.ts';
import { isBedNight, serviceTypesById } from './service-types.ts';

export async function listQuickServiceClients(
  deps: Deps,
  ctx: RequestContext,
  q: { projectId: string; date: string; serviceTypeId?: string },
) {
  const { db } = deps.database;
  const project = await requireOwnProject(db, ctx, q.projectId);
  const type = q.serviceTypeId ? (await serviceTypesById(db, [q.serviceTypeId])).get(q.serviceTypeId) : undefined;
  const open = await openEnrollmentsOn(db, {
    projectId: q.projectId,
    date: q.date,
    bedNight: type ? isBedNight(type) : false,
    visibleTo: project.OrganizationID,
  });
  const ids = [...open.keys()];
  if (!ids.length) return [];
  const names = await db
    .select({ PersonalID: clientTable.PersonalID, FirstName: clientTable.FirstName, LastName: clientTable.LastName })
    .from(clientTable)
    .where(and(inArray(clientTable.PersonalID, ids), isNull(clientTable.DateDeleted)));
  // Who already has this service that day, so it is not given twice by mistake.
  const already = type
    ? await db
        .select({ PersonalID: serviceTable.personalId })
        .from(serviceTable)
        .where(
          and(
            eq(serviceTable.projectId, q.projectId),
            eq(serviceTable.serviceTypeId, type.id),
            eq(serviceTable.dateProvided, q.date),
            isNull(serviceTable.deletedAt),
            inArray(serviceTable.personalId, ids),
          ),
        )
    : [];
  const has = new Set(already.map((a) => a.PersonalID));
  await recordClientReads(
    db,
    ctx,
    names.map((n) => n.PersonalID),
    'quick-services',
  );
  return names
    .map((n) => {
      const e = open.get(n.PersonalID);
      return {
        PersonalID: n.PersonalID,
        FirstName: n.FirstName,
        LastName: n.LastName,
        EnrollmentID: e?.EnrollmentID ?? '',
        EntryDate: e?.EntryDate ?? '',
        ExitDate: e?.ExitDate ?? null,
        alreadyRecorded: has.has(n.PersonalID),
      };
    })
    .sort((a, b) => (a.LastName ?? '').localeCompare(b.LastName ?? '') || a.PersonalID.localeCompare(b.PersonalID));
}
