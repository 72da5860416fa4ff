// Subjects about what is recorded on enrollments: services and assessments.
import { sql } from 'drizzle-orm';
import { assessmentEvents } from '../../shared/assessment-events.ts';
import {
  clientColumns,
  enrollmentLevel,
  enteredByColumn,
  enteredByJoin,
  onEnrollment,
  projectColumns,
  type Subject,
} from './subject.ts';

export const servicesSubject: Subject = {
  id: 'services',
  label: 'Services',
  noun: 'service',
  // Services recorded in Hearth, and HUD Services rows that came without one (imports).
  from: (zone) => sql`(SELECT s.id AS service_id, s.enrollment_id, s.date_provided, st.name AS service_type,
        st.category AS service_category, s.units::float8 AS units, st.record_type,
        (s.created_at AT TIME ZONE ${zone})::timestamp(0) AS date_created, s.recorded_by AS user_id
      FROM service s JOIN service_type st ON st.id = s.service_type_id WHERE s.deleted_at IS NULL
    UNION ALL
    SELECT sv.services_id, sv.enrollment_id, sv.date_provided, NULL, NULL, NULL, sv.record_type, sv.date_created, sv.user_id
      FROM services sv WHERE sv.date_deleted IS NULL
        AND NOT EXISTS (SELECT 1 FROM service s2 WHERE s2.services_id = sv.services_id)) r
    ${sql.raw(onEnrollment('r'))} ${sql.raw(enteredByJoin('r.user_id'))}`,
  where: 'TRUE',
  ...enrollmentLevel,
  columns: [
    ...clientColumns,
    ...projectColumns,
    { key: 'ServiceID', label: 'Service ID', type: 'text', sql: 'r.service_id' },
    { key: 'EnrollmentID', label: 'Enrollment ID', type: 'text', sql: 'e.enrollment_id' },
    { key: 'DateProvided', label: 'Date provided', type: 'date', sql: 'r.date_provided' },
    { key: 'ServiceType', label: 'Service type', type: 'text', sql: 'r.service_type' },
    { key: 'ServiceCategory', label: 'Service category', type: 'text', sql: 'r.service_category' },
    { key: 'RecordType', label: 'HUD record type', type: 'code', sql: 'r.record_type', list: 'RecordType' },
    { key: 'Units', label: 'Units', type: 'number', sql: 'r.units' },
    { key: 'DateCreated', label: 'Date created', type: 'datetime', sql: 'r.date_created' },
    enteredByColumn,
  ],
  defaults: ['PersonalID', 'FirstName', 'LastName', 'ProjectName', 'DateProvided', 'ServiceType'],
};

export const assessmentsSubject: Subject = {
  id: 'assessments',
  label: 'Assessments',
  noun: 'assessment',
  from: () => sql`${assessmentEvents()} r ${sql.raw(onEnrollment('r'))}
    LEFT JOIN LATERAL (SELECT ib.income_from_any_source, ib.total_monthly_income, ib.benefits_from_any_source,
        ib.insurance_from_any_source FROM income_benefits ib
      WHERE ib.enrollment_id = r.enrollment_id AND ib.data_collection_stage = r.data_collection_stage
        AND ib.information_date = r.information_date AND ib.date_deleted IS NULL
      ORDER BY ib.date_updated DESC LIMIT 1) ib ON TRUE
    ${sql.raw(enteredByJoin('r.user_id'))}`,
  where: 'TRUE',
  ...enrollmentLevel,
  columns: [
    ...clientColumns,
    ...projectColumns,
    { key: 'EnrollmentID', label: 'Enrollment ID', type: 'text', sql: 'e.enrollment_id' },
    {
      key: 'DataCollectionStage',
      label: 'Stage',
      type: 'code',
      sql: 'r.data_collection_stage',
      list: 'DataCollectionStage',
    },
    { key: 'InformationDate', label: 'Assessment date', type: 'date', sql: 'r.information_date' },
    {
      key: 'IncomeFromAnySource',
      label: 'Income from any source',
      type: 'code',
      sql: 'ib.income_from_any_source',
      list: 'NoYesReasonsForMissingData',
    },
    { key: 'TotalMonthlyIncome', label: 'Total monthly income', type: 'number', sql: 'ib.total_monthly_income' },
    {
      key: 'BenefitsFromAnySource',
      label: 'Non-cash benefits from any source',
      type: 'code',
      sql: 'ib.benefits_from_any_source',
      list: 'NoYesReasonsForMissingData',
    },
    {
      key: 'InsuranceFromAnySource',
      label: 'Health insurance from any source',
      type: 'code',
      sql: 'ib.insurance_from_any_source',
      list: 'NoYesReasonsForMissingData',
    },
    { key: 'DateCreated', label: 'Date created', type: 'datetime', sql: 'r.date_created' },
    enteredByColumn,
  ],
  defaults: ['PersonalID', 'FirstName', 'LastName', 'ProjectName', 'DataCollectionStage', 'InformationDate'],
};
