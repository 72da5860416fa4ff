// Takes an uploaded HMIS CSV zip (HMIS admin), keeps it in file storage and queues its import.
import type { MultipartFile } from '@fastify/multipart';
import { requireRole } from '../auth/session-hook.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { validationFailed } from '../http/errors.ts';
import { newId } from '../http/ids.ts';
import { tooLarge, uploadError } from '../http/uploads.ts';
import { jobRunnerFor } from '../jobs/job-runner.ts';
import { IMPORT_JOB, type ImportJobParameters } from './run-import-job.ts';

export async function startImport(deps: Deps, ctx: RequestContext, file: MultipartFile): Promise<string> {
  requireRole(ctx, 'hmis_admin');
  if (file.fieldname !== 'file') throw validationFailed({ file: 'Choose the HMIS CSV zip file to import' });
  const uploadKey = `uploads/${newId()}.zip`;
  const { size } = await deps.storage.put(uploadKey, file.file).catch(async (e: unknown) => {
    // Over the upload limit: nothing partial is kept.
    await deps.storage.remove(uploadKey);
    throw uploadError(e);
  });
  if (file.file.truncated) {
    await deps.storage.remove(uploadKey);
    throw tooLarge();
  }
  const fileName = (file.filename || 'upload.zip').slice(0, 150);
  const parameters: ImportJobParameters = { uploadKey, fileName, sizeBytes: size };
  return jobRunnerFor(deps).enqueue({
    kind: IMPORT_JOB,
    title: `HMIS CSV Import: ${fileName}`,
    ownerId: ctx.user.id,
    organizationId: ctx.user.currentOrganizationId,
    parameters,
  });
}
