// Request and response shapes of the clients API. HUD fields keep their HUD names; Hearth's own
// fields are camelCase. The intake workflow reuses clientInputSchema for quick-added family members.
import { z } from 'zod';
import { VETERANS_INFORMATION_FIELDS } from '../../hud/rules/elements-partners.ts';
import { versionField } from '../http/versions.ts';

// Types only: lengths and HUD rules are checked by validateClient, so one answer lists every problem.
const text = z
  .string()
  .trim()
  .max(1000)
  .nullish()
  .transform((v) => v || null);
const code = z.int32('Choose one of the listed answers').nullish();

/** HUD Client fields (3.01 name, 3.02 SSN, 3.03 DOB, 4.21 sex, 3.04 race and ethnicity, 3.07 and V1 veteran). */
export const clientInputSchema = z.object({
  FirstName: text,
  MiddleName: text,
  LastName: text,
  NameSuffix: text,
  NameDataQuality: code,
  SSN: text,
  SSNDataQuality: code,
  DOB: text.describe('yyyy-mm-dd'),
  DOBDataQuality: code,
  Sex: code,
  AmIndAKNative: code,
  Asian: code,
  BlackAfAmerican: code,
  HispanicLatinao: code,
  MidEastNAfrican: code,
  NativeHIPacific: code,
  White: code,
  RaceNone: code,
  AdditionalRaceEthnicity: text,
  VeteranStatus: code,
  YearEnteredService: code,
  YearSeparated: code,
  WorldWarII: code,
  KoreanWar: code,
  VietnamWar: code,
  DesertStorm: code,
  AfghanistanOEF: code,
  IraqOIF: code,
  IraqOND: code,
  OtherTheater: code,
  MilitaryBranch: code,
  DischargeStatus: code,
  restrictToOrganization: z
    .boolean()
    .optional()
    .describe('Only the creating organization sees this client (always so at a victim-service provider)'),
});
export type ClientInput = z.output<typeof clientInputSchema>;

/** What a workflow's Basic Client Information page records about an existing client (3.01–3.04). */
export const IDENTITY_FIELDS = [
  'FirstName',
  'MiddleName',
  'LastName',
  'NameSuffix',
  'NameDataQuality',
  'SSN',
  'SSNDataQuality',
  'DOB',
  'DOBDataQuality',
  'AmIndAKNative',
  'Asian',
  'BlackAfAmerican',
  'HispanicLatinao',
  'MidEastNAfrican',
  'NativeHIPacific',
  'White',
  'RaceNone',
  'AdditionalRaceEthnicity',
] as const;
export const clientIdentitySchema = clientInputSchema
  .pick(Object.fromEntries(IDENTITY_FIELDS.map((f) => [f, true])) as { [K in (typeof IDENTITY_FIELDS)[number]]: true })
  .partial();
export type ClientIdentity = z.output<typeof clientIdentitySchema>;

export const createClientBody = clientInputSchema.extend({
  confirmedNotDuplicate: z
    .boolean()
    .optional()
    .describe('The user looked at the possible duplicates and confirmed none of them is this person'),
});

/** Veteran status and V1: recorded only through the enrollment workflows. */
export const VETERAN_FIELDS = ['VeteranStatus', ...VETERANS_INFORMATION_FIELDS] as const;

/** PATCH body: the fields to change and the version that was read. Veteran fields are refused here. */
export const clientPatchSchema = clientInputSchema
  .omit({ restrictToOrganization: true })
  .partial()
  .extend({ version: versionField });
export type ClientPatch = z.output<typeof clientPatchSchema>;

const nullableString = z.string().nullable();
const nullableInt = z.number().nullable();

export const latestEnrollmentSchema = z
  .object({
    EnrollmentID: z.string(),
    ProjectName: z.string(),
    EntryDate: z.string(),
    ExitDate: nullableString,
  })
  .nullable();

export const clientSchema = z.object({
  PersonalID: z.string(),
  FirstName: nullableString,
  MiddleName: nullableString,
  LastName: nullableString,
  NameSuffix: nullableString,
  NameDataQuality: z.number(),
  SSN: nullableString.describe('Full SSN only for roles that may see it; otherwise HUD partial form xxxxx1234'),
  SSNDataQuality: z.number(),
  DOB: nullableString.describe('Null when the role may not see the full date of birth (see age, dobDisplay)'),
  DOBDataQuality: z.number(),
  Sex: nullableInt,
  AmIndAKNative: z.number(),
  Asian: z.number(),
  BlackAfAmerican: z.number(),
  HispanicLatinao: z.number(),
  MidEastNAfrican: z.number(),
  NativeHIPacific: z.number(),
  White: z.number(),
  RaceNone: nullableInt,
  AdditionalRaceEthnicity: nullableString,
  VeteranStatus: z.number(),
  YearEnteredService: nullableInt,
  YearSeparated: nullableInt,
  WorldWarII: nullableInt,
  KoreanWar: nullableInt,
  VietnamWar: nullableInt,
  DesertStorm: nullableInt,
  AfghanistanOEF: nullableInt,
  IraqOIF: nullableInt,
  IraqOND: nullableInt,
  OtherTheater: nullableInt,
  MilitaryBranch: nullableInt,
  DischargeStatus: nullableInt,
  DateCreated: z.string(),
  DateUpdated: z.string(),
  version: z.number(),
  age: nullableInt,
  dobDisplay: nullableString,
  ssnDisplay: nullableString,
  piiMasked: z.boolean(),
  hasPhoto: z.boolean(),
  restricted: z.boolean(),
});
export type ClientView = z.infer<typeof clientSchema>;

export const dataQualityAlertSchema = z.object({ field: z.string(), message: z.string() });

export const clientDashboardSchema = clientSchema.extend({
  dataQualityAlerts: z.array(dataQualityAlertSchema),
  household: z.object({ HouseholdID: z.string(), size: z.number() }).nullable(),
  latestEnrollment: latestEnrollmentSchema,
  photoVersion: z.string().nullable(),
});

/** A client as lists show it: enough to recognise the person, PII masked per role. */
export const clientSummarySchema = z.object({
  PersonalID: z.string(),
  FirstName: nullableString,
  MiddleName: nullableString,
  LastName: nullableString,
  NameSuffix: nullableString,
  DOB: nullableString,
  age: nullableInt,
  dobDisplay: nullableString,
  ssnDisplay: nullableString,
  VeteranStatus: z.number(),
  hasPhoto: z.boolean(),
  latestEnrollment: latestEnrollmentSchema,
});
export type ClientSummary = z.infer<typeof clientSummarySchema>;

export const duplicateCandidateSchema = clientSummarySchema.extend({
  reasons: z.array(z.string()).describe('What agrees: SSN, name, date of birth, similar name'),
});
export type DuplicateCandidate = z.infer<typeof duplicateCandidateSchema>;

export const personalIdParams = z.object({ personalId: z.string().min(1).max(32) });
export const ok = z.object({ ok: z.literal(true) });
