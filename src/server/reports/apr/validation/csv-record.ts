// One CSV record of the validation file: a field is quoted (quotes doubled) when it holds a comma,
// a quote or a line break, and written as is otherwise; records end in CRLF. What csv-stringify
// writes, a few million times per file at a fraction of its cost (docs/decisions.md), except
// that a lone CR or LF is quoted too (csv-stringify leaves it bare when the record delimiter is
// CRLF, which breaks the record in two for any reader).
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvRecord(fields: readonly string[]): string {
  let out = '';
  for (let i = 0; i < fields.length; i++) out += (i ? ',' : '') + csvField(fields[i] as string);
  return `${out}\r\n`;
}
