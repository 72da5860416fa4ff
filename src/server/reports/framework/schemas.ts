import { z } from 'zod';

export const reportFormat = z.enum(['xlsx', 'pdf', 'csv']);

export const reportColumnView = z.object({
  key: z.string(),
  label: z.string(),
  type: z.enum(['text', 'number', 'date', 'datetime', 'boolean']),
  pii: z.enum(['name', 'dob', 'ssn']).optional(),
});

export const reportResult = z.object({
  report: z.object({ id: z.string(), title: z.string(), rowsTitle: z.string() }),
  parameters: z.record(z.string(), z.unknown()).describe('The parameters as the report read them'),
  columns: z.array(reportColumnView),
  items: z
    .array(z.record(z.string(), z.unknown()))
    .describe('A page of rows (summary reports: only when drilling into a count)'),
  total: z.number().describe('Rows matching the view (filters, drill-down) before paging'),
  summary: z
    .object({
      groupLabel: z.string(),
      counts: z.array(z.object({ key: z.string(), label: z.string() })),
      groups: z.array(z.object({ key: z.string(), label: z.string(), counts: z.record(z.string(), z.number()) })),
      totals: z.record(z.string(), z.number()),
    })
    .optional(),
  empty: z.string().nullable().describe('Said when the report found nothing'),
  notes: z.array(z.string()),
});
export type ReportResult = z.infer<typeof reportResult>;

export const reportCatalogItem = z.object({
  id: z.string(),
  title: z.string(),
  rowsTitle: z.string(),
  group: z.string(),
  description: z.string(),
});

export const backgroundRunInput = z.object({
  parameters: z.record(z.string(), z.unknown()),
  format: reportFormat.default('xlsx'),
});
