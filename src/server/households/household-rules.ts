// Household rules, checked on the household as it would be after a change:
// exactly one head of household; no minor heads of household outside RHY projects;
// nobody starts before the head of household; no open members under an exited head.
import { RelationshipToHoH } from '../../hud/codes.ts';
import { ageOn } from '../../hud/rules/dates.ts';
import type { FieldErrors } from '../http/errors.ts';

export type PlannedMember = {
  /** Error key prefix, e.g. `members.1`. */
  key: string;
  name: string;
  RelationshipToHoH: number;
  EntryDate: string;
  DOB: string | null;
  ExitDate: string | null;
};

export function checkHousehold(members: PlannedMember[], rhyOn: (date: string) => boolean): FieldErrors {
  const errors: FieldErrors = {};
  const heads = members.filter((m) => m.RelationshipToHoH === RelationshipToHoH.Self);
  if (heads.length === 0) {
    errors.members = 'Choose a head of household: one member must have the relationship "Self (head of household)"';
    return errors;
  }
  if (heads.length > 1) {
    const [, second] = heads;
    if (second)
      errors[`${second.key}.RelationshipToHoH`] =
        `Only one member can be head of household: ${heads.map((h) => h.name).join(' and ')} are all marked Self`;
    return errors;
  }
  const [hoh] = heads;
  if (!hoh) return errors;
  const age = ageOn(hoh.DOB, hoh.EntryDate);
  if (age !== undefined && age < 18 && !rhyOn(hoh.EntryDate)) {
    errors[`${hoh.key}.RelationshipToHoH`] =
      `${hoh.name} is ${age} on the project start date (${hoh.EntryDate}): a minor can be head of household only in an RHY-funded project. Choose an adult as head of household.`;
  }
  for (const m of members) {
    if (m === hoh) continue;
    if (m.EntryDate < hoh.EntryDate)
      errors[`${m.key}.EntryDate`] ??=
        `${m.name}'s project start date cannot be before the head of household's (${hoh.EntryDate})`;
    if (hoh.ExitDate && !m.ExitDate)
      errors[`${hoh.key}.RelationshipToHoH`] ??=
        `${hoh.name} has exited, but ${m.name} is still enrolled: the household needs an enrolled head of household`;
  }
  return errors;
}
