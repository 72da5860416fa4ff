// The one name mapping between HUD's CSV names and our database names.
// `PersonalID` ↔ `personal_id`, `SSNDataQuality` ↔ `ssn_data_quality`, `AmIndAKNative` ↔ `am_ind_ak_native`.
// "CoC" and "HoH" are words in HUD's vocabulary: `EnrollmentCoC` → `enrollment_coc`, `RelationshipToHoH` →
// `relationship_to_hoh`; a trailing ID is its own word: `HealthAndDVID` → `health_and_dv_id`.
export function hudToSnake(name: string): string {
  return name
    .replace(/CoC/g, 'Coc')
    .replace(/HoH/g, 'Hoh')
    .replace(/([A-Z])ID$/, '$1_ID')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/** HUD CSV file name → database table name. `User` is reserved in SQL, so its table is `hmis_user`. */
export function hudFileToTable(file: string): string {
  return file === 'User' ? 'hmis_user' : hudToSnake(file);
}
