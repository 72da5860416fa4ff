import { z } from 'zod';
import { versionField } from '../http/versions.ts';
import { hudCode, optionalText, requiredText } from './hud-fields.ts';

export const organizationInput = z.object({
  OrganizationName: requiredText(200, 'the organization name'),
  OrganizationCommonName: optionalText(200, 'Common name'),
  VictimServiceProvider: hudCode('NoYes', 'whether it is a victim service provider'),
});
export type OrganizationInput = z.infer<typeof organizationInput>;

export const organizationUpdate = organizationInput.extend({ version: versionField });
export type OrganizationUpdate = z.infer<typeof organizationUpdate>;

/** What every signed-in user may read (GET /api/organizations). */
export const organizationSummary = z.object({
  OrganizationID: z.string(),
  OrganizationName: z.string(),
  OrganizationCommonName: z.string().nullable(),
  VictimServiceProvider: z.number().describe('HUD NoYes: 1 = victim service provider'),
});

/** The admin's view: bookkeeping, version and how many projects it runs. */
export const organizationRecord = organizationSummary.extend({
  DateCreated: z.string(),
  DateUpdated: z.string(),
  version: z.number(),
  projectCount: z.number(),
});
export type OrganizationRecord = z.infer<typeof organizationRecord>;
