// The validation file's password reaches the job sealed (AES-256-GCM under the server's file key),
// never in clear in the job's parameters, and the job removes it as soon as it has read it.
import { eq, sql } from 'drizzle-orm';
import { jobRunTable } from '../../../../db/schema/index.ts';
import type { Deps } from '../../../deps.ts';
import { decrypt, encrypt, keyringFor } from '../../../storage/encrypted-file-storage.ts';

const ring = (deps: Deps) => keyringFor(deps.database, deps.config.fileKey);

export async function sealPassword(deps: Deps, password: string): Promise<string> {
  return encrypt(Buffer.from(password, 'utf8'), (await ring(deps)).current).toString('base64');
}

/** Opens the sealed password and deletes it from the job's parameters. */
export async function takeSealedPassword(deps: Deps, jobId: string, sealed: string): Promise<string> {
  const password = decrypt(Buffer.from(sealed, 'base64'), await ring(deps)).toString('utf8');
  await deps.database.db
    .update(jobRunTable)
    .set({ parameters: sql`${jobRunTable.parameters} - 'sealedValidationPassword'` })
    .where(eq(jobRunTable.id, jobId));
  return password;
}
