// Who the demo's recent households are and when they came and left, worked out from the day the
// demo starts (no randomness: every first start gives the same picture, shifted to its date).
import {
  DOBDataQuality,
  ExitDestination,
  LivingSituation,
  NoYes,
  NoYesReasons,
  SSNDataQuality,
} from '../../hud/codes.ts';
import { addDays, daysBetween } from '../../hud/rules/dates.ts';
import { monthsBack } from '../../server/dashboard/months.ts';

export type Role = 'head' | 'partner' | 'child';
/** Gaps left in a household's records, for the data-quality views to find. */
export type Gap = 'ssn' | 'dob' | 'race' | 'disability' | 'income';

export type DemoClient = {
  FirstName: string;
  LastName: string;
  NameDataQuality: number;
  SSN: string | null;
  SSNDataQuality: number;
  DOB: string | null;
  DOBDataQuality: number;
  Sex: number;
  AmIndAKNative: number;
  Asian: number;
  BlackAfAmerican: number;
  HispanicLatinao: number;
  MidEastNAfrican: number;
  NativeHIPacific: number;
  White: number;
  RaceNone: number | null;
  VeteranStatus: number;
};

export type DemoHousehold = {
  key: string;
  organizationId: 'ORG-HHP' | 'ORG-ODO';
  projectId: string;
  /** Who typed the records in, and how many days after the entry date. */
  userId: string;
  entryLag: number;
  caseManager: string | null;
  entryDate: string;
  moveInDate?: string;
  exit?: { date: string; destination: number; lag: number };
  livingSituation: number;
  gaps: Gap[];
  members: { role: Role; client: DemoClient }[];
};

const FIRST = [
  'Marisol',
  'Desmond',
  'Imani',
  'Tobias',
  'Yesenia',
  'Gareth',
  'Anouk',
  'Rashad',
  'Lucinda',
  'Emeka',
  'Priya',
  'Cormac',
  'Soledad',
  'Dmitri',
  'Keisha',
  'Anselm',
  'Noor',
  'Bartholomew',
  'Itzel',
  'Kwame',
  'Rosalind',
  'Henrik',
  'Zainab',
  'Leopold',
  'Adaeze',
  'Florian',
  'Graciela',
  'Oswin',
  'Temperance',
  'Ezequiel',
];
const LAST = [
  'Benavides',
  'Okonkwo',
  'Lindqvist',
  'Castellanos',
  'Whitfield',
  'Nakamura',
  'Delgado',
  'Fairbanks',
  'Kowalski',
  'Moreau',
  'Ibarra',
  'Pemberton',
  'Sandoval',
  'Yilmaz',
  'Ferreira',
  'Gallagher',
  'Ostrowski',
  'Rahimi',
  'Thibodeaux',
  'Villanueva',
  'Ashworth',
  'Mbeki',
  'Esposito',
  'Marchetti',
  'Underwood',
  'Adeyemi',
  'Brennan',
  'Caldwell',
  'Duarte',
  'Fontaine',
  'Greer',
  'Ingram',
  'Jaramillo',
];
const CHILD_FIRST = ['Mateo', 'Amara', 'Jonah', 'Lucia', 'Kofi', 'Elodie', 'Ravi', 'Wren', 'Santiago', 'Nia'];
const RACES = ['White', 'BlackAfAmerican', 'HispanicLatinao', 'Asian', 'AmIndAKNative', 'MidEastNAfrican'] as const;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function person(serial: number, role: Role, lastName: string, today: string, gaps: Gap[]): DemoClient {
  const head = role === 'head';
  const year = Number(today.slice(0, 4));
  const DOB =
    role === 'child'
      ? `${year - 2 - (serial % 12)}-${pad((serial * 5) % 12 || 12)}-${pad(3 + ((serial * 11) % 25))}`
      : `${1958 + ((serial * 7) % 42)}-${pad(((serial * 5) % 12) + 1)}-${pad(5 + ((serial * 11) % 23))}`;
  const race = RACES[serial % RACES.length] ?? 'White';
  const noRace = head && gaps.includes('race');
  const races = Object.fromEntries(RACES.map((r) => [r, !noRace && r === race ? NoYes.Yes : NoYes.No]));
  return {
    FirstName:
      role === 'child' ? (CHILD_FIRST[serial % CHILD_FIRST.length] ?? 'Sam') : (FIRST[serial % FIRST.length] ?? 'Sam'),
    LastName: lastName,
    NameDataQuality: 1,
    SSN:
      head && gaps.includes('ssn')
        ? null
        : `${100 + ((serial * 37) % 500)}${pad(10 + (serial % 89))}${pad(1000 + ((serial * 13) % 8999), 4)}`,
    SSNDataQuality: head && gaps.includes('ssn') ? SSNDataQuality.DataNotCollected : SSNDataQuality.Full,
    DOB: head && gaps.includes('dob') ? null : DOB,
    DOBDataQuality: head && gaps.includes('dob') ? DOBDataQuality.ClientDoesntKnow : DOBDataQuality.Full,
    Sex: serial % 2,
    AmIndAKNative: races.AmIndAKNative ?? 0,
    Asian: races.Asian ?? 0,
    BlackAfAmerican: races.BlackAfAmerican ?? 0,
    HispanicLatinao: races.HispanicLatinao ?? 0,
    MidEastNAfrican: races.MidEastNAfrican ?? 0,
    NativeHIPacific: NoYes.No,
    White: races.White ?? 0,
    RaceNone: noRace ? NoYesReasons.ClientDoesntKnow : null,
    VeteranStatus: role === 'child' ? NoYesReasons.DataNotCollected : NoYesReasons.No,
  };
}

type Shape = { projectId: string; org: 'ORG-HHP' | 'ORG-ODO'; roles: Role[]; caseManager: string | null };

const HHP = (projectId: string, roles: Role[]): Shape => ({ projectId, org: 'ORG-HHP', roles, caseManager: 'USR-CM' });
const ODO = (projectId: string): Shape => ({ projectId, org: 'ORG-ODO', roles: ['head'], caseManager: 'USR-CM2' });
// The family shelter takes half the arrivals; families with children go to family projects only.
const CYCLE: Shape[] = [
  HHP('PRJ-ES', ['head', 'child']),
  HHP('PRJ-TH', ['head']),
  HHP('PRJ-ES', ['head']),
  HHP('PRJ-RRH', ['head', 'partner', 'child']),
  HHP('PRJ-ES', ['head', 'partner']),
  HHP('PRJ-PSH', ['head']),
];
/** Days a household stays, by project (none: still there). */
const STAY: Record<string, (i: number) => number | null> = {
  'PRJ-ES': (i) => 40 + ((i * 13) % 60),
  'PRJ-TH': (i) => 150 + ((i * 17) % 120),
  'PRJ-RRH': (i) => 120 + ((i * 11) % 150),
  'PRJ-PSH': () => null,
  'PRJ-NBN': (i) => (i % 3 === 0 ? null : 10 + ((i * 7) % 40)),
  'PRJ-SO': () => null,
  'PRJ-SSO': (i) => 60 + i * 5,
};
const DESTINATIONS = [
  ExitDestination.RentalByClientNoSubsidy,
  ExitDestination.FamilyPermanent,
  ExitDestination.RentalByClientWithSubsidy,
  ExitDestination.FriendsTemporary,
  ExitDestination.EmergencyShelter,
];
const GAPS: [Gap, (i: number) => boolean][] = [
  ['ssn', (i) => i % 9 === 2],
  ['dob', (i) => i % 9 === 5],
  ['race', (i) => i % 12 === 7],
  ['disability', (i) => i % 10 === 3],
  ['income', (i) => i % 14 === 6],
];

/** Every demo household, oldest arrival first. */
export function demoHouseholds(today: string): DemoHousehold[] {
  const plans: { shape: Shape; daysAgo: number; stay: number | null; managers?: boolean }[] = [];
  // Arrivals every six days over the last year, the first today.
  for (let i = 0; i < 60; i++) {
    const shape = CYCLE[i % CYCLE.length] as Shape;
    plans.push({
      shape,
      daysAgo: i * 6 + ((i * 7) % 4),
      stay: STAY[shape.projectId]?.(i) ?? null,
      managers: i % 5 === 4,
    });
  }
  // Households that came before and left in each month of the year (this month: today at the latest).
  for (const [k, month] of monthsBack(today, 12).entries()) {
    const shape = HHP(k % 2 ? 'PRJ-TH' : 'PRJ-RRH', k % 3 ? ['head'] : ['head', 'child']);
    const left = [addDays(month.start, 9), today].sort()[0] as string;
    const stay = 100 + 10 * k;
    plans.push({ shape, daysAgo: daysBetween(left, today) + stay, stay });
  }
  // Stayers a year in: annual assessments due now (two) and overdue (two).
  for (const [j, daysAgo] of [360, 372, 405, 416].entries())
    plans.push({ shape: HHP(j % 2 ? 'PRJ-RRH' : 'PRJ-PSH', ['head']), daysAgo, stay: null });
  // Open Door Outreach: the night shelter, street outreach and supportive services.
  for (let i = 0; i < 14; i++) {
    const projectId = i < 8 ? 'PRJ-NBN' : i < 11 ? 'PRJ-SO' : 'PRJ-SSO';
    plans.push({ shape: ODO(projectId), daysAgo: 3 + i * 13, stay: STAY[projectId]?.(i) ?? null });
  }

  let serial = 0;
  return plans.map(({ shape, daysAgo, stay, managers }, i) => {
    const entryDate = addDays(today, -daysAgo);
    const exitDate = stay !== null && stay <= daysAgo ? addDays(entryDate, stay) : undefined;
    const gaps = GAPS.filter(([, applies]) => applies(i)).map(([g]) => g);
    const lastName = LAST[i % LAST.length] ?? 'Demo';
    const members = shape.roles.map((role) => ({ role, client: person(serial++, role, lastName, today, gaps) }));
    const housed = shape.projectId === 'PRJ-RRH' || shape.projectId === 'PRJ-PSH';
    return {
      key: String(i + 1).padStart(3, '0'),
      organizationId: shape.org,
      projectId: shape.projectId,
      userId: shape.caseManager ?? 'USR-CM',
      entryLag: Math.min(daysAgo, i % 11 === 4 ? 14 : i % 7 === 3 ? 5 : i % 3),
      // Every fifth arrival at Hearth Housing Partners is the program manager's own case.
      caseManager: managers ? 'USR-MANAGER' : shape.caseManager,
      entryDate,
      moveInDate: housed && addDays(entryDate, 20) <= today ? addDays(entryDate, 20) : undefined,
      exit: exitDate
        ? {
            date: exitDate,
            destination: DESTINATIONS[i % DESTINATIONS.length] as number,
            lag: Math.min(1, daysBetween(exitDate, today)),
          }
        : undefined,
      livingSituation: i % 2 ? LivingSituation.EmergencyShelter : LivingSituation.PlaceNotMeantForHabitation,
      gaps,
      members,
    };
  });
}
