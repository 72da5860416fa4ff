// Adds a case note, and any services given during it, in one save.
import { caseNoteTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import { requireClientAccess } from '../clients/client-access.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { type FieldErrors, validationFailed } from '../http/errors.ts';
import { newId } from '../http/ids.ts';
import { prepareServices, type ServiceInput } from '../services/prepare-services.ts';
import { writeServices } from '../services/write-services.ts';
import { checkNoteEnrollment } from './check-note-enrollment.ts';
import { getCaseNote } from './get-case-note.ts';
import type { CaseNoteCreate } from './schemas.ts';

export async function createCaseNote(deps: Deps, ctx: RequestContext, personalId: string, input: CaseNoteCreate) {
  const { db } = deps.database;
  const org = currentOrganization(ctx);
  await requireClientAccess(db, ctx, personalId);
  await checkNoteEnrollment(db, input.EnrollmentID, personalId, org);
  // Each service row takes the Default Enrollment and the note's date unless it says otherwise.
  const fields: FieldErrors = {};
  const services: ServiceInput[] = input.services.map((s, i) => {
    const EnrollmentID = s.EnrollmentID ?? input.EnrollmentID;
    if (!EnrollmentID) fields[`services.${i}.EnrollmentID`] = 'Choose the enrollment this service was given under';
    return {
      EnrollmentID: EnrollmentID ?? '',
      serviceTypeId: s.serviceTypeId,
      DateProvided: s.DateProvided ?? input.noteDate,
      units: s.units,
      unitValue: s.unitValue,
    };
  });
  if (Object.keys(fields).length) throw validationFailed(fields);
  const id = newId();
  await db.transaction(async (tx) => {
    await tx.insert(caseNoteTable).values({
      id,
      personalId,
      organizationId: org,
      enrollmentId: input.EnrollmentID,
      noteDate: input.noteDate,
      title: input.title,
      note: input.note,
      readOnly: input.readOnly,
      authorId: ctx.user.id,
      createdBy: ctx.user.id,
      updatedBy: ctx.user.id,
    });
    if (services.length) {
      const prepared = await prepareServices(tx, ctx, services, {
        personalId,
        field: (i, name) => `services.${i}.${name}`,
      });
      await writeServices(tx, ctx, prepared, { via: 'case-note', caseNoteId: id });
    }
    await recordAudit(tx, ctx, {
      action: 'case_note.create',
      entityType: 'case_note',
      entityId: id,
      clientId: personalId,
      detail: { readOnly: input.readOnly, services: services.length },
    });
  });
  return getCaseNote(deps, ctx, id, { audit: false });
}
