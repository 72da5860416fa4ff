// Which project fields HUD collects for which project type. Pure, so the web form shows and
// hides fields by the same rules the server validates with.
import { EMERGENCY_SHELTER_TYPES, ProjectType, RRHSubType } from '../../hud/codes.ts';

// HUD 2.02.D: Housing Type is collected for these project types (and RRH housing sub-type).
const HOUSING_TYPE_PROJECTS: readonly number[] = [
  ProjectType.EmergencyShelterEntryExit,
  ProjectType.EmergencyShelterNightByNight,
  ProjectType.TransitionalHousing,
  ProjectType.PermanentSupportiveHousing,
  ProjectType.SafeHaven,
  ProjectType.HousingOnly,
  ProjectType.HousingWithServices,
];

export function housingTypeApplies(type: number | null, rrhSubType: number | null): boolean {
  if (type === null) return false;
  if (type === ProjectType.RapidReHousing) return rrhSubType === RRHSubType.HousingWithOrWithoutServices;
  return HOUSING_TYPE_PROJECTS.includes(type);
}

/** HUD 2.02.B: asked of services-only projects and RRH services-only projects. */
export function residentialAffiliationApplies(type: number | null, rrhSubType: number | null): boolean {
  return (
    type === ProjectType.ServicesOnly || (type === ProjectType.RapidReHousing && rrhSubType === RRHSubType.ServicesOnly)
  );
}

/** Emergency shelters record Availability and ESBedType on their inventory. */
export const isEmergencyShelter = (type: number | null) => type !== null && EMERGENCY_SHELTER_TYPES.includes(type);

// HUD 2.07: bed and unit inventory is recorded for residential projects only.
const RESIDENTIAL_PROJECTS: readonly number[] = [...HOUSING_TYPE_PROJECTS, ProjectType.RapidReHousing];
export const inventoryApplies = (type: number | null) => type !== null && RESIDENTIAL_PROJECTS.includes(type);
