// The rules every document write checks: a document type the CoC uses, a status with its
// verification date, and no expiry before the verification date. Errors name the field.
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/connect.ts';
import { documentTypeTable } from '../../db/schema/index.ts';
import { type FieldErrors, validationFailed } from '../http/errors.ts';
import { hudToday } from '../http/ids.ts';
import { type DocumentFields, documentFields } from './schemas.ts';

export type CheckedDocument = {
  documentTypeId: string;
  status: DocumentFields['status'];
  verifiedOn: string | null;
  expiresOn: string | null;
  note: string | null;
};

/** Parses form fields (all text) or a JSON body into checked document values; 400 naming the field. */
export async function checkDocumentFields(db: DbOrTx, input: unknown): Promise<CheckedDocument> {
  const parsed = documentFields.safeParse(input);
  if (!parsed.success) throw validationFailed(fieldErrors(parsed.error));
  const v = parsed.data;
  const errors: FieldErrors = {};
  const [type] = await db
    .select({ id: documentTypeTable.id })
    .from(documentTypeTable)
    .where(and(eq(documentTypeTable.id, v.documentTypeId), eq(documentTypeTable.active, true)));
  if (!type) errors.documentTypeId = 'The CoC does not use this document type: choose one from its list';
  const today = hudToday();
  let verifiedOn = v.verifiedOn ?? null;
  if (v.status === 'verified') verifiedOn ??= today;
  else if (v.status !== 'expired' && verifiedOn)
    errors.verifiedOn = 'Only a verified document has a verification date: set the status to verified';
  if (verifiedOn && verifiedOn > today) errors.verifiedOn = 'The verification date cannot be in the future';
  const expiresOn = v.expiresOn ?? null;
  if (expiresOn && verifiedOn && expiresOn < verifiedOn)
    errors.expiresOn = `The expiry date (${expiresOn}) is before the verification date (${verifiedOn})`;
  if (Object.keys(errors).length) throw validationFailed(errors);
  return { documentTypeId: v.documentTypeId, status: v.status, verifiedOn, expiresOn, note: v.note };
}

function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) out[issue.path.join('.') || 'body'] ??= issue.message;
  return out;
}
