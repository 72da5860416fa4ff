// The client and enrollment columns enrollment reports show, named as HUD's CSV names them (the
// seed's users filter downloads by these headers, e.g. MoveInDate).
import { hudLabel } from '../../../hud/codes.ts';
import type { ReportColumn } from '../framework/types.ts';
import type { UniverseRow } from './enrollment-universe.ts';

export const HOUSEHOLD_TYPES: Record<UniverseRow['householdType'], string> = {
  families: 'Adults and children',
  adults_only: 'Adults only',
  children_only: 'Children only',
  unknown: 'Unknown',
};

const label = (list: Parameters<typeof hudLabel>[0], code: number | null) =>
  code === null ? null : (hudLabel(list, code) ?? String(code));

export function enrollmentColumns<R extends UniverseRow>(): ReportColumn<R>[] {
  return [
    { key: 'PersonalID', label: 'PersonalID', type: 'text' },
    { key: 'FirstName', label: 'FirstName', type: 'text', pii: 'name' },
    { key: 'LastName', label: 'LastName', type: 'text', pii: 'name' },
    { key: 'DOB', label: 'DOB', type: 'date', pii: 'dob' },
    { key: 'SSN', label: 'SSN', type: 'text', pii: 'ssn' },
    { key: 'Age', label: 'Age', type: 'number', value: (r) => r.age },
    {
      key: 'VeteranStatus',
      label: 'VeteranStatus',
      type: 'text',
      value: (r) => label('NoYesReasonsForMissingData', r.VeteranStatus),
    },
    { key: 'HouseholdID', label: 'HouseholdID', type: 'text' },
    {
      key: 'RelationshipToHoH',
      label: 'RelationshipToHoH',
      type: 'text',
      value: (r) => label('RelationshipToHoH', r.RelationshipToHoH),
    },
    { key: 'HouseholdType', label: 'HouseholdType', type: 'text', value: (r) => HOUSEHOLD_TYPES[r.householdType] },
    { key: 'OrganizationName', label: 'OrganizationName', type: 'text' },
    { key: 'ProjectName', label: 'ProjectName', type: 'text' },
    { key: 'ProjectType', label: 'ProjectType', type: 'text', value: (r) => label('ProjectType', r.ProjectType) },
    { key: 'EnrollmentID', label: 'EnrollmentID', type: 'text' },
    { key: 'EntryDate', label: 'EntryDate', type: 'date' },
    { key: 'MoveInDate', label: 'MoveInDate', type: 'date' },
    { key: 'ExitDate', label: 'ExitDate', type: 'date' },
    { key: 'Destination', label: 'Destination', type: 'text', value: (r) => label('Destination', r.Destination) },
  ];
}
