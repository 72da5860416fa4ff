// Date rules of an enrollment: the start date within the project's operating period and not
// in the future; move-in, engagement and status dates inside the stay.
import { PERMANENT_HOUSING_TYPES } from '../../hud/codes.ts';
import type { Answers } from '../assessments/schemas.ts';
import type { FieldErrors } from '../http/errors.ts';
import type { ProjectContext } from './load-project.ts';

type Stay = { entry: string; exit: string | null; today: string; prefix: string };

const DATE_FIELDS: readonly (readonly [string, string])[] = [
  ['MoveInDate', 'The housing move-in date'],
  ['DateOfEngagement', 'The date of engagement'],
  ['DateOfPATHStatus', 'The date of PATH status'],
  ['DateOfBCPStatus', 'The date of RHY-BCP status'],
];

export function checkEnrollmentDates(project: ProjectContext, e: Answers, s: Stay): FieldErrors {
  const errors: FieldErrors = {};
  const start = `${s.prefix}.EntryDate`;
  if (s.entry > s.today) errors[start] = `The project start date (${s.entry}) cannot be in the future`;
  else if (s.entry < project.OperatingStartDate)
    errors[start] =
      `The project start date cannot be before ${project.ProjectName} began operating (${project.OperatingStartDate})`;
  else if (project.OperatingEndDate && s.entry > project.OperatingEndDate)
    errors[start] =
      `The project start date cannot be after ${project.ProjectName} stopped operating (${project.OperatingEndDate})`;
  if (
    typeof e.MoveInDate === 'string' &&
    !(project.ProjectType !== null && PERMANENT_HOUSING_TYPES.includes(project.ProjectType))
  )
    errors[`${s.prefix}.Enrollment.MoveInDate`] =
      'A housing move-in date is recorded only in permanent housing projects';
  for (const [field, label] of DATE_FIELDS) {
    const v = e[field];
    if (typeof v !== 'string') continue;
    const key = `${s.prefix}.Enrollment.${field}`;
    if (v < s.entry) errors[key] ??= `${label} cannot be before the project start date (${s.entry})`;
    else if (s.exit && v > s.exit) errors[key] ??= `${label} cannot be after the exit date (${s.exit})`;
    else if (v > s.today) errors[key] ??= `${label} cannot be in the future`;
  }
  return errors;
}

/** Puts the person's name in front of each message, so a household's errors say whose they are. */
export function namedErrors(name: string, errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [k, v] of Object.entries(errors)) out[k] = v.startsWith(name) ? v : `${name}: ${v}`;
  return out;
}
