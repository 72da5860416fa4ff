// Request and response shapes of the enrollment API. HUD fields keep HUD names; each
// member's answers are an assessment (see ../assessments/schemas.ts).
import { z } from 'zod';
import { DataCollectionStage } from '../../hud/codes.ts';
import { hudColumnSchema } from '../assessments/hud-fields.ts';
import { assessmentInputSchema } from '../assessments/schemas.ts';
import { clientIdentitySchema, clientInputSchema } from '../clients/client-schemas.ts';
import { versionField } from '../http/versions.ts';
import { units as serviceUnits, unitValue as serviceUnitValue } from '../services/schemas.ts';

const id = z.string().min(1).max(32);
const identity = clientIdentitySchema
  .optional()
  .describe(
    "Corrections to an existing client's name, SSN, date of birth, their data quality, and race and ethnicity " +
      '(Basic Client Information; the clients API shape and rules)',
  );
const date = z.iso.date();
const version = versionField;

export const intakeMemberSchema = z
  .strictObject({
    PersonalID: id.optional().describe('An existing client (or give newClient)'),
    newClient: clientInputSchema
      .optional()
      .describe('Someone not yet in HMIS (the clients API shape): created with the household, in the same transaction'),
    confirmedNotDuplicate: z
      .boolean()
      .optional()
      .describe('For newClient: you compared the possible duplicates and none of them is this person'),
    RelationshipToHoH: hudColumnSchema('Enrollment', 'RelationshipToHoH'),
    EntryDate: date.optional().describe("Defaults to the household's EntryDate; never before the head of household's"),
    caseManagerUserId: id.optional().describe('Defaults to you; must have access to the project’s organization'),
    clientVersion: versionField.optional().describe('Version of the client record you read, if you change it'),
    client: identity,
    assessment: assessmentInputSchema.optional().describe('Entry (project start) answers'),
  })
  .refine((m) => Boolean(m.PersonalID) !== Boolean(m.newClient), {
    message: 'Give either the PersonalID of an existing client or a newClient',
    path: ['PersonalID'],
  })
  .refine((m) => !(m.newClient && m.client), {
    message: 'A new client’s name, SSN and date of birth go in newClient',
    path: ['client'],
  });

export const intakeSchema = z.strictObject({
  ProjectID: id,
  EntryDate: date.describe("The head of household's project start date"),
  members: z.array(intakeMemberSchema).min(1).max(30),
});
export type IntakeInput = z.infer<typeof intakeSchema>;

export const exitMemberSchema = z.strictObject({
  EnrollmentID: id,
  version,
  ExitDate: date.optional().describe("Defaults to the body's ExitDate"),
  Destination: hudColumnSchema('Exit', 'Destination').optional(),
  assessment: assessmentInputSchema.optional().describe('Exit answers; Exit holds the exit columns'),
});

export const exitServiceSchema = z.strictObject({
  EnrollmentID: id.describe('The exiting member who received it'),
  serviceTypeId: id,
  units: serviceUnits,
  unitValue: serviceUnitValue.default(0),
});

export const exitSchema = z.strictObject({
  ExitDate: date,
  endCaseAssignment: z.boolean().default(false).describe('End the exiting members’ case assignments on the exit date'),
  members: z.array(exitMemberSchema).min(1).max(30),
  services: z
    .array(exitServiceSchema)
    .max(100)
    .default([])
    .describe('Services provided at exit, recorded on each member’s exit date with the exit'),
});
export type ExitInput = z.infer<typeof exitSchema>;

export const editExitSchema = z.strictObject({ members: z.array(exitMemberSchema).min(1).max(30) });
export type EditExitInput = z.infer<typeof editExitSchema>;

export const assessmentMemberSchema = z.strictObject({
  EnrollmentID: id,
  version,
  assessment: assessmentInputSchema,
});

export const recordAssessmentSchema = z.strictObject({
  DataCollectionStage: z
    .union([z.literal(DataCollectionStage.Update), z.literal(DataCollectionStage.Annual)])
    .describe('2 = update, 5 = annual'),
  InformationDate: date,
  members: z.array(assessmentMemberSchema).min(1).max(30),
});
export type RecordAssessmentInput = z.infer<typeof recordAssessmentSchema>;

export const editAssessmentSchema = z.strictObject({
  InformationDate: date.describe('The new date, when moving the assessment'),
  members: z.array(assessmentMemberSchema).min(1).max(30),
});
export type EditAssessmentInput = z.infer<typeof editAssessmentSchema>;

export const editEntryMemberSchema = z
  .strictObject({
    EnrollmentID: id.optional().describe('An existing member'),
    version: version.optional(),
    PersonalID: id.optional().describe('A person joining the household (no EnrollmentID)'),
    newClient: clientInputSchema
      .optional()
      .describe('Someone joining who is not yet in HMIS: created with the change, in the same transaction'),
    confirmedNotDuplicate: z
      .boolean()
      .optional()
      .describe('For newClient: you compared the possible duplicates and none of them is this person'),
    RelationshipToHoH: hudColumnSchema('Enrollment', 'RelationshipToHoH').optional(),
    EntryDate: date.optional(),
    caseManagerUserId: id.optional(),
    clientVersion: versionField.optional(),
    client: identity,
    assessment: assessmentInputSchema.optional(),
  })
  .refine((m) => !(m.newClient && (m.EnrollmentID || m.PersonalID)), {
    message: 'A member is an existing enrollment, an existing client joining, or a newClient: give one',
    path: ['newClient'],
  })
  .refine((m) => !(m.newClient && m.client), {
    message: 'A new client’s name, SSN and date of birth go in newClient',
    path: ['client'],
  });
export const editEntrySchema = z.strictObject({ members: z.array(editEntryMemberSchema).min(1).max(30) });
export type EditEntryInput = z.infer<typeof editEntrySchema>;

export const reenterSchema = z.strictObject({ version });

const assessmentRef = z.object({
  EnrollmentID: z.string(),
  PersonalID: z.string(),
  DataCollectionStage: z.number(),
  InformationDate: z.string(),
});

export const householdMemberView = z.object({
  EnrollmentID: z.string(),
  PersonalID: z.string(),
  FirstName: z.string().nullable(),
  LastName: z.string().nullable(),
  DOB: z.string().nullable(),
  age: z.number().nullable().describe('Age today'),
  VeteranStatus: z.number(),
  clientVersion: z.number(),
  RelationshipToHoH: z.number(),
  EntryDate: z.string(),
  MoveInDate: z.string().nullable(),
  DateOfEngagement: z.string().nullable(),
  ExitDate: z.string().nullable(),
  Destination: z.number().nullable(),
  version: z.number(),
  caseManagers: z.array(z.object({ userId: z.string(), name: z.string() })),
});

export const householdView = z.object({
  EnrollmentID: z.string().describe('The enrollment asked for'),
  HouseholdID: z.string(),
  project: z.object({
    ProjectID: z.string(),
    ProjectName: z.string(),
    ProjectType: z.number().nullable(),
    OrganizationID: z.string(),
    OrganizationName: z.string(),
    funders: z.array(z.number()).describe('FundingSource codes active today'),
    CoCCode: z.string().nullable(),
  }),
  members: z.array(householdMemberView),
  assessments: z.array(assessmentRef),
  annualWindow: z
    .object({ anniversary: z.string(), opens: z.string(), closes: z.string() })
    .nullable()
    .describe('The annual window open today, if any'),
});
export type HouseholdView = z.infer<typeof householdView>;

// Stored answers are returned as stored: imported data may hold codes a form would refuse.
const storedRecord = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));
export const storedAnswers = z
  .object({
    Client: storedRecord.optional(),
    Enrollment: storedRecord.optional(),
    Exit: storedRecord.optional(),
    IncomeBenefits: storedRecord.optional(),
    HealthAndDV: storedRecord.optional(),
    EmploymentEducation: storedRecord.optional(),
    YouthEducationStatus: storedRecord.optional(),
    Disabilities: z.array(storedRecord).optional(),
  })
  .describe('Answers in the same shape as an assessment input');

export const memberAnswersView = z.object({
  EnrollmentID: z.string(),
  PersonalID: z.string(),
  assessment: storedAnswers,
});
export const assessmentView = z.object({
  DataCollectionStage: z.number().nullable().describe('null for the latest answers of each member'),
  InformationDate: z.string().nullable(),
  members: z.array(memberAnswersView),
});

export const clientEnrollmentsView = z.object({
  client: z.object({
    PersonalID: z.string(),
    FirstName: z.string().nullable(),
    LastName: z.string().nullable(),
    DOB: z.string().nullable(),
    VeteranStatus: z.number(),
    Sex: z.number().nullable(),
    version: z.number(),
  }),
  enrollments: z.array(
    z.object({
      EnrollmentID: z.string(),
      HouseholdID: z.string(),
      ProjectID: z.string(),
      ProjectName: z.string(),
      ProjectType: z.number().nullable(),
      OrganizationID: z.string(),
      OrganizationName: z.string(),
      RelationshipToHoH: z.number(),
      EntryDate: z.string(),
      MoveInDate: z.string().nullable(),
      ExitDate: z.string().nullable(),
      Destination: z.number().nullable(),
      version: z.number(),
      householdSize: z.number(),
    }),
  ),
});

export const projectOption = z.object({
  ProjectID: z.string(),
  ProjectName: z.string(),
  ProjectType: z.number().nullable(),
  OrganizationID: z.string(),
  OrganizationName: z.string(),
  funders: z.array(z.number()).describe('FundingSource codes active today'),
  cocCodes: z.array(z.string()),
  OperatingStartDate: z.string(),
});
