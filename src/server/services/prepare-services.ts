// Checks services before they are written, for one service or hundreds at once (four queries
// whatever the count): the type is in the catalog and one the project records on the date (its
// type and grants, service-type-rule.ts), the enrollment is open on the date, the project is the
// user's organization's, and a bed night is not already counted.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { enrollmentTable, servicesTable } from '../../db/schema/index.ts';
import { RecordType } from '../../hud/codes.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import { fundersByProject } from '../enrollments/load-project.ts';
import type { RequestContext } from '../http/context.ts';
import { conflict, type FieldErrors, forbidden, validationFailed } from '../http/errors.ts';
import { hudToday } from '../http/ids.ts';
import { type EnrollmentFacts, enrollmentsById } from './enrollment-lookup.ts';
import { projectOnDate } from './project-funders.ts';
import { whyNotRecordable } from './service-type-rule.ts';
import { isBedNight, type ServiceType, serviceTypesById } from './service-types.ts';

export type ServiceInput = {
  EnrollmentID: string;
  serviceTypeId: string;
  DateProvided: string;
  units: number;
  unitValue: number;
};

export type PreparedService = {
  input: ServiceInput;
  enrollment: EnrollmentFacts;
  type: ServiceType;
  bedNight: boolean;
  /** Set when the service comes from a scanned batch entry. */
  batchEntryId?: string;
};

type Options = {
  /** The request field name of input i's property (e.g. `services.2.DateProvided`). */
  field?: (i: number, name: keyof ServiceInput) => string;
  /** Every service must belong to this client. */
  personalId?: string;
};

export async function prepareServices(
  db: DbOrTx,
  ctx: RequestContext,
  inputs: readonly ServiceInput[],
  opts: Options = {},
): Promise<PreparedService[]> {
  const org = currentOrganization(ctx);
  const field = opts.field ?? ((_i, name) => name);
  const [types, enrollments] = await Promise.all([
    serviceTypesById(
      db,
      inputs.map((s) => s.serviceTypeId),
    ),
    enrollmentsById(
      db,
      inputs.map((s) => s.EnrollmentID),
      org,
    ),
  ]);
  const grants = await fundersByProject(
    db,
    [...enrollments.values()].map((e) => e.ProjectID),
  );
  const today = hudToday();
  const fields: FieldErrors = {};
  const prepared: PreparedService[] = [];
  inputs.forEach((input, i) => {
    const before = Object.keys(fields).length;
    const f = (name: keyof ServiceInput) => field(i, name);
    const type = types.get(input.serviceTypeId);
    const enrollment = enrollments.get(input.EnrollmentID);
    if (!type) fields[f('serviceTypeId')] = 'Unknown service type: choose one from the list';
    else if (!type.active) fields[f('serviceTypeId')] = `${type.name} is no longer offered: choose another service`;
    if (!enrollment) fields[f('EnrollmentID')] = 'No such enrollment: choose one of the client’s enrollments';
    else if (opts.personalId && enrollment.PersonalID !== opts.personalId) {
      fields[f('EnrollmentID')] = 'This enrollment belongs to another client';
    } else if (enrollment.OrganizationID !== org) {
      throw forbidden(
        `Services in ${enrollment.ProjectName} are recorded by its own organization: switch to it (Settings → Organization) first`,
      );
    }
    if (!type || !enrollment || Object.keys(fields).length > before) return;
    const bedNight = isBedNight(type);
    const dateError = checkDate(input.DateProvided, enrollment, bedNight, today);
    if (dateError) fields[f('DateProvided')] = dateError;
    if (bedNight && input.units !== 1) fields[f('units')] = 'A bed night is one night: units must be 1';
    const project = projectOnDate(enrollment, grants.get(enrollment.ProjectID) ?? [], input.DateProvided);
    const notHere = whyNotRecordable(type.recordType, project, input.DateProvided);
    if (notHere) fields[f('serviceTypeId')] = notHere;
    prepared.push({ input, enrollment, type, bedNight });
  });
  if (Object.keys(fields).length) throw validationFailed(fields);
  await assertBedNightsNew(db, prepared);
  return prepared;
}

function checkDate(date: string, e: EnrollmentFacts, bedNight: boolean, today: string): string | undefined {
  if (date > today) return `The service date ${date} is in the future: services are recorded once given`;
  if (date < e.EntryDate) {
    return `The service date ${date} is outside the enrollment: it started on ${e.EntryDate}`;
  }
  if (e.ExitDate && date > e.ExitDate) {
    return `The service date ${date} is outside the enrollment: the client exited on ${e.ExitDate}`;
  }
  if (bedNight && e.ExitDate && date === e.ExitDate) {
    return `The service date ${date} is outside the enrollment’s nights: the exit date is the morning after the last night`;
  }
  return undefined;
}

/** A night counts once per client, date and project: in this request and against what is stored. */
async function assertBedNightsNew(db: DbOrTx, services: readonly PreparedService[]): Promise<void> {
  const nights = services.filter((s) => s.bedNight);
  if (!nights.length) return;
  const key = (personalId: string, projectId: string, date: string) => `${personalId}|${projectId}|${date}`;
  const seen = new Set<string>();
  for (const s of nights) {
    const k = key(s.enrollment.PersonalID, s.enrollment.ProjectID, s.input.DateProvided);
    if (seen.has(k)) throw bedNightTaken(s.enrollment.PersonalID, s.input.DateProvided);
    seen.add(k);
  }
  // HUD Services rows cover bed nights recorded here and those that arrived in an import.
  const stored = await db
    .select({
      PersonalID: servicesTable.PersonalID,
      DateProvided: servicesTable.DateProvided,
      ProjectID: enrollmentTable.ProjectID,
    })
    .from(servicesTable)
    .innerJoin(enrollmentTable, eq(enrollmentTable.EnrollmentID, servicesTable.EnrollmentID))
    .where(
      and(
        eq(servicesTable.RecordType, RecordType.BedNight),
        isNull(servicesTable.DateDeleted),
        inArray(servicesTable.PersonalID, [...new Set(nights.map((s) => s.enrollment.PersonalID))]),
        inArray(servicesTable.DateProvided, [...new Set(nights.map((s) => s.input.DateProvided))]),
      ),
    );
  for (const row of stored) {
    if (seen.has(key(row.PersonalID, row.ProjectID, row.DateProvided)))
      throw bedNightTaken(row.PersonalID, row.DateProvided);
  }
}

export const bedNightTaken = (personalId: string, date: string) =>
  conflict(`A bed night is already recorded for client ${personalId} on ${date}: a night counts once`);
