// Which cell of a browser run to list the clients of: the run's parameters, the table, the row
// (its key) and the column (position among the data columns).
import { z } from 'zod';
import { aprRunParams } from '../csv-apr-params.ts';

export const aprCellParams = z.intersection(
  aprRunParams,
  z.object({
    table: z.string().min(1).max(16).describe('Table id, e.g. Q7a'),
    row: z.string().min(1).max(200).describe('Row key, as the browser run gives it'),
    column: z.number().int().min(0).max(100).describe('Column position among the data columns'),
  }),
);
export type AprCellParams = z.infer<typeof aprCellParams>;
