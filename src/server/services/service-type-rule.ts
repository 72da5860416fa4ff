// Which catalog service types a project may record on a date. A HUD-mapped type (RecordType) is
// recorded only where HUD collects its data element, as the FY2026 HMIS Data Dictionary's
// "Funder: Program-Component" of each element says; who collects what is read from the data
// collection rules (src/hud/rules), with the project's type and the funders active on the date.
// The CoC's own services (no RecordType) may be recorded in every project.
import { type HudCode, RecordType } from '../../hud/codes.ts';
import { collectedBy, dataCollectionRules, type ElementRule } from '../../hud/rules/index.ts';

type RecordTypeCode = Extract<HudCode<'RecordType'>, number>;

/** The HUD data element each RecordType records (Data Dictionary 4.14, P1, P2, R14, W1, W2, V2, V3, V8, C2). */
const ELEMENT_OF: Record<RecordTypeCode, string> = {
  [RecordType.PathService]: 'P1',
  [RecordType.PathReferral]: 'P2',
  [RecordType.RhyServiceConnections]: 'R14',
  [RecordType.HopwaService]: 'W1',
  [RecordType.HopwaFinancialAssistance]: 'W2',
  [RecordType.SsvfService]: 'V2',
  [RecordType.SsvfFinancialAssistance]: 'V3',
  [RecordType.BedNight]: '4.14',
  [RecordType.VashVoucherTracking]: 'V8',
  [RecordType.MovingOnAssistance]: 'C2',
};

const RULE_OF = new Map<number, ElementRule>(
  Object.entries(ELEMENT_OF).flatMap(([recordType, element]) => {
    const rule = dataCollectionRules.find((r) => r.record === 'Services' && r.element === element);
    return rule ? [[Number(recordType), rule] as const] : [];
  }),
);

/** A project as the rule sees it on one date: its type and the FundingSource codes active that day. */
export type ProjectOnDate = { ProjectName: string; ProjectType: number | null; funders: readonly number[] };

/** True when the project may record a service of this RecordType (null: the CoC's own service). */
export function mayRecord(recordType: number | null, project: Omit<ProjectOnDate, 'ProjectName'>): boolean {
  if (recordType === null) return true;
  const rule = RULE_OF.get(recordType);
  return rule !== undefined && collectedBy(rule, project.ProjectType, project.funders);
}

/** Why the project cannot record this RecordType on the date, in plain words; undefined when it can. */
export function whyNotRecordable(recordType: number | null, project: ProjectOnDate, date: string): string | undefined {
  if (mayRecord(recordType, project)) return undefined;
  const name = project.ProjectName;
  switch (recordType) {
    case RecordType.BedNight:
      return `Bed nights are recorded only in night-by-night shelters; ${name} is not one`;
    case RecordType.PathService:
      return `PATH services are recorded only in PATH-funded projects; ${name} has no PATH grant on ${date}`;
    case RecordType.PathReferral:
      return `PATH referrals are recorded only in PATH-funded projects; ${name} has no PATH grant on ${date}`;
    case RecordType.RhyServiceConnections:
      return `RHY service connections are recorded only in RHY-funded projects other than Street Outreach; ${name} has no such grant on ${date}`;
    case RecordType.HopwaService:
      return `HOPWA services are recorded only in HOPWA-funded projects; ${name} has no HOPWA grant on ${date}`;
    case RecordType.HopwaFinancialAssistance:
      return `HOPWA financial assistance is recorded only in HOPWA Permanent Housing Placement and Short-Term Rent, Mortgage, Utility assistance projects; ${name} has no such grant on ${date}`;
    case RecordType.SsvfService:
      return `SSVF services are recorded only in SSVF-funded rapid re-housing and homelessness prevention projects; ${name} is not one on ${date}`;
    case RecordType.SsvfFinancialAssistance:
      return `SSVF financial assistance is recorded only in SSVF-funded rapid re-housing and homelessness prevention projects; ${name} is not one on ${date}`;
    case RecordType.VashVoucherTracking:
      return `HUD-VASH voucher tracking is recorded only in HUD-VASH projects; ${name} has no HUD-VASH grant on ${date}`;
    case RecordType.MovingOnAssistance:
      return `Moving On Assistance is recorded only in CoC-funded permanent supportive housing; ${name} is not one on ${date}`;
    default:
      return `This HUD service type is not recorded in ${name}: choose another service`;
  }
}
