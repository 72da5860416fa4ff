// The validation file's CSV records are what csv-stringify writes, and stay one record per line.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvRecord } from './csv-record.ts';

const FIELDS = ['C1', '', 'Adults', 'a,b', 'say "yes"', ' padded ', '=1+2', 'Moved in — 30 days', 'x\ty', 'ä,"ö"'];

describe('validation file CSV records', () => {
  it('are written as csv-stringify writes them', () => {
    const records = [FIELDS, [...FIELDS].reverse(), ['only']];
    expect(records.map(csvRecord).join('')).toBe(stringify(records, { record_delimiter: '\r\n' }));
  });

  it('quote a lone line break, so a reader gets the field back in one record', () => {
    const line = csvRecord(['a\nb', 'c\rd', 'e\r\nf', 'g']);
    expect(parse(line)).toEqual([['a\nb', 'c\rd', 'e\r\nf', 'g']]);
  });
});
