// A note may be attached to one of the client's enrollments in the writing organization's projects.
import type { DbOrTx } from '../../db/connect.ts';
import { validationFailed } from '../http/errors.ts';
import { enrollmentsById } from '../services/enrollment-lookup.ts';

export async function checkNoteEnrollment(
  db: DbOrTx,
  enrollmentId: string | null,
  personalId: string,
  org: string,
): Promise<void> {
  if (!enrollmentId) return;
  const e = (await enrollmentsById(db, [enrollmentId], org)).get(enrollmentId);
  if (!e || e.PersonalID !== personalId) {
    throw validationFailed({ EnrollmentID: 'Choose one of this client’s enrollments' });
  }
  if (e.OrganizationID !== org) {
    throw validationFailed({ EnrollmentID: `${e.ProjectName} is another organization’s enrollment` });
  }
}
