// Password hashing (argon2id) and the password policy.
import { hash, verify } from '@node-rs/argon2';
import { inArray } from 'drizzle-orm';
import { organizationTable } from '../../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import { COMMON_PASSWORDS } from './common-passwords.ts';

// Algorithm.Argon2id is 2; the const enum cannot be imported under isolatedModules.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashSecret = (secret: string) => hash(secret, OPTIONS);
export const verifySecret = (stored: string, secret: string) => verify(stored, secret).catch(() => false);

export const PASSWORD_RULES = 'At least 12 characters, not containing your username, and not a common password.';

/** The reason a password is refused, or null if it is acceptable. */
export function passwordProblem(username: string, password: string): string | null {
  if (password.length < 12) return 'Password must be at least 12 characters long';
  if (password.length > 256) return 'Password must be at most 256 characters long';
  if (username && password.toLowerCase().includes(username.toLowerCase()))
    return 'Password must not contain your username';
  const plain = password.toLowerCase();
  if (COMMON_PASSWORDS.has(plain) || COMMON_PASSWORDS.has(plain.replace(/[0-9!@#$%^&*.]+$/, ''))) {
    return 'Password is too common; choose one that is harder to guess';
  }
  if (/^(.)\1+$/.test(password)) return 'Password must not be one character repeated';
  return null;
}

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * passwordProblem, plus what depends on this installation: outside demo mode the published demo
 * password, and the name of any organization the user works for.
 */
export async function newPasswordProblem(
  deps: Deps,
  user: { username: string; organizationIds: string[] },
  password: string,
): Promise<string | null> {
  const basic = passwordProblem(user.username, password);
  if (basic) return basic;
  if (!deps.config.demo && password.toLowerCase() === deps.config.demoPassword.toLowerCase())
    return 'Password must not be the demo password';
  if (!user.organizationIds.length) return null;
  const orgs = await deps.database.db
    .select({ name: organizationTable.OrganizationName })
    .from(organizationTable)
    .where(inArray(organizationTable.OrganizationID, user.organizationIds));
  const plain = letters(password);
  for (const { name } of orgs) {
    const n = letters(name);
    if (n.length >= 4 && plain.includes(n)) return "Password must not contain your organization's name";
  }
  return null;
}
