// The kinds of events the HMIS Data Entry Timing report times (shared by the report and its launch form).
export const TIMING_TYPES = {
  entries: 'Entries (project start)',
  exits: 'Exits',
  assessments: 'Update/annual assessments',
  services: 'Services',
  contacts: 'Current living situations',
} as const;
export type TimingType = keyof typeof TIMING_TYPES;
