// The parameters of an APR / CAPER run (the browser) and of a CSV-APR / CSV-CAPER run (the export),
// as the screens and the API take them.
import { z } from 'zod';

const id = z.string().min(1).max(32);

const runFields = {
  reportType: z.enum(['APR', 'CAPER']).describe('APR (CoC) or CAPER (ESG)'),
  startDate: z.iso.date().describe('First day of the operating year (yyyy-mm-dd)'),
  endDate: z.iso.date().describe('Last day of the operating year (yyyy-mm-dd)'),
  projectIds: z.array(id).max(5000).describe('The projects to report on (Sage takes one per upload)'),
};

type RunFields = { startDate: string; endDate: string; projectIds: string[] };

function checkRun(p: RunFields, ctx: z.RefinementCtx) {
  if (p.startDate > p.endDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date must be on or after the start date' });
  }
  if (p.projectIds.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['projectIds'], message: 'Choose at least one project' });
  }
}

const savedRunId = id
  .optional()
  .describe('A run saved to Files on Server (its job id): its tables and clients instead of today’s data');

export const aprRunParams = z.object({ ...runFields, savedRunId }).superRefine(checkRun);
export type AprRunParams = z.infer<typeof aprRunParams>;

/** A run to save to Files on Server: today's data, so no saved run named. */
export const aprSaveParams = z.object(runFields).superRefine(checkRun);

export const csvAprParams = z
  .object({
    ...runFields,
    generateValidationFile: z
      .boolean()
      .default(false)
      .describe('Also write the client-level validation file (password-protected zip)'),
    validationPassword: z
      .string()
      .max(256)
      .optional()
      .describe('Password of the validation zip; required unless acceptUnencrypted'),
    acceptUnencrypted: z
      .boolean()
      .default(false)
      .describe('The user takes responsibility for an unencrypted validation file'),
  })
  .superRefine(checkRun);

export type CsvAprParams = z.infer<typeof csvAprParams>;

/** A browser run as a download link's querystring: projectIds repeated (one or several). */
export const aprDownloadQuery = z
  .object({
    ...runFields,
    projectIds: z.preprocess((v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]), runFields.projectIds),
    savedRunId,
    format: z.enum(['xlsx', 'pdf']).describe('Excel (a sheet per table) or PDF'),
  })
  .superRefine(checkRun);
