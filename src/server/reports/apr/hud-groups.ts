// Groups of HUD codes the APR and CAPER rules speak of, derived from HUD's own lists so no rule
// carries a bare number. Living situations and destinations are numbered by HUD in hundreds:
// 1xx homeless, 2xx institutional, 3xx temporary, 4xx permanent; the rest (8, 9, 17, 24, 30, 37,
// 99) are "other" answers.
import { type HudListName, hudLists, PERMANENT_HOUSING_TYPES, ProjectType } from '../../../hud/codes.ts';

export type SituationClass = 'homeless' | 'institutional' | 'temporary' | 'permanent' | 'other';

const CLASS_BY_HUNDRED: Record<number, SituationClass> = {
  1: 'homeless',
  2: 'institutional',
  3: 'temporary',
  4: 'permanent',
};

export function situationClass(code: number): SituationClass {
  return CLASS_BY_HUNDRED[Math.floor(code / 100)] ?? 'other';
}

/** The codes of a HUD situation list (PriorLivingSituation, Destination, CurrentLivingSituation) in one class. */
export function situationsIn(list: HudListName, cls: SituationClass): number[] {
  return Object.keys(hudLists[list].values)
    .map(Number)
    .filter((c) => situationClass(c) === cls);
}

/** A comma-separated SQL list of codes (numbers from HUD's lists, never user input). */
export const sqlList = (codes: readonly number[]): string => {
  if (!codes.length) throw new Error('empty code list');
  return codes.map((c) => Number(c).toString()).join(', ');
};

/** Project types that record a Housing Move-In Date (PSH, PH, RRH). */
export const MOVE_IN_TYPES = PERMANENT_HOUSING_TYPES;

/** Project types whose clients' homeless history is the project itself (3.917 A). */
export const LITERALLY_HOMELESS_PROJECT_TYPES: readonly number[] = [
  ProjectType.EmergencyShelterEntryExit,
  ProjectType.EmergencyShelterNightByNight,
  ProjectType.StreetOutreach,
  ProjectType.SafeHaven,
];
