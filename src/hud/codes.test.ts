import { describe, expect, it } from 'vitest';
import {
  codeLabel,
  FundingSource,
  funderLabel,
  type HudListName,
  hudLabel,
  hudLists,
  hudOptions,
  isHudCode,
} from './codes.ts';

describe('code labels', () => {
  it('shows HUD’s label for a code on the list', () => {
    expect(codeLabel('FundingSource', FundingSource.EsgEmergencyShelter)).toBe(
      'HUD: ESG - Emergency Shelter (operating and/or essential services)',
    );
  });

  it('shows a retired code with its label and "(retired)", never the bare number', () => {
    expect(codeLabel('FundingSource', 47)).toBe('HUD: ESG - CV (retired)');
    expect(codeLabel('FundingSource', '12')).toBe('HUD: Rural Housing Stability Assistance Program (retired)');
    // Retired codes are still refused as answers.
    expect(isHudCode('FundingSource', 47)).toBe(false);
  });

  it('says so when a code is on no list at all', () => {
    expect(codeLabel('FundingSource', 999)).toBe("Code 999 (not on HUD's list 2.06.1)");
    expect(codeLabel('FundingSource', null)).toBe('—');
  });

  it('names a local funder by its own name, and never prints "null"', () => {
    expect(funderLabel({ Funder: FundingSource.LocalOrOther, OtherFunder: 'City of Dallas' })).toBe(
      'Local or Other Funding Source: City of Dallas',
    );
    expect(funderLabel({ Funder: FundingSource.LocalOrOther, OtherFunder: null })).toBe(
      'Local or Other Funding Source',
    );
    expect(funderLabel({ Funder: 48 })).toBe('HUD: HOPWA - CV (retired)');
  });

  it('keeps a stored retired code visible in a select box, labelled', () => {
    const options = hudOptions('FundingSource', 47);
    expect(options.find((o) => o.value === '47')?.label).toBe('HUD: ESG - CV (retired)');
    expect(hudOptions('FundingSource', 8).some((o) => o.label.includes('(retired)'))).toBe(false);
  });
});

describe('the order of a select box', () => {
  const labels = (list: HudListName) => hudOptions(list).map((o) => o.label);
  it('reads the prior stay from the shortest to the longest, and the no-answers last', () => {
    expect(labels('ResidencePriorLengthOfStay')).toEqual([
      'One night or less',
      'Two to six nights',
      'One week or more, but less than one month',
      'One month or more, but less than 90 days',
      '90 days or more but less than one year',
      'One year or longer',
      "Client doesn't know",
      'Client prefers not to answer',
      'Data not collected',
    ]);
  });

  it('starts living situations and destinations with a situation, and ends with Other, then the no-answers', () => {
    expect(labels('PriorLivingSituation')[0]).toMatch(/^Emergency shelter/);
    expect(labels('Destination')[0]).toMatch(/^Emergency shelter/);
    expect(labels('Destination').slice(-6)).toEqual([
      'Other',
      'Deceased',
      'No exit interview completed',
      "Client doesn't know",
      'Client prefers not to answer',
      'Data not collected',
    ]);
    expect(labels('MonthsHomelessPastThreeYears')[0]).toBe('1');
  });

  it('keeps lists already in reading order as HUD numbers them', () => {
    expect(hudOptions('NoYesReasonsForMissingData').map((o) => o.value)).toEqual(['0', '1', '8', '9', '99']);
    expect(hudOptions('ProjectType').map((o) => o.value)).toEqual(Object.keys(hudLists.ProjectType.values));
  });
});

describe('Spanish answer labels', () => {
  it('give every list exactly HUD’s codes, in HUD’s order', () => {
    for (const list of Object.keys(hudLists) as HudListName[]) {
      const english = hudOptions(list).map((o) => o.value);
      expect(
        hudOptions(list, null, 'es').map((o) => o.value),
        list,
      ).toEqual(english);
      for (const o of hudOptions(list, null, 'es')) expect(o.label.trim(), `${list} ${o.value}`).not.toBe('');
    }
  });

  it('are Spanish for the answers an intake reads to a client', () => {
    expect(codeLabel('NoYesReasonsForMissingData', 1, 'es')).toBe('Sí');
    expect(codeLabel('NoYesReasonsForMissingData', 8, 'es')).toBe('El cliente no sabe');
    expect(codeLabel('RelationshipToHoH', 1, 'es')).toBe('Uno/a mismo/a (jefe/a del hogar)');
    expect(codeLabel('PriorLivingSituation', 116, 'es')).toMatch(/^Lugar no destinado a vivienda/);
    expect(codeLabel('Race', 'HispanicLatinaeo', 'es')).toBe('Hispano/a o latino/a');
    // Outside proper names (and "No"), a Spanish label differs from HUD's English one.
    const same = (['PriorLivingSituation', 'Destination', 'DisabilityResponse', 'Sex'] as const).flatMap((list) =>
      hudOptions(list, null, 'es').filter((o) => o.label !== 'No' && o.label === hudLabel(list, o.value)),
    );
    expect(same).toEqual([]);
  });

  it('leave English exactly as HUD writes it', () => {
    expect(codeLabel('NoYesReasonsForMissingData', 1)).toBe('Yes');
    expect(hudOptions('Sex', null, 'en')).toEqual(hudOptions('Sex'));
  });

  it('say "retired" and "not on HUD’s list" in Spanish too', () => {
    expect(codeLabel('FundingSource', 47, 'es')).toBe('HUD: ESG - CV (retirado)');
    expect(codeLabel('FundingSource', 999, 'es')).toBe('Código 999 (no está en la lista 2.06.1 de HUD)');
    expect(hudOptions('FundingSource', 48, 'es').at(-1)).toEqual({ value: '48', label: 'HUD: HOPWA - CV (retirado)' });
    expect(funderLabel({ Funder: FundingSource.LocalOrOther, OtherFunder: 'City of Dallas' }, 'es')).toBe(
      'Fuente de financiamiento local u otra: City of Dallas',
    );
  });
});
