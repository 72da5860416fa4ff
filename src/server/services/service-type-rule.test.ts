// The rule on which HUD-mapped service types a project records, per RecordType × project type and
// funder, as the FY2026 HMIS Data Dictionary's "Funder: Program-Component" of each element says.
import { describe, expect, it } from 'vitest';
import { FundingSource, ProjectType, RecordType } from '../../hud/codes.ts';
import { mayRecord, whyNotRecordable } from './service-type-rule.ts';

const PROJECTS = {
  esgNightByNight: {
    ProjectType: ProjectType.EmergencyShelterNightByNight,
    funders: [FundingSource.EsgEmergencyShelter],
  },
  localNightByNight: { ProjectType: ProjectType.EmergencyShelterNightByNight, funders: [FundingSource.LocalOrOther] },
  esgEntryExit: { ProjectType: ProjectType.EmergencyShelterEntryExit, funders: [FundingSource.EsgEmergencyShelter] },
  cocRapidReHousing: { ProjectType: ProjectType.RapidReHousing, funders: [FundingSource.CoCRapidReHousing] },
  cocPsh: {
    ProjectType: ProjectType.PermanentSupportiveHousing,
    funders: [FundingSource.CoCPermanentSupportiveHousing],
  },
  yhdpPsh: {
    ProjectType: ProjectType.PermanentSupportiveHousing,
    funders: [FundingSource.CoCYouthHomelessDemonstration],
  },
  cocTransitional: { ProjectType: ProjectType.TransitionalHousing, funders: [FundingSource.CoCTransitionalHousing] },
  pathOutreach: { ProjectType: ProjectType.StreetOutreach, funders: [FundingSource.PathStreetOutreach] },
  pathServicesOnly: { ProjectType: ProjectType.ServicesOnly, funders: [FundingSource.PathStreetOutreach] },
  rhyBasicCenter: { ProjectType: ProjectType.EmergencyShelterEntryExit, funders: [FundingSource.RhyBasicCenter] },
  rhyTransitionalLiving: {
    ProjectType: ProjectType.TransitionalHousing,
    funders: [FundingSource.RhyTransitionalLiving],
  },
  rhyStreetOutreach: { ProjectType: ProjectType.StreetOutreach, funders: [FundingSource.RhyStreetOutreach] },
  hopwaPermanentHousing: {
    ProjectType: ProjectType.PermanentSupportiveHousing,
    funders: [FundingSource.HopwaPermanentHousing],
  },
  hopwaStrmu: {
    ProjectType: ProjectType.HomelessnessPrevention,
    funders: [FundingSource.HopwaShortTermRentMortgageUtility],
  },
  hopwaPlacement: { ProjectType: ProjectType.ServicesOnly, funders: [FundingSource.HopwaPermanentHousingPlacement] },
  ssvfRapidReHousing: { ProjectType: ProjectType.RapidReHousing, funders: [FundingSource.SsvfSupportiveServices] },
  ssvfPrevention: { ProjectType: ProjectType.HomelessnessPrevention, funders: [FundingSource.SsvfSupportiveServices] },
  ssvfMisfiledAsServicesOnly: {
    ProjectType: ProjectType.ServicesOnly,
    funders: [FundingSource.SsvfSupportiveServices],
  },
  hudVash: { ProjectType: ProjectType.PermanentSupportiveHousing, funders: [FundingSource.HudVash] },
  noGrant: { ProjectType: ProjectType.Other, funders: [] },
};
type Name = keyof typeof PROJECTS;

/** For each RecordType, the projects above that record it; every other one must not. */
const RECORDED_BY: [string, number, Name[]][] = [
  ['4.14 Bed night', RecordType.BedNight, ['esgNightByNight', 'localNightByNight']],
  ['P1 PATH service', RecordType.PathService, ['pathOutreach', 'pathServicesOnly']],
  ['P2 PATH referral', RecordType.PathReferral, ['pathOutreach', 'pathServicesOnly']],
  ['R14 RHY service connections', RecordType.RhyServiceConnections, ['rhyBasicCenter', 'rhyTransitionalLiving']],
  ['W1 HOPWA service', RecordType.HopwaService, ['hopwaPermanentHousing', 'hopwaStrmu', 'hopwaPlacement']],
  ['W2 HOPWA financial assistance', RecordType.HopwaFinancialAssistance, ['hopwaStrmu', 'hopwaPlacement']],
  ['V2 SSVF service', RecordType.SsvfService, ['ssvfRapidReHousing', 'ssvfPrevention']],
  ['V3 SSVF financial assistance', RecordType.SsvfFinancialAssistance, ['ssvfRapidReHousing', 'ssvfPrevention']],
  ['V8 HUD-VASH voucher tracking', RecordType.VashVoucherTracking, ['hudVash']],
  ['C2 Moving On Assistance', RecordType.MovingOnAssistance, ['cocPsh', 'yhdpPsh']],
];

describe('which service types a project records', () => {
  it.each(RECORDED_BY)('%s: only the projects HUD collects it in', (_label, recordType, recordedBy) => {
    const allowed = (Object.keys(PROJECTS) as Name[]).filter((n) => mayRecord(recordType, PROJECTS[n]));
    expect(allowed.sort()).toEqual([...recordedBy].sort());
  });

  it('lets every project record the CoC’s own services (no RecordType)', () => {
    for (const p of Object.values(PROJECTS)) expect(mayRecord(null, p)).toBe(true);
  });

  it('says why in plain words, naming the project and the date', () => {
    const rrh = { ProjectName: 'Hearth Rapid Re-Housing', ...PROJECTS.cocRapidReHousing };
    expect(whyNotRecordable(RecordType.PathService, rrh, '2026-11-02')).toBe(
      'PATH services are recorded only in PATH-funded projects; Hearth Rapid Re-Housing has no PATH grant on 2026-11-02',
    );
    expect(whyNotRecordable(RecordType.BedNight, rrh, '2026-11-02')).toBe(
      'Bed nights are recorded only in night-by-night shelters; Hearth Rapid Re-Housing is not one',
    );
    expect(whyNotRecordable(null, rrh, '2026-11-02')).toBeUndefined();
    const psh = { ProjectName: 'Hearth PSH', ...PROJECTS.cocPsh };
    expect(whyNotRecordable(RecordType.MovingOnAssistance, psh, '2026-11-02')).toBeUndefined();
  });
});
