// Opening an uploaded file (multipart/form-data) safely: a declared size over the limit is
// refused before any byte is read, the limit holds while the file streams (413, the rest is not
// read), a malformed body is a 400, and file names and form fields are checked for text PostgreSQL cannot store.
// Call it only after the session and role checks: nothing is read before them.
import type { Readable } from 'node:stream';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError, badRequest, validationFailed } from './errors.ts';
import { refuseUnstorableText } from './input-guard.ts';

// Room for the multipart framing and the small form fields sent beside the file.
const FRAMING_BYTES = 64 * 1024;

export const tooLarge = () => new AppError(413, 'too_large', 'The file is larger than Hearth accepts for an upload');

/** Maps what busboy and the multipart plugin throw to a 413 or a 400. */
export function uploadError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as { code?: string; statusCode?: number };
  if (e.statusCode === 413 || e.code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge();
  return badRequest('The upload is not a valid multipart/form-data body');
}

/** A declared body size over the limit is refused before a byte is read. */
export function refuseDeclaredOversize(req: FastifyRequest, fileSize: number): void {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > fileSize + FRAMING_BYTES) throw tooLarge();
}

/** Busboy would go on reading (and dropping) the rest of an oversized part: stop at the limit instead. */
export function stopAtLimit(file: Readable): void {
  file.once('limit', () => file.destroy(tooLarge()));
}

/** The first file part of the request, with the form fields sent before it. */
export async function openUpload(req: FastifyRequest, fileSize: number, fieldName: string): Promise<MultipartFile> {
  if (!req.isMultipart()) throw badRequest('Send the file as multipart/form-data', { [fieldName]: 'Choose a file' });
  refuseDeclaredOversize(req, fileSize);
  let part: MultipartFile | undefined;
  try {
    part = await req.file({ limits: { fileSize } });
  } catch (err) {
    throw uploadError(err);
  }
  if (!part) throw validationFailed({ [fieldName]: 'Choose a file to upload' });
  stopAtLimit(part.file);
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(part.fields)) {
    const v = Array.isArray(value) ? value[0] : value;
    if (v && v.type === 'field') fields[name] = v.value;
  }
  refuseUnstorableText({ fields, filename: { [fieldName]: part.filename } });
  return part;
}

/** Reads the whole (size-limited) file into memory. */
export async function readUploadData(part: MultipartFile): Promise<Buffer> {
  try {
    return await part.toBuffer();
  } catch (err) {
    throw uploadError(err);
  }
}
