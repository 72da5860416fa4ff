// One person's answers at one stage, keyed by HUD record (file) name, fields by HUD column
// name: { Enrollment: {LivingSituation: 116}, IncomeBenefits: {IncomeFromAnySource: 0}, … }.
import { z } from 'zod';
import { VETERANS_INFORMATION_FIELDS } from '../../hud/rules/elements-partners.ts';
import { dataColumns, hudColumnSchema, hudRecordSchema } from './hud-fields.ts';

/** Client columns a workflow may record: veteran status, sex and veteran's information. */
export const CLIENT_WORKFLOW_FIELDS = ['VeteranStatus', 'Sex', ...VETERANS_INFORMATION_FIELDS] as const;

/** Enrollment columns set by the household workflow itself, never by an assessment page. */
const ENROLLMENT_STRUCTURE = ['EntryDate', 'RelationshipToHoH', 'EnrollmentCoC'];

export const ENROLLMENT_FIELDS = dataColumns('Enrollment', ENROLLMENT_STRUCTURE);
export const EXIT_FIELDS = dataColumns('Exit', ['ExitDate', 'Destination']);
export const INCOME_BENEFITS_FIELDS = dataColumns('IncomeBenefits');
export const HEALTH_AND_DV_FIELDS = dataColumns('HealthAndDV');
export const EMPLOYMENT_EDUCATION_FIELDS = dataColumns('EmploymentEducation');
export const YOUTH_EDUCATION_FIELDS = dataColumns('YouthEducationStatus');
export const DISABILITY_FIELDS = dataColumns('Disabilities', ['DisabilityType', 'DisabilityResponse']);

export const disabilityRowSchema = hudRecordSchema('Disabilities', DISABILITY_FIELDS).extend({
  DisabilityType: hudColumnSchema('Disabilities', 'DisabilityType'),
  DisabilityResponse: hudColumnSchema('Disabilities', 'DisabilityResponse').nullable(),
});

export const assessmentInputSchema = z
  .strictObject({
    Client: hudRecordSchema('Client', CLIENT_WORKFLOW_FIELDS).optional(),
    Enrollment: hudRecordSchema('Enrollment', ENROLLMENT_FIELDS).optional(),
    IncomeBenefits: hudRecordSchema('IncomeBenefits', INCOME_BENEFITS_FIELDS).optional(),
    HealthAndDV: hudRecordSchema('HealthAndDV', HEALTH_AND_DV_FIELDS).optional(),
    EmploymentEducation: hudRecordSchema('EmploymentEducation', EMPLOYMENT_EDUCATION_FIELDS).optional(),
    YouthEducationStatus: hudRecordSchema('YouthEducationStatus', YOUTH_EDUCATION_FIELDS).optional(),
    Disabilities: z.array(disabilityRowSchema).max(6).optional(),
    Exit: hudRecordSchema('Exit', EXIT_FIELDS).optional(),
  })
  .describe('One person’s answers at one stage: HUD record name → HUD column name → value');

export type AssessmentInput = z.infer<typeof assessmentInputSchema>;
export type DisabilityRow = z.infer<typeof disabilityRowSchema>;
/** A record's answers: HUD column → value (null = no answer). */
export type Answers = Record<string, string | number | null | undefined>;

/** The records of an assessment that are stored one row per person, stage and date. */
export const STAGE_RECORDS = ['IncomeBenefits', 'HealthAndDV', 'EmploymentEducation', 'YouthEducationStatus'] as const;
export type StageRecord = (typeof STAGE_RECORDS)[number];
