// Project set-up (HUD 2.02) with its CoC (2.03), funders (2.06), inventory (2.07), HMIS
// participation (2.08) and CE participation (2.09) records: HUD names throughout, saved
// together in one transaction.
import { z } from 'zod';
import { isHudCode } from '../../hud/codes.ts';
import { versionField } from '../http/versions.ts';
import { hudCode, hudDate, optionalText, requiredText } from './hud-fields.ts';

const optionalCode = (...args: Parameters<typeof hudCode>) =>
  hudCode(...args)
    .nullish()
    .transform((v) => v ?? null);
const optionalDate = (what: string) =>
  hudDate(what)
    .nullish()
    .transform((v) => v ?? null);
const count = (what: string) =>
  z
    .number({ error: `Enter ${what}` })
    .int(`${what} must be a whole number`)
    .min(0, `${what} cannot be negative`);
const optionalCount = (what: string) =>
  count(what)
    .nullish()
    .transform((v) => v ?? null);
/** Blank or matching the pattern; blank is stored as null. */
const optionalPattern = (re: RegExp, message: string) =>
  z
    .string()
    .trim()
    .regex(new RegExp(`^(${re.source})?$`), message)
    .nullish()
    .transform((v) => (v ? v : null));
// Sub-records carry their ID and version when they already exist; new ones have neither.
const existing = { version: versionField.optional() };

export const cocInput = z.object({
  ProjectCoCID: z.string().max(32).optional(),
  ...existing,
  CoCCode: z
    .string({ error: 'Choose the CoC code' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}-[0-9]{3}$/, 'A CoC code is two letters, a dash and three digits, like TX-600')
    .refine((v) => isHudCode('CoCCodes', v), 'This CoC code is not on HUD list 2.03.1'),
  Geocode: z
    .string({ error: 'Enter the geocode' })
    .trim()
    .regex(/^\d{6}$/, 'The geocode is 6 digits'),
  Address1: optionalText(100, 'Address line 1'),
  Address2: optionalText(100, 'Address line 2'),
  City: optionalText(50, 'City'),
  State: optionalPattern(/[A-Za-z]{2}/, 'State is the 2-letter postal code').transform((v) => v?.toUpperCase() ?? null),
  ZIP: optionalPattern(/\d{5}/, 'ZIP is 5 digits'),
  GeographyType: optionalCode('GeographyType', 'the geography type'),
});

export const funderInput = z.object({
  FunderID: z.string().max(32).optional(),
  ...existing,
  Funder: hudCode('FundingSource', 'the funding source'),
  OtherFunder: optionalText(100, 'Other funder'),
  GrantID: requiredText(100, 'the grant ID'),
  StartDate: hudDate('Grant start date'),
  EndDate: optionalDate('Grant end date'),
});

export const inventoryInput = z.object({
  InventoryID: z.string().max(32).optional(),
  ...existing,
  CoCCode: z.string({ error: 'Choose the CoC code' }).trim().toUpperCase().min(1, 'Choose the CoC code').max(6),
  HouseholdType: hudCode('HouseholdType', 'the household type'),
  Availability: optionalCode('Availability', 'the availability'),
  UnitInventory: count('the number of units'),
  BedInventory: count('the number of beds'),
  CHVetBedInventory: optionalCount('Chronically homeless veteran beds'),
  YouthVetBedInventory: optionalCount('Youth veteran beds'),
  VetBedInventory: optionalCount('Veteran beds'),
  CHYouthBedInventory: optionalCount('Chronically homeless youth beds'),
  YouthBedInventory: optionalCount('Youth beds'),
  CHBedInventory: optionalCount('Chronically homeless beds'),
  OtherBedInventory: optionalCount('Other beds'),
  ESBedType: optionalCode('BedType', 'the emergency shelter bed type'),
  InventoryStartDate: hudDate('Inventory start date'),
  InventoryEndDate: optionalDate('Inventory end date'),
});

/** The seven dedicated/other bed counts that together make up BedInventory (HUD 2.07). */
export const BED_SUB_COUNTS = [
  'CHVetBedInventory',
  'YouthVetBedInventory',
  'VetBedInventory',
  'CHYouthBedInventory',
  'YouthBedInventory',
  'CHBedInventory',
  'OtherBedInventory',
] as const;

export const participationInput = z.object({
  HMISParticipationID: z.string().max(32).optional(),
  ...existing,
  HMISParticipationType: hudCode('HMISParticipationType', 'the HMIS participation type'),
  HMISParticipationStatusStartDate: hudDate('Participation start date'),
  HMISParticipationStatusEndDate: optionalDate('Participation end date'),
});

export const ceParticipationInput = z.object({
  CEParticipationID: z.string().max(32).optional(),
  ...existing,
  AccessPoint: hudCode('NoYes', 'whether the project is a CE access point'),
  PreventionAssessment: optionalCode('NoYes', 'whether it does prevention assessments'),
  CrisisAssessment: optionalCode('NoYes', 'whether it does crisis assessments'),
  HousingAssessment: optionalCode('NoYes', 'whether it does housing assessments'),
  DirectServices: optionalCode('NoYes', 'whether it provides direct services'),
  ReceivesReferrals: hudCode('NoYes', 'whether the project receives CE referrals'),
  CEParticipationStatusStartDate: hudDate('CE participation start date'),
  CEParticipationStatusEndDate: optionalDate('CE participation end date'),
});

export const projectFields = z.object({
  OrganizationID: z.string({ error: 'Choose the organization' }).min(1, 'Choose the organization').max(32),
  ProjectName: requiredText(200, 'the project name'),
  ProjectCommonName: optionalText(200, 'Common name'),
  OperatingStartDate: hudDate('Operating start date'),
  OperatingEndDate: optionalDate('Operating end date'),
  ContinuumProject: hudCode('NoYes', 'whether it is a Continuum project'),
  ProjectType: optionalCode('ProjectType', 'the project type'),
  HousingType: optionalCode('HousingType', 'the housing type'),
  RRHSubType: optionalCode('RRHSubType', 'the RRH sub-type'),
  ResidentialAffiliation: optionalCode('NoYes', 'whether it is affiliated with a residential project'),
  TargetPopulation: optionalCode('TargetPopulation', 'the target population'),
  HOPWAMedAssistedLivingFac: optionalCode(
    'HOPWAMedAssistedLivingFac',
    'whether it is a HOPWA medically assisted facility',
  ),
  PITCount: optionalCount('PIT count'),
});

export const projectInput = projectFields.extend({
  cocs: z.array(cocInput).max(20).default([]),
  funders: z.array(funderInput).max(50).default([]),
  inventory: z.array(inventoryInput).max(100).default([]),
  participations: z.array(participationInput).max(20).default([]),
  ceParticipations: z.array(ceParticipationInput).max(20).default([]),
});
export type ProjectInput = z.infer<typeof projectInput>;
export const projectUpdate = projectInput.extend({ version: versionField });
export type ProjectUpdate = z.infer<typeof projectUpdate>;

// Output shapes (plain, no transforms).
const stamps = { DateCreated: z.string(), DateUpdated: z.string(), version: z.number() };
const n = z.number().nullable();
const s = z.string().nullable();

export const cocRecord = z.object({
  ProjectCoCID: z.string(),
  CoCCode: z.string(),
  Geocode: z.string(),
  Address1: s,
  Address2: s,
  City: s,
  State: s,
  ZIP: s,
  GeographyType: n,
  ...stamps,
});
export const funderRecord = z.object({
  FunderID: z.string(),
  Funder: z.number(),
  OtherFunder: s,
  GrantID: z.string(),
  StartDate: z.string(),
  EndDate: s,
  ...stamps,
});
export const inventoryRecord = z.object({
  InventoryID: z.string(),
  CoCCode: z.string(),
  HouseholdType: z.number(),
  Availability: n,
  UnitInventory: z.number(),
  BedInventory: z.number(),
  CHVetBedInventory: n,
  YouthVetBedInventory: n,
  VetBedInventory: n,
  CHYouthBedInventory: n,
  YouthBedInventory: n,
  CHBedInventory: n,
  OtherBedInventory: n,
  ESBedType: n,
  InventoryStartDate: z.string(),
  InventoryEndDate: s,
  ...stamps,
});
export const participationRecord = z.object({
  HMISParticipationID: z.string(),
  HMISParticipationType: z.number(),
  HMISParticipationStatusStartDate: z.string(),
  HMISParticipationStatusEndDate: s,
  ...stamps,
});

export const ceParticipationRecord = z.object({
  CEParticipationID: z.string(),
  AccessPoint: z.number(),
  PreventionAssessment: n,
  CrisisAssessment: n,
  HousingAssessment: n,
  DirectServices: n,
  ReceivesReferrals: z.number(),
  CEParticipationStatusStartDate: z.string(),
  CEParticipationStatusEndDate: s,
  ...stamps,
});

export const projectRecord = z.object({
  ProjectID: z.string(),
  OrganizationID: z.string(),
  OrganizationName: z.string(),
  ProjectName: z.string(),
  ProjectCommonName: s,
  OperatingStartDate: z.string(),
  OperatingEndDate: s,
  ContinuumProject: z.number(),
  ProjectType: n,
  HousingType: n,
  RRHSubType: n,
  ResidentialAffiliation: n,
  TargetPopulation: n,
  HOPWAMedAssistedLivingFac: n,
  PITCount: n,
  ...stamps,
  cocs: z.array(cocRecord),
  funders: z.array(funderRecord),
  inventory: z.array(inventoryRecord),
  participations: z.array(participationRecord),
  ceParticipations: z.array(ceParticipationRecord),
});
export type ProjectRecord = z.infer<typeof projectRecord>;

/** What every signed-in user may read about a project (GET /api/projects). */
export const projectSummary = z.object({
  ProjectID: z.string(),
  ProjectName: z.string(),
  ProjectCommonName: s,
  ProjectType: n,
  OrganizationID: z.string(),
  OrganizationName: z.string(),
  VictimServiceProvider: z.number().describe("The organization's HUD NoYes victim-service-provider flag"),
  OperatingStartDate: z.string(),
  OperatingEndDate: s,
  ContinuumProject: z.number(),
  HousingType: n,
  RRHSubType: n,
  cocCodes: z.array(z.string()).describe('CoCCode of each ProjectCoC record'),
  funders: z.array(
    funderRecord.pick({
      FunderID: true,
      Funder: true,
      OtherFunder: true,
      GrantID: true,
      StartDate: true,
      EndDate: true,
    }),
  ),
});
export type ProjectSummary = z.infer<typeof projectSummary>;
