// Subjects about people: clients, and their enrollments and exits.
import { sql } from 'drizzle-orm';
import {
  CLIENT,
  clientColumns,
  enrollmentLevel,
  enteredByColumn,
  enteredByJoin,
  onEnrollment,
  projectColumns,
  type Subject,
} from './subject.ts';

export const clientsSubject: Subject = {
  id: 'clients',
  label: 'Clients',
  noun: 'client',
  from: () =>
    sql.raw(`client c LEFT JOIN client_profile cp ON cp.personal_id = c.personal_id ${enteredByJoin('c.user_id')}`),
  where: 'c.date_deleted IS NULL',
  clientId: 'c.personal_id',
  // A client belongs to the organizations that created them or enrolled them.
  ofOrganizations: (orgs) => sql`(cp.created_organization_id = ANY(${orgs}) OR EXISTS (SELECT 1 FROM enrollment oe
    JOIN project op ON op.project_id = oe.project_id
    WHERE oe.personal_id = c.personal_id AND oe.date_deleted IS NULL AND op.organization_id = ANY(${orgs})))`,
  ofProjects: (projects) => sql`EXISTS (SELECT 1 FROM enrollment pe WHERE pe.personal_id = c.personal_id
    AND pe.date_deleted IS NULL AND pe.project_id = ANY(${projects}))`,
  columns: [
    CLIENT.PersonalID,
    CLIENT.FirstName,
    { key: 'MiddleName', label: 'Middle name', type: 'text', sql: 'c.middle_name', pii: 'name' },
    CLIENT.LastName,
    CLIENT.DOB,
    { key: 'Age', label: 'Age', type: 'number', sql: "date_part('year', age(current_date, c.dob))::int" },
    { key: 'SSN', label: 'SSN', type: 'text', sql: 'c.ssn', pii: 'ssn' },
    {
      key: 'NameDataQuality',
      label: 'Name data quality',
      type: 'code',
      sql: 'c.name_data_quality',
      list: 'NameDataQuality',
    },
    {
      key: 'SSNDataQuality',
      label: 'SSN data quality',
      type: 'code',
      sql: 'c.ssn_data_quality',
      list: 'SSNDataQuality',
    },
    {
      key: 'DOBDataQuality',
      label: 'DOB data quality',
      type: 'code',
      sql: 'c.dob_data_quality',
      list: 'DOBDataQuality',
    },
    { key: 'Sex', label: 'Sex', type: 'code', sql: 'c.sex', list: 'Sex' },
    CLIENT.VeteranStatus,
    { key: 'MilitaryBranch', label: 'Military branch', type: 'code', sql: 'c.military_branch', list: 'MilitaryBranch' },
    {
      key: 'Restricted',
      label: 'Restricted to one organization',
      type: 'boolean',
      sql: '(cp.restricted_organization_id IS NOT NULL)',
    },
    { key: 'DateCreated', label: 'Date created', type: 'datetime', sql: 'c.date_created' },
    { key: 'DateUpdated', label: 'Date updated', type: 'datetime', sql: 'c.date_updated' },
    enteredByColumn,
  ],
  defaults: ['PersonalID', 'FirstName', 'LastName', 'DOB', 'VeteranStatus'],
};

export const enrollmentFrom = `enrollment e
  JOIN client c ON c.personal_id = e.personal_id AND c.date_deleted IS NULL
  JOIN project p ON p.project_id = e.project_id
  JOIN organization o ON o.organization_id = p.organization_id
  LEFT JOIN exit x ON x.enrollment_id = e.enrollment_id AND x.date_deleted IS NULL`;

export const enrollmentsSubject: Subject = {
  id: 'enrollments',
  label: 'Enrollments',
  noun: 'enrollment',
  from: () => sql.raw(`${enrollmentFrom} ${enteredByJoin('e.user_id')}`),
  where: 'e.date_deleted IS NULL',
  ...enrollmentLevel,
  columns: [
    ...clientColumns,
    ...projectColumns,
    { key: 'EnrollmentID', label: 'Enrollment ID', type: 'text', sql: 'e.enrollment_id' },
    { key: 'HouseholdID', label: 'Household ID', type: 'text', sql: 'e.household_id' },
    {
      key: 'RelationshipToHoH',
      label: 'Relationship to head of household',
      type: 'code',
      sql: 'e.relationship_to_hoh',
      list: 'RelationshipToHoH',
    },
    { key: 'EntryDate', label: 'Project start date', type: 'date', sql: 'e.entry_date' },
    { key: 'MoveInDate', label: 'Housing move-in date', type: 'date', sql: 'e.move_in_date' },
    { key: 'ExitDate', label: 'Exit date', type: 'date', sql: 'x.exit_date' },
    { key: 'EnrollmentCoC', label: 'Enrollment CoC', type: 'text', sql: 'e.enrollment_coc' },
    {
      key: 'LivingSituation',
      label: 'Prior living situation',
      type: 'code',
      sql: 'e.living_situation',
      list: 'PriorLivingSituation',
    },
    {
      key: 'DisablingCondition',
      label: 'Disabling condition',
      type: 'code',
      sql: 'e.disabling_condition',
      list: 'NoYesReasonsForMissingData',
    },
    { key: 'Destination', label: 'Destination', type: 'code', sql: 'x.destination', list: 'Destination' },
    {
      key: 'DaysEnrolled',
      label: 'Days enrolled',
      type: 'number',
      sql: '(coalesce(x.exit_date, current_date) - e.entry_date)',
    },
    { key: 'DateCreated', label: 'Date created', type: 'datetime', sql: 'e.date_created' },
    enteredByColumn,
  ],
  defaults: ['PersonalID', 'FirstName', 'LastName', 'ProjectName', 'EntryDate', 'ExitDate'],
};

export const exitsSubject: Subject = {
  id: 'exits',
  label: 'Exits',
  noun: 'exit',
  from: () => sql.raw(`exit x ${onEnrollment('x')} ${enteredByJoin('x.user_id')}`),
  where: 'x.date_deleted IS NULL',
  ...enrollmentLevel,
  columns: [
    ...clientColumns,
    ...projectColumns,
    { key: 'EnrollmentID', label: 'Enrollment ID', type: 'text', sql: 'e.enrollment_id' },
    { key: 'EntryDate', label: 'Project start date', type: 'date', sql: 'e.entry_date' },
    { key: 'ExitDate', label: 'Exit date', type: 'date', sql: 'x.exit_date' },
    { key: 'Destination', label: 'Destination', type: 'code', sql: 'x.destination', list: 'Destination' },
    { key: 'DaysEnrolled', label: 'Days enrolled', type: 'number', sql: '(x.exit_date - e.entry_date)' },
    { key: 'DateCreated', label: 'Date created', type: 'datetime', sql: 'x.date_created' },
    enteredByColumn,
  ],
  defaults: ['PersonalID', 'FirstName', 'LastName', 'ProjectName', 'ExitDate', 'Destination'],
};
