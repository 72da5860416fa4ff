// Q6a Data Quality: Personally Identifying Information (PII), of the clients in the data-quality
// counts (Q5a first column).
import type { TableDef } from '../table/table-def.ts';
import { BOTH } from '../table/table-def.ts';
import { inDq } from './common.ts';
import { dobQuality, nameQuality, raceQuality, ssnQuality } from './data-quality.ts';
import { DQ_HEADER, dqRow, q5aDq } from './q06-dq-rows.ts';

const persons = q5aDq('persons');
const anyIssue = (u: Parameters<typeof nameQuality>[0]) =>
  [nameQuality(u), ssnQuality(u), dobQuality(u), raceQuality(u)].some((r) => r !== 'ok');

export const q06a: TableDef = {
  id: 'Q6a',
  title: 'Data Quality: Personally Identifying Information (PII)',
  reports: BOTH,
  rowLabels: true,
  universe: inDq,
  header: () => DQ_HEADER,
  rows: () => [
    dqRow('name', 'Name (3.01)', nameQuality, persons),
    dqRow('ssn', 'Social Security Number (3.02)', ssnQuality, persons),
    dqRow('dob', 'Date of Birth (3.03)', dobQuality, persons),
    dqRow('race', 'Race and Ethnicity (3.04)', raceQuality, persons, { issue: false }),
    dqRow('overall', 'Overall Score', (u) => (anyIssue(u) ? 'issue' : 'ok'), persons, {
      dk: false,
      missing: false,
      issue: false,
    }),
  ],
};
