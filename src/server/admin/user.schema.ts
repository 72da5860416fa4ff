import { z } from 'zod';
import { ROLES } from '../http/context.ts';
import { versionField } from '../http/versions.ts';
import { requiredText } from './hud-fields.ts';

const email = z
  .string({ error: 'Enter the email address' })
  .trim()
  .pipe(z.email({ error: 'Enter a valid email address' }).max(320, 'Email must be at most 320 characters'));
// People type phone numbers with spaces, dashes and brackets; HUD stores 10 digits.
const phone = z
  .string()
  .trim()
  .transform((v) => v.replace(/\D/g, ''))
  .refine((v) => v === '' || v.length === 10, 'Phone is a 10-digit number')
  .nullish()
  .transform((v) => (v ? v : null));
// Every user is a case manager; only the extra roles are stored.
const roles = z
  .array(z.enum(ROLES))
  .max(ROLES.length)
  .transform((r) => [...new Set(r.filter((x) => x !== 'case_manager'))]);
const organizationIds = z
  .array(z.string().min(1).max(32))
  .min(1, 'Give the user at least one organization')
  .max(500)
  .transform((ids) => [...new Set(ids)]);

const userFields = z.object({
  firstName: requiredText(50, 'the first name'),
  lastName: requiredText(50, 'the last name'),
  email,
  phone,
  roles,
  organizationIds,
});

export const userCreate = userFields.extend({
  username: z
    .string({ error: 'Enter a username' })
    .trim()
    .regex(/^[A-Za-z0-9._-]{3,64}$/, 'A username is 3 to 64 letters, digits, dots, dashes or underscores'),
  initialPassword: z.string({ error: 'Enter an initial password' }).min(1, 'Enter an initial password').max(256),
});
export type UserCreate = z.infer<typeof userCreate>;

export const userUpdate = userFields.extend({ version: versionField });
export type UserUpdate = z.infer<typeof userUpdate>;

export const passwordReset = z.object({
  temporaryPassword: z.string({ error: 'Enter a temporary password' }).min(1, 'Enter a temporary password').max(256),
  version: versionField,
});

export const userRecord = z.object({
  id: z.string().describe('Also the HUD UserID of the matching User record'),
  username: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  organizationIds: z.array(z.string()),
  active: z.boolean(),
  locked: z.boolean().describe('Locked out after failed sign-ins right now'),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number(),
});
export type UserRecord = z.infer<typeof userRecord>;

export const userQuery = z.object({
  search: z.string().trim().max(100).optional().describe('Part of the username, name or email'),
  organizationId: z.string().max(32).optional(),
  active: z.enum(['true', 'false']).optional(),
});
