// Reads one uploaded file (multipart/form-data) into memory, with the form fields sent before it.
// Larger than `fileSize` → 413 (the multipart plugin's error, mapped by the app's error handler).
import type { FastifyRequest } from 'fastify';
import { badRequest, validationFailed } from '../http/errors.ts';

export type Upload = { data: Buffer; filename: string; mimetype: string; fields: Record<string, string> };

export async function readUpload(req: FastifyRequest, fileSize: number, fieldName: string): Promise<Upload> {
  if (!req.isMultipart()) throw badRequest('Send the file as multipart/form-data');
  const part = await req.file({ limits: { fileSize } });
  if (!part) throw validationFailed({ [fieldName]: 'Choose a file to upload' });
  const data = await part.toBuffer();
  if (!data.length) throw validationFailed({ [fieldName]: 'The file is empty' });
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(part.fields)) {
    const v = Array.isArray(value) ? value[0] : value;
    if (v && v.type === 'field' && typeof v.value === 'string') fields[name] = v.value;
  }
  return { data, filename: part.filename, mimetype: part.mimetype, fields };
}
