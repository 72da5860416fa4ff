// Saves a job's output under Files on Server: the bytes in file storage, a stored_file row that
// expires after the configured retention (HEARTH_FILE_RETENTION_DAYS).
import { storedFileTable } from '../../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import { newId } from '../http/ids.ts';
import type { SaveFileInput } from '../jobs/job-types.ts';

const DAY_MS = 86_400_000;

export async function storeFile(
  deps: Deps,
  input: SaveFileInput & { ownerId: string; jobId: string | null; vspOrganizationId: string | null },
): Promise<string> {
  const id = newId();
  const safeName = input.name.replace(/[^A-Za-z0-9._-]/g, '_');
  const storageKey = `files/${id}/${safeName}`;
  const { size } = await deps.storage.put(storageKey, input.data);
  const retentionMs = deps.config.fileRetentionDays * DAY_MS;
  await deps.database.db.insert(storedFileTable).values({
    id,
    ownerId: input.ownerId,
    jobId: input.jobId,
    name: input.name,
    contentType: input.contentType,
    sizeBytes: size,
    storageKey,
    containsClientData: input.containsClientData,
    vspOrganizationId: input.vspOrganizationId,
    expiresAt: retentionMs > 0 ? new Date(Date.now() + retentionMs) : null,
  });
  return id;
}
