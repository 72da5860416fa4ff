// The validation file's Annual Detail: for every stayer and leaver, whether an annual assessment
// was required by the report end and whether one was recorded in its window (30 days either side
// of the anniversary of the head of household's project start, HMIS Reporting Glossary).
import { addDays } from '../../../../hud/rules/dates.ts';
import { annualRequired } from '../tables/income.ts';
import type { UniverseRow } from '../universe/universe-row.ts';

export const ANNUAL_DETAIL_HEADER = [
  'PersonalID',
  'EnrollmentID',
  'ProjectID',
  'HouseholdID',
  'RelationshipToHoH',
  'Age',
  'EntryDate',
  'ExitDate',
  'StayerOrLeaver',
  'HoHEntryDate',
  'AnniversaryDate',
  'WindowStart',
  'WindowEnd',
  'RequiredAnnual',
  'AnnualAssessmentDate',
  'AnnualInWindow',
  'Reason',
];

function reason(u: UniverseRow): string {
  if (u.leaver) return 'Leaver: income at exit is reported instead';
  if (u.annualDue === null) return 'Stayer whose household has been in the project less than a year';
  return u.income.annual ? 'Annual assessment recorded in its window' : 'Annual assessment missing';
}

export function annualDetailRow(u: UniverseRow): string[] {
  const required = annualRequired(u);
  const due = u.annualDue;
  return [
    u.personalId,
    u.enrollmentId,
    u.projectId,
    u.householdId,
    String(u.relationshipToHoH),
    u.age === null ? '' : String(u.age),
    u.entryDate,
    u.exitDate ?? '',
    u.stayer ? 'Stayer' : 'Leaver',
    u.hohEntryDate ?? '',
    due ?? '',
    due ? addDays(due, -30) : '',
    due ? addDays(due, 30) : '',
    required ? 'Yes' : 'No',
    required ? (u.income.annual?.date ?? '') : '',
    required ? (u.income.annual ? 'Yes' : 'No') : '',
    reason(u),
  ];
}
