// Data-quality classifications Q6a–Q6c count (HMIS Reporting Glossary, "Data Quality"): for each
// element, whether the answer is "client doesn't know / prefers not to answer", missing, a data
// issue, or fine.
import {
  DATA_NOT_COLLECTED,
  Destination,
  DK_OR_PNTA,
  DOBDataQuality,
  hudLists,
  NameDataQuality,
  NoYes,
  RelationshipToHoH,
  SSNDataQuality,
} from '../../../../hud/codes.ts';
import type { IncomeAt, UniverseRow } from '../universe/universe-row.ts';

export type DqResult = 'dk_pnta' | 'missing' | 'issue' | 'ok';

const dk = (v: number | null) => v !== null && DK_OR_PNTA.includes(v);

export function nameQuality(u: UniverseRow): DqResult {
  if (dk(u.nameDataQuality)) return 'dk_pnta';
  if (u.nameDataQuality === DATA_NOT_COLLECTED || !u.hasFirstName || !u.hasLastName) return 'missing';
  if (u.nameDataQuality === NameDataQuality.Partial) return 'issue';
  return 'ok';
}

const SAME_DIGITS = /^(\d)\1{8}$/;
const ASCENDING = '01234567890123456789';
const DESCENDING = '98765432109876543210';

/** SSN rules of the Social Security Administration that a full SSN must meet. */
export function ssnLooksValid(ssn: string): boolean {
  if (!/^\d{9}$/.test(ssn)) return false;
  const area = ssn.slice(0, 3);
  if (area === '000' || area === '666' || area.startsWith('9')) return false;
  if (ssn.slice(3, 5) === '00' || ssn.slice(5) === '0000') return false;
  if (SAME_DIGITS.test(ssn) || ASCENDING.includes(ssn) || DESCENDING.includes(ssn)) return false;
  return true;
}

export function ssnQuality(u: UniverseRow): DqResult {
  if (dk(u.ssnDataQuality)) return 'dk_pnta';
  if (u.ssnDataQuality === DATA_NOT_COLLECTED || !u.ssn) return 'missing';
  if (u.ssnDataQuality === SSNDataQuality.Partial || !ssnLooksValid(u.ssn)) return 'issue';
  return 'ok';
}

const EARLIEST_DOB = '1915-01-01';

export function dobQuality(u: UniverseRow): DqResult {
  if (!u.dob) return dk(u.dobDataQuality) ? 'dk_pnta' : 'missing';
  if (u.dobDataQuality !== DOBDataQuality.Full) return 'issue';
  if (u.dob < EARLIEST_DOB || u.dob > u.clientCreated.slice(0, 10)) return 'issue';
  if ((u.headOfHousehold || u.ageGroup === 'adult') && u.dob >= u.entryDate) return 'issue';
  return 'ok';
}

export function raceQuality(u: UniverseRow): DqResult {
  if (dk(u.raceNone)) return 'dk_pnta';
  const any = Object.values(u.race).some((v) => v === NoYes.Yes);
  if (u.raceNone === DATA_NOT_COLLECTED || !any) return 'missing';
  return 'ok';
}

export function veteranQuality(u: UniverseRow): DqResult {
  if (u.ageGroup === 'adult') {
    if (dk(u.veteranStatus)) return 'dk_pnta';
    if (u.veteranStatus === DATA_NOT_COLLECTED) return 'missing';
  }
  if (u.ageGroup === 'child' && u.veteranStatus === NoYes.Yes) return 'issue';
  return 'ok';
}

export function startDateQuality(u: UniverseRow): DqResult {
  return u.overlapsEarlierEnrollment || (u.exitDate !== null && u.entryDate > u.exitDate) ? 'issue' : 'ok';
}

const RELATIONSHIPS = [
  RelationshipToHoH.Self,
  RelationshipToHoH.Child,
  RelationshipToHoH.SpouseOrPartner,
  RelationshipToHoH.OtherRelative,
  RelationshipToHoH.UnrelatedHouseholdMember,
] as number[];

export function relationshipQuality(u: UniverseRow): DqResult {
  return !RELATIONSHIPS.includes(u.relationshipToHoH) || u.householdHeads !== 1 ? 'issue' : 'ok';
}

const HUD_COCS = new Set(Object.keys(hudLists.CoCCodes.values));

/** Asked of heads of household: a CoC code HUD knows, or one the project operates in. */
export function enrollmentCocQuality(u: UniverseRow, projectCocs: readonly string[]): DqResult {
  if (!u.headOfHousehold) return 'ok';
  if (!u.enrollmentCoC) return 'missing';
  return HUD_COCS.has(u.enrollmentCoC) || projectCocs.includes(u.enrollmentCoC) ? 'ok' : 'issue';
}

export function disablingConditionQuality(u: UniverseRow): DqResult {
  if (dk(u.disablingCondition)) return 'dk_pnta';
  if (u.disablingCondition === DATA_NOT_COLLECTED) return 'missing';
  if (u.disablingCondition === NoYes.No && u.hasIndefiniteDisability) return 'issue';
  return 'ok';
}

export function destinationQuality(u: UniverseRow): DqResult {
  if (!u.leaver) return 'ok';
  if (dk(u.destination)) return 'dk_pnta';
  if (
    u.destination === null ||
    u.destination === Destination.NoExitInterviewCompleted ||
    u.destination === DATA_NOT_COLLECTED
  )
    return 'missing';
  return 'ok';
}

/** 4.02 on a record: missing when there is none; a data issue when "any source" disagrees with the sources. */
export function incomeQuality(record: IncomeAt | null): DqResult {
  const ifas = record?.incomeFromAnySource ?? null;
  if (ifas === null || ifas === DATA_NOT_COLLECTED) return 'missing';
  if (dk(ifas)) return 'dk_pnta';
  if (!record) return 'missing';
  if ((ifas === NoYes.No && record.sources !== 0) || (ifas === NoYes.Yes && record.sources === 0)) return 'issue';
  return 'ok';
}
