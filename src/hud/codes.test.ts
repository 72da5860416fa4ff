import { describe, expect, it } from 'vitest';
import { codeLabel, FundingSource, funderLabel, hudOptions, isHudCode } from './codes.ts';

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
