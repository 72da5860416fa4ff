// HUD data-quality rules for the Client record (FY2026 3.01–3.07, 4.21, V1), one message per field.
// Runs on the whole record as it would be stored, so create and edit apply the same rules.
import {
  DOBDataQuality,
  type HudListName,
  hudLabel,
  isHudCode,
  NameDataQuality,
  NoYes,
  NoYesReasons,
  SSNDataQuality,
} from '../../hud/codes.ts';
import type { FieldErrors } from '../http/errors.ts';
import { hudToday } from '../http/ids.ts';
import type { ClientInput } from './client-schemas.ts';

export type ClientValues = Omit<ClientInput, 'restrictToOrganization'>;

export const RACE_FIELDS = [
  'AmIndAKNative',
  'Asian',
  'BlackAfAmerican',
  'HispanicLatinao',
  'MidEastNAfrican',
  'NativeHIPacific',
  'White',
] as const;

const THEATER_FIELDS = [
  'WorldWarII',
  'KoreanWar',
  'VietnamWar',
  'DesertStorm',
  'AfghanistanOEF',
  'IraqOIF',
  'IraqOND',
  'OtherTheater',
] as const;

const MISSING: readonly number[] = [
  NoYesReasons.ClientDoesntKnow,
  NoYesReasons.ClientPrefersNotToAnswer,
  NoYesReasons.DataNotCollected,
];

/** Strips the punctuation people type in an SSN; HUD marks unknown digits with a lower-case x. */
export function normalizeSsn(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.replace(/[\s-]/g, '').toLowerCase();
  // Only the last four digits known: HUD's partial form.
  return /^\d{4}$/.test(s) ? `xxxxx${s}` : s;
}

/** Why a 9-digit SSN cannot have been issued, or null when it could have been. */
export function invalidSsnReason(ssn: string): string | null {
  if (!/^\d{9}$/.test(ssn)) return 'A full SSN has exactly 9 digits';
  const area = ssn.slice(0, 3);
  if (area === '000' || area === '666' || area.startsWith('9')) return 'No SSN starts with 000, 666 or 9';
  if (ssn.slice(3, 5) === '00') return 'The middle two digits of an SSN are never 00';
  if (ssn.slice(5) === '0000') return 'The last four digits of an SSN are never 0000';
  if (/^(\d)\1{8}$/.test(ssn) || ssn === '123456789' || ssn === '078051120' || ssn === '219099999')
    return 'This is a well-known placeholder, not a real SSN';
  return null;
}

type Required =
  | 'NameDataQuality'
  | 'SSNDataQuality'
  | 'DOBDataQuality'
  | 'VeteranStatus'
  | (typeof RACE_FIELDS)[number];
/** Client values with every column the HUD table requires filled in. */
export type CompleteClientValues = Omit<ClientValues, Required> & Record<Required, number>;

/** Fills the data-quality codes and answers a form may leave out, from the values given. */
export function withDefaults(input: ClientValues): CompleteClientValues {
  const SSN = normalizeSsn(input.SSN);
  const race = (f: (typeof RACE_FIELDS)[number]) => input[f] ?? NoYes.No;
  const anyRace = RACE_FIELDS.some((f) => race(f) === NoYes.Yes);
  return {
    ...input,
    SSN,
    NameDataQuality:
      input.NameDataQuality ??
      (input.FirstName && input.LastName
        ? NameDataQuality.Full
        : input.FirstName || input.LastName
          ? NameDataQuality.Partial
          : NameDataQuality.DataNotCollected),
    SSNDataQuality:
      input.SSNDataQuality ??
      (SSN ? (/^\d+$/.test(SSN) ? SSNDataQuality.Full : SSNDataQuality.Partial) : SSNDataQuality.DataNotCollected),
    DOBDataQuality: input.DOBDataQuality ?? (input.DOB ? DOBDataQuality.Full : DOBDataQuality.DataNotCollected),
    Sex: input.Sex === undefined ? NoYesReasons.DataNotCollected : input.Sex,
    AmIndAKNative: race('AmIndAKNative'),
    Asian: race('Asian'),
    BlackAfAmerican: race('BlackAfAmerican'),
    HispanicLatinao: race('HispanicLatinao'),
    MidEastNAfrican: race('MidEastNAfrican'),
    NativeHIPacific: race('NativeHIPacific'),
    White: race('White'),
    RaceNone: input.RaceNone === undefined ? (anyRace ? null : NoYesReasons.DataNotCollected) : input.RaceNone,
    VeteranStatus: input.VeteranStatus ?? NoYesReasons.DataNotCollected,
  };
}

function checkCode(errors: FieldErrors, field: string, list: HudListName, value: number | null | undefined) {
  if (value !== null && value !== undefined && !isHudCode(list, value))
    errors[field] = `${value} is not a HUD answer for ${field}`;
}

export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

function checkName(v: ClientValues, errors: FieldErrors) {
  for (const f of ['FirstName', 'MiddleName', 'LastName', 'NameSuffix'] as const) {
    if ((v[f]?.length ?? 0) > 50) errors[f] = 'Names can be at most 50 characters';
  }
  checkCode(errors, 'NameDataQuality', 'NameDataQuality', v.NameDataQuality);
  if (v.NameDataQuality === NameDataQuality.Full) {
    if (!v.FirstName) errors.FirstName ??= 'Enter the first name, or choose a partial name';
    if (!v.LastName) errors.LastName ??= 'Enter the last name, or choose a partial name';
  } else if (v.NameDataQuality === NameDataQuality.Partial) {
    if (!v.FirstName && !v.LastName) errors.FirstName = 'Enter at least a first or a last name';
  } else if (v.NameDataQuality !== null && v.NameDataQuality !== undefined && (v.FirstName || v.LastName)) {
    errors.NameDataQuality = `A name is entered, so the name quality cannot be "${hudLabel('NameDataQuality', v.NameDataQuality)}"`;
  }
}

function checkSsn(v: ClientValues, errors: FieldErrors) {
  checkCode(errors, 'SSNDataQuality', 'SSNDataQuality', v.SSNDataQuality);
  const ssn = v.SSN;
  if (v.SSNDataQuality === SSNDataQuality.Full) {
    const why = ssn ? invalidSsnReason(ssn) : 'Enter the 9-digit SSN, or choose another SSN data quality';
    if (why) errors.SSN = why;
  } else if (v.SSNDataQuality === SSNDataQuality.Partial) {
    if (!ssn || !/^[0-9x]{9}$/.test(ssn) || !/\d/.test(ssn))
      errors.SSN = 'Enter the digits known, with x for each unknown digit (9 in all), or just the last 4';
  } else if (ssn) {
    errors.SSNDataQuality = 'An SSN is entered: choose full or partial SSN';
  }
}

function checkDob(v: ClientValues, errors: FieldErrors) {
  checkCode(errors, 'DOBDataQuality', 'DOBDataQuality', v.DOBDataQuality);
  const dob = v.DOB;
  const needsDob = v.DOBDataQuality === DOBDataQuality.Full || v.DOBDataQuality === DOBDataQuality.Partial;
  if (dob) {
    if (!isRealDate(dob)) errors.DOB = 'Enter a real date of birth as yyyy-mm-dd';
    else if (dob > hudToday()) errors.DOB = 'The date of birth cannot be in the future';
    else if (dob < '1900-01-01') errors.DOB = 'The date of birth cannot be before 1900';
    else if (!needsDob && v.DOBDataQuality !== null && v.DOBDataQuality !== undefined)
      errors.DOBDataQuality = 'A date of birth is entered: choose full or approximate date of birth';
  } else if (needsDob) {
    errors.DOB = 'Enter the date of birth, or choose another date of birth data quality';
  }
}

function checkRace(v: ClientValues, errors: FieldErrors) {
  for (const f of RACE_FIELDS) checkCode(errors, f, 'NoYes', v[f]);
  checkCode(errors, 'RaceNone', 'RaceNone', v.RaceNone);
  if ((v.AdditionalRaceEthnicity?.length ?? 0) > 100) errors.AdditionalRaceEthnicity = 'At most 100 characters';
  const raceChosen = RACE_FIELDS.some((f) => v[f] === NoYes.Yes);
  if (raceChosen && v.RaceNone !== null && v.RaceNone !== undefined)
    errors.RaceNone = 'A race or ethnicity is chosen, so leave "doesn\'t know / prefers not to answer" empty';
  if (!raceChosen && (v.RaceNone === null || v.RaceNone === undefined))
    errors.RaceNone = 'Choose at least one race or ethnicity, or why none was recorded';
}

function checkVeteran(v: ClientValues, errors: FieldErrors) {
  checkCode(errors, 'VeteranStatus', 'NoYesReasonsForMissingData', v.VeteranStatus);
  const veteranOnly = [...THEATER_FIELDS, 'YearEnteredService', 'YearSeparated', 'MilitaryBranch', 'DischargeStatus'];
  if (v.VeteranStatus !== NoYesReasons.Yes) {
    for (const f of veteranOnly) {
      const value = v[f as keyof ClientValues];
      if (value !== null && value !== undefined) errors[f] = 'Only recorded for veterans';
    }
    return;
  }
  for (const f of THEATER_FIELDS) checkCode(errors, f, 'NoYesReasonsForMissingData', v[f]);
  checkCode(errors, 'MilitaryBranch', 'MilitaryBranch', v.MilitaryBranch);
  checkCode(errors, 'DischargeStatus', 'DischargeStatus', v.DischargeStatus);
  const thisYear = new Date().getFullYear();
  for (const f of ['YearEnteredService', 'YearSeparated'] as const) {
    const y = v[f];
    if (y !== null && y !== undefined && (y < 1920 || y > thisYear))
      errors[f] = `Enter a year from 1920 to ${thisYear}`;
  }
  if (v.YearEnteredService && v.YearSeparated && v.YearSeparated < v.YearEnteredService)
    errors.YearSeparated = 'The year separated cannot be before the year entered service';
}

/** Every rule the record breaks, by field; empty when the record may be stored. */
export function validateClient(v: ClientValues): FieldErrors {
  const errors: FieldErrors = {};
  checkName(v, errors);
  checkSsn(v, errors);
  checkDob(v, errors);
  checkCode(errors, 'Sex', 'Sex', v.Sex);
  checkRace(v, errors);
  checkVeteran(v, errors);
  return errors;
}

/** Universal data elements that are missing or not collected: the dashboard's data-quality alerts. */
export function dataQualityAlerts(v: ClientValues, age: number | null): { field: string; message: string }[] {
  const alerts: { field: string; message: string }[] = [];
  const why = (list: HudListName, code: number | null | undefined) =>
    code === null || code === undefined ? 'missing' : (hudLabel(list, code) ?? 'missing').toLowerCase();
  if (v.NameDataQuality !== NameDataQuality.Full)
    alerts.push({ field: 'NameDataQuality', message: `Name: ${why('NameDataQuality', v.NameDataQuality)}` });
  if (v.SSNDataQuality !== SSNDataQuality.Full)
    alerts.push({ field: 'SSNDataQuality', message: `SSN: ${why('SSNDataQuality', v.SSNDataQuality)}` });
  if (v.DOBDataQuality !== DOBDataQuality.Full)
    alerts.push({ field: 'DOBDataQuality', message: `Date of birth: ${why('DOBDataQuality', v.DOBDataQuality)}` });
  if (v.Sex === null || v.Sex === undefined || MISSING.includes(v.Sex))
    alerts.push({ field: 'Sex', message: `Sex: ${why('Sex', v.Sex)}` });
  if (v.RaceNone !== null && v.RaceNone !== undefined)
    alerts.push({ field: 'RaceNone', message: `Race and ethnicity: ${why('RaceNone', v.RaceNone)}` });
  if ((age === null || age >= 18) && (v.VeteranStatus === null || MISSING.includes(v.VeteranStatus ?? -1)))
    alerts.push({
      field: 'VeteranStatus',
      message: `Veteran status: ${why('NoYesReasonsForMissingData', v.VeteranStatus)}`,
    });
  return alerts;
}
