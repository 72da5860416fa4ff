import { describe, expect, it } from 'vitest';
import { FundingSource, ProjectType } from '../codes.ts';
import { hudSpec } from '../spec.generated.ts';
import {
  answerRequiredAt,
  dataCollectionRules,
  fieldsCollectedAt,
  pagesFor,
  requiredElements,
  stageCode,
  stageOfCode,
} from './index.ts';

const adultHoH = { isHeadOfHousehold: true, isAdult: true };
const adult = { isHeadOfHousehold: false, isAdult: true };
const child = { isHeadOfHousehold: false, isAdult: false };
const elements = (...args: Parameters<typeof requiredElements>) => [
  ...new Set(requiredElements(...args).map((r) => r.element)),
];

const RRH = ProjectType.RapidReHousing;
const COC_RRH = [FundingSource.CoCRapidReHousing];

describe('who is asked what at project start', () => {
  it('asks an adult head of household in a CoC rapid re-housing project every universal and common element', () => {
    const asked = elements(RRH, COC_RRH, 'projectStart', adultHoH);
    expect(asked).toEqual(
      expect.arrayContaining([
        '3.07',
        '3.08',
        '3.15',
        '3.16',
        '3.20',
        '3.917',
        '4.02',
        '4.03',
        '4.04',
        '4.05',
        '4.10',
        '4.11',
        '4.21',
      ]),
    );
    expect(asked).not.toContain('4.13');
    expect(asked).not.toContain('R10');
  });

  it('asks a child only the elements collected about all clients', () => {
    const asked = elements(RRH, COC_RRH, 'projectStart', child);
    expect(asked).toEqual(expect.arrayContaining(['3.08', '4.04', '4.05', '4.08']));
    for (const adultOnly of ['3.07', '3.917', '4.02', '4.03', '4.11', '3.16', '3.20'])
      expect(asked).not.toContain(adultOnly);
  });

  it('puts the pages in workflow order and leaves out pages nobody on this project needs', () => {
    expect(pagesFor(RRH, COC_RRH, 'projectStart', adultHoH)).toEqual([
      'clientInfo',
      'enrollment',
      'priorLivingSituation',
      'disabilities',
      'income',
      'nonCashBenefits',
      'healthInsurance',
      'domesticViolence',
    ]);
    expect(pagesFor(RRH, COC_RRH, 'projectStart', child)).toEqual([
      'clientInfo',
      'enrollment',
      'disabilities',
      'healthInsurance',
    ]);
  });

  it('collects income in an ESG entry/exit shelter but not in an ESG night-by-night shelter', () => {
    const esg = [FundingSource.EsgEmergencyShelter];
    expect(elements(ProjectType.EmergencyShelterEntryExit, esg, 'projectStart', adultHoH)).toContain('4.02');
    const nbn = elements(ProjectType.EmergencyShelterNightByNight, esg, 'projectStart', adultHoH);
    expect(nbn).not.toContain('4.02');
    expect(nbn).toContain('4.13');
  });

  it('asks a locally funded project only the universal elements', () => {
    const asked = elements(
      ProjectType.EmergencyShelterEntryExit,
      [FundingSource.LocalOrOther],
      'projectStart',
      adultHoH,
    );
    expect(asked.every((e) => e.startsWith('3.'))).toBe(true);
  });

  it('asks RHY transitional living projects the RHY elements but not RHY street outreach', () => {
    const tlp = elements(ProjectType.TransitionalHousing, [FundingSource.RhyTransitionalLiving], 'projectStart', adult);
    expect(tlp).toEqual(expect.arrayContaining(['R1', 'R4', 'R5', 'R6', 'R7', 'R10', 'R11', 'R13']));
    const sop = elements(ProjectType.StreetOutreach, [FundingSource.RhyStreetOutreach], 'projectStart', adult);
    expect(sop).not.toContain('R10');
    expect(sop).toContain('4.13');
  });

  it('asks SSVF prevention the targeting criteria of the head of household only', () => {
    const ssvf = [FundingSource.SsvfSupportiveServices];
    expect(elements(ProjectType.HomelessnessPrevention, ssvf, 'projectStart', adultHoH)).toContain('V7');
    expect(elements(ProjectType.HomelessnessPrevention, ssvf, 'projectStart', adult)).not.toContain('V7');
    expect(elements(RRH, ssvf, 'projectStart', adultHoH)).toEqual(expect.arrayContaining(['V4', 'V6']));
    expect(elements(RRH, ssvf, 'projectStart', adultHoH)).not.toContain('V7');
  });

  it("asks veterans' information only of veterans, and HIV lab results only of people with HIV/AIDS", () => {
    const ssvf = [FundingSource.SsvfSupportiveServices];
    expect(elements(RRH, ssvf, 'projectStart', adultHoH)).not.toContain('V1');
    expect(elements(RRH, ssvf, 'projectStart', { ...adultHoH, isVeteran: true })).toContain('V1');
    const hopwa = [FundingSource.HopwaPermanentHousing];
    const psh = ProjectType.PermanentSupportiveHousing;
    expect(elements(psh, hopwa, 'projectStart', child)).toContain('W3');
    expect(elements(psh, hopwa, 'projectStart', child)).not.toContain('W4');
    expect(elements(psh, hopwa, 'annual', { ...child, hasHivAids: true })).toEqual(
      expect.arrayContaining(['W4', 'W6']),
    );
  });
});

describe('other stages', () => {
  it('asks income, benefits and insurance at the annual assessment, not disabilities or domestic violence', () => {
    const annual = elements(RRH, COC_RRH, 'annual', adultHoH);
    expect(annual).toEqual(['4.02', '4.03', '4.04']);
  });

  it('asks exit date and destination of everyone at exit, and the RHY exit elements in RHY projects', () => {
    expect(elements(RRH, COC_RRH, 'exit', child)).toEqual(expect.arrayContaining(['3.11', '3.12', '4.04']));
    const rhy = elements(ProjectType.TransitionalHousing, [FundingSource.RhyMaternityGroupHome], 'exit', adultHoH);
    expect(rhy).toEqual(expect.arrayContaining(['R15', 'R16', 'R17', 'R18', 'R19']));
  });

  it('asks for PATH status at updates but only insists on an answer at exit', () => {
    const [p3] = requiredElements(
      ProjectType.StreetOutreach,
      [FundingSource.PathStreetOutreach],
      'update',
      adult,
    ).filter((r) => r.element === 'P3');
    expect(p3).toBeDefined();
    if (!p3) return;
    expect(answerRequiredAt(p3, 'update')).toBe(false);
    expect(answerRequiredAt(p3, 'exit')).toBe(true);
  });

  it('maps stages to HUD DataCollectionStage codes and back', () => {
    expect(stageCode('projectStart')).toBe(1);
    expect(stageCode('annual')).toBe(5);
    expect(stageOfCode(3)).toBe('exit');
    expect(stageOfCode(4)).toBeUndefined();
  });

  it('lets an update write the move-in date but not the prior living situation', () => {
    const atUpdate = fieldsCollectedAt('Enrollment', 'update');
    expect(atUpdate.has('MoveInDate')).toBe(true);
    expect(atUpdate.has('LivingSituation')).toBe(false);
  });
});

describe('coverage of the HUD CSV columns', () => {
  // Columns that identify or link records, or that Hearth sets itself: not data elements.
  const structural = new Set([
    'EnrollmentID',
    'PersonalID',
    'ProjectID',
    'HouseholdID',
    'ExitID',
    'IncomeBenefitsID',
    'HealthAndDVID',
    'EmploymentEducationID',
    'DisabilitiesID',
    'YouthEducationStatusID',
    'InformationDate',
    'DataCollectionStage',
    'DisabilityType',
    'DateCreated',
    'DateUpdated',
    'UserID',
    'DateDeleted',
    'ExportID',
  ]);
  const files = [
    'Client',
    'Enrollment',
    'Exit',
    'IncomeBenefits',
    'HealthAndDV',
    'EmploymentEducation',
    'Disabilities',
    'YouthEducationStatus',
  ] as const;

  it.each(files)('has a rule for every data column of %s.csv', (file) => {
    const spec = hudSpec.find((f) => f.file === file);
    expect(spec).toBeDefined();
    const covered = new Set(dataCollectionRules.filter((r) => r.record === file).flatMap((r) => r.fields));
    const missing = (spec?.columns ?? []).map((c) => c.name).filter((n) => !structural.has(n) && !covered.has(n));
    expect(missing).toEqual([]);
  });

  it('names only columns that exist in the FY2026 CSV spec', () => {
    for (const rule of dataCollectionRules) {
      const spec = hudSpec.find((f) => f.file === rule.record);
      const names = new Set<string>(spec?.columns.map((c) => c.name));
      for (const f of [...rule.fields, ...rule.required]) expect(names.has(f), `${rule.element} ${f}`).toBe(true);
    }
  });
});
