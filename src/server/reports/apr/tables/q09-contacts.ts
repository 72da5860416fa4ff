// What Q9a and Q9b share: adults and heads of household of street outreach and night-by-night
// shelters, by the number of contacts up to engagement (4.12, with the date of engagement itself)
// and where they were staying at the first contact.
import { ProjectType } from '../../../../hud/codes.ts';
import type { Line, Pred } from '../table/table-def.ts';
import { adultOrHoH } from './common.ts';

export const inContactProject: Pred = (u, run) =>
  adultOrHoH(u, run) &&
  (u.projectType === ProjectType.StreetOutreach || u.projectType === ProjectType.EmergencyShelterNightByNight);

export const engagedInPeriod: Pred = (u, run) =>
  u.dateOfEngagement !== null && u.dateOfEngagement >= run.startDate && u.dateOfEngagement <= run.endDate;

export const CONTACT_COLUMNS: readonly Line[] = [
  { label: 'All Persons Contacted' },
  { label: 'First contact – NOT staying on the Streets, ES, or SH', where: (u) => u.firstContact === 'not_homeless' },
  { label: 'First contact – WAS staying on Streets, ES, or SH', where: (u) => u.firstContact === 'homeless' },
  { label: 'First contact – Worker unable to determine', where: (u) => u.firstContact === 'unknown' },
];

const contacts =
  (min: number, max = Number.POSITIVE_INFINITY): Pred =>
  (u) =>
    u.contacts !== null && u.contacts >= min && u.contacts <= max;

export const contactRows = (unit: string, total: string): Line[] => [
  { key: 'once', label: 'Once', where: contacts(1, 1) },
  { key: '2-5', label: `2-5 ${unit}`, where: contacts(2, 5) },
  { key: '6-9', label: `6-9 ${unit}`, where: contacts(6, 9) },
  { key: '10+', label: `10+ ${unit}`, where: contacts(10) },
  { key: 'total', label: total, where: contacts(1) },
];
