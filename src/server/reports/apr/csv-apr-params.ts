// The parameters of a CSV-APR / CSV-CAPER run, as the screen and the API take them.
import { z } from 'zod';

const id = z.string().min(1).max(32);

export const csvAprParams = z
  .object({
    reportType: z.enum(['APR', 'CAPER']).describe('APR (CoC) or CAPER (ESG)'),
    startDate: z.iso.date().describe('First day of the operating year (yyyy-mm-dd)'),
    endDate: z.iso.date().describe('Last day of the operating year (yyyy-mm-dd)'),
    projectIds: z.array(id).max(5000).describe('The projects to report on (Sage takes one per upload)'),
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
  .superRefine((p, ctx) => {
    if (p.startDate > p.endDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date must be on or after the start date' });
    }
    if (p.projectIds.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['projectIds'], message: 'Choose at least one project' });
    }
  });

export type CsvAprParams = z.infer<typeof csvAprParams>;
