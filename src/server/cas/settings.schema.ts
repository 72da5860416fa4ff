// CAS set-up (HMIS admin): the lead organization, CAS administrators, prioritizing users, each
// housing provider's CAS contact, and how many days without contact make a case overdue.
import { z } from 'zod';
import { versionField } from '../http/versions.ts';

const id = z.string().min(1).max(32);

export const casSettingsInput = z.strictObject({
  version: versionField,
  leadOrganizationId: id.nullable().describe('The CAS lead agency (the CAS organization)'),
  noContactDays: z
    .number({ error: 'Enter the number of days' })
    .int('Enter a whole number of days')
    .min(1, 'At least 1 day')
    .max(365, 'At most 365 days')
    .describe('Days without contact after which case managers are reminded'),
  admins: z.array(id).max(100).describe('CAS administrators (users of the lead organization)'),
  prioritizers: z.array(id).max(100).describe('Users of the lead organization who prioritize the queue'),
  providerContacts: z
    .array(z.strictObject({ organizationId: id, userId: id }))
    .max(500)
    .describe("One CAS contact per housing provider: receives the referrals to the provider's projects"),
});
export type CasSettingsInput = z.infer<typeof casSettingsInput>;

const userRef = z.object({ userId: z.string(), name: z.string() });
export const casSettingsView = z.object({
  version: z.number(),
  leadOrganizationId: z.string().nullable(),
  leadOrganizationName: z.string().nullable(),
  noContactDays: z.number(),
  admins: z.array(userRef),
  prioritizers: z.array(userRef),
  providerContacts: z.array(
    z.object({ organizationId: z.string(), organizationName: z.string(), userId: z.string(), name: z.string() }),
  ),
});
export type CasSettingsView = z.infer<typeof casSettingsView>;

export const casMeView = z.object({
  admin: z.boolean().describe('CAS administrator'),
  prioritizer: z.boolean().describe('Prioritizes households on the queue'),
  contactFor: z.array(z.string()).describe('Organizations whose CAS contact you are'),
});
