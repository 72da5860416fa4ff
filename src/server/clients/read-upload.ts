// Reads one uploaded file (multipart/form-data) into memory, with the form fields sent before it.
// Larger than `fileSize` → 413 while it streams; a malformed body → 400 (src/server/http/uploads.ts).
import type { FastifyRequest } from 'fastify';
import { validationFailed } from '../http/errors.ts';
import { openUpload, readUploadData } from '../http/uploads.ts';

export type Upload = { data: Buffer; filename: string; mimetype: string; fields: Record<string, string> };

export async function readUpload(req: FastifyRequest, fileSize: number, fieldName: string): Promise<Upload> {
  const part = await openUpload(req, fileSize, fieldName);
  const data = await readUploadData(part);
  if (!data.length) throw validationFailed({ [fieldName]: 'The file is empty' });
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(part.fields)) {
    const v = Array.isArray(value) ? value[0] : value;
    if (v && v.type === 'field' && typeof v.value === 'string') fields[name] = v.value;
  }
  return { data, filename: part.filename, mimetype: part.mimetype, fields };
}
