// Funding sources (HUD list 2.06.1) and project types grouped the way HUD's program manuals
// name them ("HUD: CoC – all components except SSO Coordinated Entry"). The rules table in
// elements*.ts is written in these words, so it reads like the Data Standards Manual.
import { type HudCode, ProjectType } from '../codes.ts';

export type FunderCode = Extract<HudCode<'FundingSource'>, number>;
export type ProjectTypeCode = Extract<HudCode<'ProjectType'>, number>;

const funders = <const T extends readonly FunderCode[]>(...codes: T): T => codes;

/** HUD: CoC program components, YHDP, joint TH/RRH and CoC Builds. */
export const COC = funders(1, 2, 3, 4, 5, 6, 7, 43, 44, 56);
/** HUD: Unsheltered and Rural Special NOFO grants (CoC program rules apply). */
export const SPECIAL_NOFO = funders(54, 55);
export const YHDP = funders(43);
export const ESG = funders(8, 9, 10, 11);
export const ESG_RUSH = funders(53);
export const HOPWA = funders(13, 14, 15, 16, 17, 18, 19);
/** HUD: HOPWA Permanent Housing Placement (PHP) and Short-Term Rent, Mortgage, Utility assistance (STRMU). */
export const HOPWA_PHP_STRMU = funders(16, 17);
export const HUD_VASH = funders(20);
export const PAY_FOR_SUCCESS = funders(35);
export const PATH = funders(21);
export const RHY_BCP = funders(22);
export const RHY_SOP = funders(25);
/** HHS: RHY Basic Center, Maternity Group Home, Transitional Living and Demonstration projects. */
export const RHY_EXCEPT_SOP = funders(22, 23, 24, 26);
/** HHS: RHY Maternity Group Home, Transitional Living and Demonstration projects. */
export const RHY_MGH_TLP_DEMO = funders(23, 24, 26);
export const RHY = funders(22, 23, 24, 25, 26);
export const SSVF = funders(33);
export const GPD = funders(37, 38, 39, 40, 41, 42, 45);
export const VA_CRS = funders(27);
export const VA_SAFE_HAVEN = funders(30);
export const VA_CWT = funders(32);
/** Every federal partner program (HUD, HHS, VA) named in the Data Standards. */
export const FEDERAL_PARTNERS: readonly FunderCode[] = [
  ...COC,
  ...SPECIAL_NOFO,
  ...ESG,
  ...ESG_RUSH,
  ...HOPWA,
  ...HUD_VASH,
  ...PAY_FOR_SUCCESS,
  ...PATH,
  ...RHY,
  ...SSVF,
  ...GPD,
  ...VA_CRS,
  ...VA_SAFE_HAVEN,
  ...VA_CWT,
];

const types = <const T extends readonly ProjectTypeCode[]>(...codes: T): T => codes;

export const PERMANENT_HOUSING = types(
  ProjectType.PermanentSupportiveHousing,
  ProjectType.HousingOnly,
  ProjectType.HousingWithServices,
  ProjectType.RapidReHousing,
);
/** Street outreach, night-by-night shelter and safe haven: people are homeless on entry by definition. */
export const LITERALLY_HOMELESS_ON_ENTRY = types(
  ProjectType.EmergencyShelterEntryExit,
  ProjectType.EmergencyShelterNightByNight,
  ProjectType.StreetOutreach,
  ProjectType.SafeHaven,
);
