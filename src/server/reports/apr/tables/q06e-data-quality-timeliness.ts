// Q6e Data Quality: Timeliness. Days from project start (for starts in the period) and from exit
// to the day the record was entered in HMIS.
import { BOTH, type Pred, type TableDef } from '../table/table-def.ts';
import type { UniverseRow } from '../universe/universe-row.ts';
import { daysBetween, inDq } from './common.ts';

const BUCKETS: { label: string; test: (days: number) => boolean }[] = [
  { label: '< 0 days', test: (d) => d < 0 },
  { label: '0 days', test: (d) => d === 0 },
  { label: '1-3 days', test: (d) => d >= 1 && d <= 3 },
  { label: '4-6 days', test: (d) => d >= 4 && d <= 6 },
  { label: '7-10 days', test: (d) => d >= 7 && d <= 10 },
  { label: '11+ days', test: (d) => d >= 11 },
];

const startDays = (u: UniverseRow, start: string, end: string) =>
  u.entryDate >= start && u.entryDate <= end ? daysBetween(u.entryDate, u.entryCreated.slice(0, 10)) : null;
const exitDays = (u: UniverseRow) =>
  u.exitDate && u.exitCreated ? daysBetween(u.exitDate, u.exitCreated.slice(0, 10)) : null;

const inBucket =
  (test: (d: number) => boolean, days: (u: UniverseRow, start: string, end: string) => number | null): Pred =>
  (u, run) => {
    const d = days(u, run.startDate, run.endDate);
    return d !== null && test(d);
  };

export const q06e: TableDef = {
  id: 'Q6e',
  title: 'Data Quality: Timeliness',
  reports: BOTH,
  rowLabels: true,
  universe: inDq,
  header: () => ['Time for Record Entry', 'Number of Project Start Records', 'Number of Project Exit Records'],
  rows: () =>
    BUCKETS.map((b) => ({
      key: b.label,
      label: b.label,
      cells: [
        { kind: 'count', where: inBucket(b.test, startDays) },
        { kind: 'count', where: inBucket(b.test, exitDays) },
      ],
    })),
};
