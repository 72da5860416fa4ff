// What every renderer takes: a document of named tables, each with typed columns and plain rows.
// Reports (the framework) and other features (the HUD APR: a sheet per table) build these.
import { hudNow } from '../../http/ids.ts';

export type ColumnType = 'text' | 'number' | 'date' | 'datetime' | 'boolean';
export type CellValue = string | number | boolean | null | undefined;

export type OutputColumn = {
  key: string;
  label: string;
  /** date: 'yyyy-mm-dd'; datetime: an ISO instant, shown in the CoC's local time; other text is written as is. */
  type: ColumnType;
};

export type OutputTable = {
  /** Sheet name in Excel, heading in the PDF. */
  name: string;
  columns: OutputColumn[];
  rows: Record<string, CellValue>[];
};

/** The renderers' own words, for a document in another language (English by default). */
export type OutputWords = {
  /** Excel: the sheet holding the title and lines. */
  about: string;
  /** PDF: said for a table without rows. */
  noRows: string;
  /** PDF footer: `{n}` and `{count}` filled in. */
  page: string;
};

export const ENGLISH_WORDS: OutputWords = {
  about: 'About this report',
  noRows: 'No rows.',
  page: 'Page {n} of {count}',
};

export type OutputDocument = {
  title: string;
  /** Lines under the title: the parameters the report ran with, notes. */
  lines?: string[];
  tables: OutputTable[];
  words?: OutputWords;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A cell as text, the same in CSV, PDF and on screen downloads: dates yyyy-mm-dd, times local. */
export function cellText(value: CellValue, type: ColumnType): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (type === 'datetime' && typeof value === 'string') {
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? value : hudNow(d);
  }
  return String(value);
}

/** A date cell as a spreadsheet date (UTC midnight), or undefined when it is not a plain date (e.g. masked). */
export function cellDate(value: CellValue): Date | undefined {
  if (typeof value !== 'string' || !DATE.test(value)) return undefined;
  return new Date(`${value}T00:00:00Z`);
}
