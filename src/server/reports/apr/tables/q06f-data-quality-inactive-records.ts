// Q6f Data Quality: Inactive Records: Street Outreach and Emergency Shelter. Stayers enrolled at
// least 90 days before the report end with no contact (street outreach, PATH-funded services
// only) or no bed night (night-by-night shelter) in the last 90 days of the period.
import { FundingSource, ProjectType } from '../../../../hud/codes.ts';
import { BOTH, type Pred, type TableDef } from '../table/table-def.ts';
import type { UniverseRow } from '../universe/universe-row.ts';
import { adultOrHoH, daysBetween } from './common.ts';

const enrolledAtLeast90Days = (u: UniverseRow, end: string) => u.stayer && daysBetween(u.entryDate, end) >= 90;

const contactRecord: Pred = (u, run) =>
  enrolledAtLeast90Days(u, run.endDate) &&
  adultOrHoH(u, run) &&
  ((u.projectType === ProjectType.StreetOutreach && u.includedInDq) ||
    (u.projectType === ProjectType.ServicesOnly &&
      (run.projects.find((p) => p.projectId === u.projectId)?.funders ?? []).includes(
        FundingSource.PathStreetOutreach,
      )));
const noContact: Pred = (u, run) => daysBetween(u.lastContactDate ?? u.entryDate, run.endDate) > 90;

const bedNightRecord: Pred = (u, run) =>
  enrolledAtLeast90Days(u, run.endDate) && u.projectType === ProjectType.EmergencyShelterNightByNight;
const noBedNight: Pred = (u, run) => u.lastBedNightDate === null || daysBetween(u.lastBedNightDate, run.endDate) > 90;

const row = (key: string, label: string, where: Pred, inactive: Pred) => ({
  key,
  label,
  where,
  cells: [
    { kind: 'count' as const },
    { kind: 'count' as const, where: inactive },
    {
      kind: 'formula' as const,
      format: 'rate' as const,
      rowsOf: { row: key, col: 1 },
      compute: (get: (t: string, r: string, c: number) => number | null) => {
        const all = get('', key, 0) ?? 0;
        return all ? (get('', key, 1) ?? 0) / all : 0;
      },
    },
  ],
});

export const q06f: TableDef = {
  id: 'Q6f',
  title: 'Data Quality: Inactive Records: Street Outreach & Emergency Shelter',
  reports: BOTH,
  rowLabels: true,
  header: () => ['Data Element', '# of Records', '# of Inactive Records', '% of Inactive Records'],
  rows: () => [
    row(
      'contact',
      'Contact (Adults and Heads of Household in Street Outreach or PATH-funded SSO)',
      contactRecord,
      noContact,
    ),
    row('bedNight', 'Bed Night (All clients in ES – NBN)', bedNightRecord, noBedNight),
  ],
};
