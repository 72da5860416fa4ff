// The parameters of an HMIS CSV FY2026 export, as the CSV Export screen and the API take them.
import { z } from 'zod';
import { isHudCode } from '../../../hud/codes.ts';

const cocCode = z.string().regex(/^[A-Z]{2}-\d{3}$/, 'A CoC code looks like TX-600');
const id = z.string().min(1).max(32);

export const ASSESSMENT_STAGES = {
  entry: 1,
  update: 2,
  exit: 3,
  annual: 5,
  post_exit: 6,
} as const;

export const exportParams = z
  .object({
    sourceEndpoint: z
      .enum(['full', 'rhy', 'ssvf'])
      .default('full')
      .describe('full: every project and element; rhy / ssvf: what those federal partners take'),
    sourceType: z
      .int32()
      .refine((v) => isHudCode('SourceType', v), 'Choose a Source Type from HUD list 1.9')
      .default(1)
      .describe('Export.SourceType (1 = Continuum of Care HMIS)'),
    cocCode: cocCode
      .optional()
      .describe('Export.SourceID: the CoC code, required when the source type is a Continuum of Care HMIS (1)'),
    sourceName: z.string().trim().max(50).optional(),
    startDate: z.iso.date().describe('Enrollments active between startDate and endDate (yyyy-mm-dd)'),
    endDate: z.iso.date(),
    exportDate: z.iso.date().optional().describe('Recorded as Export.ExportDate; today by default'),
    organizationIds: z.array(id).max(1000).optional(),
    allOrganizations: z.boolean().default(false).describe('Every organization (HMIS admin only)'),
    projectIds: z.array(id).max(5000).optional(),
    grantIds: z.array(z.string().min(1).max(100)).max(5000).optional().describe('Funder GrantIDs'),
    excludeDeleted: z.boolean().default(true),
    cocFilter: cocCode.optional().describe('Only projects and enrollments of this CoC'),
    assessmentTypes: z
      .array(z.enum(['entry', 'update', 'annual', 'exit', 'post_exit']))
      .max(5)
      .optional()
      .describe('Only assessment records (income, health, disabilities, …) collected at these stages'),
    aftercareWithin180Days: z
      .boolean()
      .default(false)
      .describe('Leave out aftercare collected more than 180 days after exit'),
    servicesWithinEnrollment: z.boolean().default(false).describe('Leave out services outside the enrollment dates'),
    hashed: z.boolean().default(false).describe('Hash names and SSN with HUD’s SHA-256 rule (HashStatus 4)'),
  })
  .superRefine((p, ctx) => {
    if (p.startDate > p.endDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date must be on or after the start date' });
    }
    // HUD reads Export.SourceID as the CoC code of a CoC HMIS: an export without it is refused (the seed's rule).
    if (p.sourceType === 1 && !p.cocCode) {
      ctx.addIssue({
        code: 'custom',
        path: ['cocCode'],
        message: 'Choose the Continuum of Care code: it is the export’s SourceID',
      });
    }
    if (!p.allOrganizations && !p.organizationIds?.length) {
      ctx.addIssue({ code: 'custom', path: ['organizationIds'], message: 'Choose at least one organization' });
    }
  });

export type ExportParams = z.infer<typeof exportParams>;
