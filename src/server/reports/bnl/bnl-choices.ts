// The BNL's choices, shared by the report and its launch form.
import { EMERGENCY_SHELTER_TYPES, PERMANENT_HOUSING_TYPES, ProjectType } from '../../../hud/codes.ts';

export const REPORT_TYPES = {
  active_any: 'Active at any point',
  active_on: 'Active on a date',
  entered: 'Entered',
  exited: 'Exited',
} as const;

export const ACTIVE_METHODS = {
  entry_exit: 'Entry/Exit Dates',
  services: 'Services and bed nights',
  contacts: 'Contacts (current living situation)',
} as const;

/** PIT/HIC: sheltered and housed people on the count night, by HUD's project types. */
export const PIT_HIC = {
  projectTypes: [
    ...EMERGENCY_SHELTER_TYPES,
    ProjectType.TransitionalHousing,
    ProjectType.SafeHaven,
    ...PERMANENT_HOUSING_TYPES,
  ],
  help:
    'PIT/HIC list: choose Active on a date with the night of the count. Only emergency shelter, transitional housing, ' +
    'safe haven and permanent housing programs count; night-by-night shelters count those with a bed night that ' +
    'night; permanent housing counts only people housed by then (MoveInDate on or before the date).',
};
