// HUD's rules across fields of a project and its sub-records. Returns a message per bad field,
// keyed by the field's path in the request body (`funders.0.EndDate`), so forms can show it.
import { FundingSource, HMISParticipationType, NoYes, ProjectType } from '../../hud/codes.ts';
import type { FieldErrors } from '../http/errors.ts';
import { endsBeforeStart } from './hud-fields.ts';
import { BED_SUB_COUNTS, type ProjectInput } from './project.schema.ts';
import {
  housingTypeApplies,
  inventoryApplies,
  isEmergencyShelter,
  residentialAffiliationApplies,
} from './project-rules.ts';

export function validateProject(p: ProjectInput, org: { VictimServiceProvider: number } | undefined): FieldErrors {
  const errors: FieldErrors = {};
  const type = p.ProjectType;
  if (!org) errors.OrganizationID = 'Choose an organization that exists';
  if (endsBeforeStart(p.OperatingStartDate, p.OperatingEndDate))
    errors.OperatingEndDate = 'Operating end date cannot be before the operating start date';
  if (type === null && p.ContinuumProject === NoYes.Yes)
    errors.ProjectType = 'Choose the project type: every Continuum project has one';

  if (type === ProjectType.RapidReHousing && p.RRHSubType === null)
    errors.RRHSubType = 'Choose the RRH sub-type for a rapid re-housing project';
  if (type !== ProjectType.RapidReHousing && p.RRHSubType !== null)
    errors.RRHSubType = 'The RRH sub-type applies only to rapid re-housing projects';

  const housing = housingTypeApplies(type, p.RRHSubType);
  if (housing && p.HousingType === null) errors.HousingType = 'Choose the housing type for this kind of project';
  if (!housing && p.HousingType !== null)
    errors.HousingType = 'Housing type applies only to shelters, transitional, safe haven and housing projects';

  const affiliation = residentialAffiliationApplies(type, p.RRHSubType);
  if (affiliation && p.ResidentialAffiliation === null)
    errors.ResidentialAffiliation = 'Say whether the project is affiliated with a residential project';
  if (!affiliation && p.ResidentialAffiliation !== null)
    errors.ResidentialAffiliation =
      'Residential affiliation applies only to services-only and RRH services-only projects';

  if (p.ContinuumProject === NoYes.Yes && p.cocs.length === 0)
    errors.cocs = 'Add the CoC the project operates in: every Continuum project needs one';
  const seen = new Set<string>();
  p.cocs.forEach((c, i) => {
    if (seen.has(c.CoCCode)) errors[`cocs.${i}.CoCCode`] = `The project already has a CoC record for ${c.CoCCode}`;
    seen.add(c.CoCCode);
  });

  p.funders.forEach((f, i) => {
    const at = `funders.${i}`;
    if (f.Funder === FundingSource.LocalOrOther && !f.OtherFunder)
      errors[`${at}.OtherFunder`] = 'Name the funder when the source is "Local or Other Funding Source"';
    if (f.Funder !== FundingSource.LocalOrOther && f.OtherFunder)
      errors[`${at}.OtherFunder`] = 'Other funder is only for "Local or Other Funding Source"';
    if (endsBeforeStart(f.StartDate, f.EndDate))
      errors[`${at}.EndDate`] = 'Grant end date cannot be before the grant start date';
  });

  if (p.inventory.length && !inventoryApplies(type))
    errors.inventory =
      'Bed and unit inventory is recorded only for shelters, transitional, safe haven and housing projects; remove it';
  const shelter = isEmergencyShelter(type);
  p.inventory.forEach((inv, i) => {
    const at = `inventory.${i}`;
    if (!seen.has(inv.CoCCode))
      errors[`${at}.CoCCode`] = 'Choose one of the CoC codes the project operates in (add it under CoC first)';
    if (shelter && inv.Availability === null) errors[`${at}.Availability`] = 'Choose the availability of this shelter';
    if (!shelter && inv.Availability !== null)
      errors[`${at}.Availability`] = 'Availability applies only to emergency shelters';
    if (shelter && inv.ESBedType === null) errors[`${at}.ESBedType`] = 'Choose the bed type of this shelter';
    if (!shelter && inv.ESBedType !== null) errors[`${at}.ESBedType`] = 'Bed type applies only to emergency shelters';
    const dedicated = BED_SUB_COUNTS.reduce((sum, k) => sum + (inv[k] ?? 0), 0);
    if (dedicated !== inv.BedInventory)
      errors[`${at}.BedInventory`] =
        `Total beds (${inv.BedInventory}) must equal the dedicated and other beds added together (${dedicated})`;
    if (inv.UnitInventory > inv.BedInventory)
      errors[`${at}.UnitInventory`] = 'A project cannot have more units than beds';
    if (inv.InventoryStartDate < p.OperatingStartDate)
      errors[`${at}.InventoryStartDate`] = "Inventory cannot start before the project's operating start date";
    if (endsBeforeStart(inv.InventoryStartDate, inv.InventoryEndDate))
      errors[`${at}.InventoryEndDate`] = 'Inventory end date cannot be before its start date';
    else if (p.OperatingEndDate && (inv.InventoryEndDate ?? '9999-12-31') > p.OperatingEndDate)
      errors[`${at}.InventoryEndDate`] = "Inventory must end by the project's operating end date";
  });

  p.participations.forEach((h, i) => {
    const at = `participations.${i}`;
    if (endsBeforeStart(h.HMISParticipationStatusStartDate, h.HMISParticipationStatusEndDate))
      errors[`${at}.HMISParticipationStatusEndDate`] = 'Participation end date cannot be before its start date';
    if (org?.VictimServiceProvider === NoYes.Yes && h.HMISParticipationType === HMISParticipationType.HmisParticipating)
      errors[`${at}.HMISParticipationType`] =
        'A victim service provider may not enter data in HMIS; choose Comparable Database Participating';
  });
  p.ceParticipations.forEach((c, i) => {
    const at = `ceParticipations.${i}`;
    if (endsBeforeStart(c.CEParticipationStatusStartDate, c.CEParticipationStatusEndDate))
      errors[`${at}.CEParticipationStatusEndDate`] = 'CE participation end date cannot be before its start date';
    if (c.AccessPoint !== NoYes.Yes) return;
    // An access point says which assessments and services it offers (HUD 2.09).
    for (const k of ['PreventionAssessment', 'CrisisAssessment', 'HousingAssessment', 'DirectServices'] as const)
      if (c[k] === null) errors[`${at}.${k}`] = 'Answer this for a CE access point';
  });
  return errors;
}
