// Reads a Document Check form (multipart/form-data: fields and at most one file, in any order).
// Over the size limit → 413; a file that is not a PDF or an image (by its content, not its name)
// → 415; both with a message a user can act on.
import type { FastifyRequest } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import { AppError, badRequest } from '../http/errors.ts';
import { refuseUnstorableText } from '../http/input-guard.ts';
import { refuseDeclaredOversize, stopAtLimit, uploadError } from '../http/uploads.ts';

export const DOCUMENT_FILE_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/tiff': 'TIFF',
  'image/heic': 'HEIC',
  'image/webp': 'WebP',
};
const KINDS = Object.values(DOCUMENT_FILE_TYPES).join(', ');

export type DocumentFile = { data: Buffer; filename: string; contentType: string };
export type DocumentForm = { fields: Record<string, string>; file: DocumentFile | null };

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export async function readDocumentForm(req: FastifyRequest, limitBytes: number): Promise<DocumentForm> {
  if (!req.isMultipart()) throw badRequest('Send the document as multipart/form-data');
  refuseDeclaredOversize(req, limitBytes);
  const fields: Record<string, string> = {};
  let file: DocumentFile | null = null;
  try {
    for await (const part of req.parts({ limits: { fileSize: limitBytes, files: 1 } })) {
      if (part.type === 'file') {
        stopAtLimit(part.file);
        const data = await part.toBuffer();
        if (data.length) file = { data, filename: part.filename, contentType: part.mimetype };
      } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
    }
  } catch (e) {
    if (uploadError(e).status === 413)
      throw new AppError(413, 'too_large', `The file is larger than the ${megabytes(limitBytes)} limit`, {
        file: `At most ${megabytes(limitBytes)}`,
      });
    if ((e as { code?: string }).code === 'FST_FILES_LIMIT')
      throw badRequest('Send one file per document', { file: 'Send one file per document' });
    throw uploadError(e);
  }
  refuseUnstorableText({ fields, filename: { file: file?.filename ?? '' } });
  if (file) {
    const sniffed = await fileTypeFromBuffer(file.data);
    if (!sniffed || !DOCUMENT_FILE_TYPES[sniffed.mime])
      throw new AppError(415, 'unsupported_media_type', `A Document Check file must be a PDF or an image (${KINDS})`, {
        file: `Upload a PDF or an image (${KINDS})`,
      });
    file.contentType = sniffed.mime;
  }
  return { fields, file };
}
