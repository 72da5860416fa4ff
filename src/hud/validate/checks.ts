// The checks an HMIS CSV import runs, graded the way HUD's validator (Eva, EvaChecks.csv in
// src/hud/spec/) grades them: High Priority stops an import; Errors and Warnings are reported and
// the data still loads. Where Hearth departs from Eva the note says why (docs/decisions.md).

export type Severity = 'high_priority' | 'error' | 'warning';

export type CheckDef = { severity: Severity; title: string; eva?: number; note?: string };

export const IMPORT_CHECKS = {
  // The upload itself.
  not_zip: { severity: 'high_priority', eva: 127, title: 'Wrong file type, not a .zip file' },
  zip_too_large: {
    severity: 'high_priority',
    title: 'The zip unpacks to more than Hearth accepts',
    note: 'Protects the server from zip bombs.',
  },
  misstructured_zip: { severity: 'high_priority', eva: 122, title: 'Misstructured zip directory' },
  missing_file: { severity: 'high_priority', eva: 125, title: 'Missing files, possible wrong dataset' },
  unknown_file: { severity: 'warning', title: 'File that is not part of the HMIS CSV (ignored)' },
  csv_version: { severity: 'high_priority', eva: 124, title: 'HMIS CSV Export out of date' },
  export_rows: {
    severity: 'high_priority',
    title: 'Export.csv has no row',
  },
  merged_export: {
    severity: 'warning',
    eva: 140,
    title: 'Export.csv contains more than one row',
    note: 'Eva refuses these for analysis; HUD’s own LSA sample is one, so Hearth loads it.',
  },
  unreadable_csv: { severity: 'high_priority', title: 'File cannot be read as CSV' },
  // Columns and values.
  incorrect_columns: { severity: 'high_priority', eva: 12, title: 'Incorrect Columns' },
  column_count: { severity: 'high_priority', eva: 12, title: 'Row has a different number of values than the header' },
  incorrect_data_type: { severity: 'high_priority', eva: 13, title: 'Incorrect Data Type' },
  incorrect_date_format: { severity: 'high_priority', eva: 11, title: 'Incorrect Date Format' },
  nonstandard_date_format: {
    severity: 'error',
    eva: 47,
    title: 'Incorrect Date Format (read without guessing)',
  },
  nulls_not_allowed: { severity: 'high_priority', eva: 6, title: 'Nulls not allowed' },
  too_long: { severity: 'high_priority', eva: 13, title: 'Value longer than the column allows' },
  invalid_value: { severity: 'error', eva: 50, title: 'Value not on its HUD list' },
  impermissible_characters: { severity: 'error', eva: 134, title: 'Impermissible characters' },
  duplicate_id: { severity: 'high_priority', eva: 7, title: 'Duplicate unique identifier' },
  missing_reference: { severity: 'high_priority', eva: 9, title: 'Identifier missing from the file it refers to' },
  missing_res_project: { severity: 'error', title: 'Affiliated residential project is not in Project.csv' },
  export_id_mismatch: { severity: 'error', eva: 49, title: 'ExportID mismatch' },
  conditional_required: { severity: 'warning', title: 'Value required by another value is missing' },
  fy2024_converted: { severity: 'warning', title: 'FY2024 data converted to FY2026' },
  // Data quality: reported, never a reason to refuse data that can be fixed in Hearth.
  duplicate_entries: {
    severity: 'error',
    eva: 1,
    title: 'Duplicate Entries',
    note: 'Eva: High Priority for its analysis; the records load so they can be fixed.',
  },
  no_head_of_household: { severity: 'error', eva: 2, title: 'No Head of Household', note: 'Eva: High Priority.' },
  too_many_heads_of_household: {
    severity: 'error',
    eva: 3,
    title: 'Too Many Heads of Household',
    note: 'Eva: High Priority.',
  },
  missing_relationship: {
    severity: 'error',
    eva: 4,
    title: 'Missing Relationship to Head of Household',
    note: 'Eva: High Priority.',
  },
  exit_before_entry: { severity: 'error', title: 'Exit Date before Project Start Date' },
  exit_other_client: { severity: 'error', title: 'Exit belongs to another client than its enrollment' },
  entry_before_dob: { severity: 'error', eva: 84, title: 'Incorrect DOB or Entry Date' },
  future_exit_date: { severity: 'error', eva: 14, title: 'Future Exit Date' },
  future_entry_date: { severity: 'warning', eva: 75, title: 'Future Entry Date' },
  invalid_move_in_date: { severity: 'error', eva: 40, title: 'Invalid Move-In Date' },
  enrollment_outside_operating: {
    severity: 'error',
    eva: 116,
    title: 'Enrollment outside the project’s operating period',
  },
  client_data_in_vsp: {
    severity: 'error',
    eva: 139,
    title: 'Client-level data in VSP organization',
    note: 'Eva: High Priority.',
  },
  missing_housing_type: {
    severity: 'error',
    eva: 36,
    title: 'Residential Project Missing Housing Type',
    note: 'Eva: High Priority.',
  },
  age_over_100: { severity: 'warning', eva: 143, title: 'Possible Incorrect DOB - Age Over 100' },
} as const satisfies Record<string, CheckDef>;

export type ImportCheckId = keyof typeof IMPORT_CHECKS;
