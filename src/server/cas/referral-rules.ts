// Which 4.20 event a referral to a project is, from the project's type, and the checks a
// referral's outcome must pass (the provider's result and HUD's ReferralResult agree).

import type { ProviderResult } from '../../db/schema/index.ts';
import { EventType, ProjectType, ReferralResult } from '../../hud/codes.ts';

const EVENT_BY_PROJECT_TYPE = new Map<number, number>([
  [ProjectType.EmergencyShelterEntryExit, EventType.EmergencyShelterOpening],
  [ProjectType.EmergencyShelterNightByNight, EventType.EmergencyShelterOpening],
  [ProjectType.TransitionalHousing, EventType.TransitionalHousingOpening],
  [ProjectType.RapidReHousing, EventType.RrhOpening],
  [ProjectType.PermanentSupportiveHousing, EventType.PshOpening],
  [ProjectType.HousingOnly, EventType.OtherPhOpening],
  [ProjectType.HousingWithServices, EventType.OtherPhOpening],
]);

/** The referral event for a project of this type, or undefined when CAS does not refer to it. */
export const referralEventFor = (projectType: number | null) =>
  projectType === null ? undefined : EVENT_BY_PROJECT_TYPE.get(projectType);

export const PROVIDER_RESULT_LABELS: Record<ProviderResult, string> = {
  enrolled: 'Enrolled',
  rejected: 'Rejected',
  no_show: 'No show',
};

/** A message when the provider's result and the referral result disagree. */
export function outcomeMismatch(provider: ProviderResult, result: number): string | null {
  const accepted = result === ReferralResult.SuccessfulClientAccepted;
  if (provider === 'enrolled' && !accepted) return 'An enrolled household is a successful referral: client accepted';
  if (provider !== 'enrolled' && accepted)
    return `“Successful referral: client accepted” means the household was enrolled, not “${PROVIDER_RESULT_LABELS[provider]}”`;
  if (provider === 'no_show' && result !== ReferralResult.UnsuccessfulClientRejected)
    return 'A household that did not show up is an unsuccessful referral: client rejected';
  return null;
}
