// Streams a file from Files on Server. Downloads of client-level data are audited.
import type { Readable } from 'node:stream';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import { readableFile } from './readable-file.ts';

export async function downloadFile(
  deps: Deps,
  ctx: RequestContext,
  id: string,
): Promise<{ name: string; contentType: string; size: number; stream: Readable }> {
  const { db } = deps.database;
  const f = await readableFile(db, ctx, id);
  const stream = await deps.storage.get(f.storageKey).catch(() => {
    throw notFound('The file');
  });
  await recordAudit(db, ctx, {
    action: 'file.download',
    entityType: 'stored_file',
    entityId: f.id,
    detail: { jobId: f.jobId, clientData: f.containsClientData },
  });
  return { name: f.name, contentType: f.contentType, size: f.sizeBytes, stream };
}
