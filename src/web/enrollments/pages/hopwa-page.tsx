// HOPWA: W3 medical assistance for everyone; W4 T-cell and viral load and W6 anti-retroviral
// for people with HIV/AIDS (kept on their HIV/AIDS disability row).

import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DisabilityType } from '../../../hud/codes.ts';
import { disabilityOf, recordOf, setDisability, setField } from '../answers.ts';
import { HudSelect, NumberField } from '../hud-inputs.tsx';
import type { PageProps } from './page-types.ts';

const HIV = DisabilityType.HivAids;

export function HopwaPage({ value, onChange, errors, ctx }: PageProps) {
  const { t } = useTranslation('enrollments');
  const ib = recordOf(value, 'IncomeBenefits');
  const d = disabilityOf(value, HIV);
  const setIb = (f: string) => (v: string | number | null) => onChange(setField(value, 'IncomeBenefits', f, v));
  const setD = (f: string) => (v: string | number | null) => onChange(setDisability(value, HIV, f, v));
  const dErr = (f: string) => errors[`Disabilities.${HIV}.${f}`];
  return (
    <Stack gap="sm">
      {ctx.elements.has('W3') && (
        <>
          <HudSelect
            label={t('Receiving AIDS Drug Assistance Program (ADAP)')}
            list="NoYesReasonsForMissingData"
            value={ib.ADAP}
            onChange={setIb('ADAP')}
            error={errors['IncomeBenefits.ADAP']}
          />
          {ib.ADAP === 0 && (
            <HudSelect
              label={t('Reason not receiving ADAP')}
              list="NoAssistanceReason"
              value={ib.NoADAPReason}
              onChange={setIb('NoADAPReason')}
            />
          )}
          <HudSelect
            label={t('Receiving Ryan White-funded medical or dental assistance')}
            list="NoYesReasonsForMissingData"
            value={ib.RyanWhiteMedDent}
            onChange={setIb('RyanWhiteMedDent')}
            error={errors['IncomeBenefits.RyanWhiteMedDent']}
          />
          {ib.RyanWhiteMedDent === 0 && (
            <HudSelect
              label={t('Reason not receiving Ryan White assistance')}
              list="NoAssistanceReason"
              value={ib.NoRyanWhiteReason}
              onChange={setIb('NoRyanWhiteReason')}
            />
          )}
        </>
      )}
      {ctx.elements.has('W4') && (
        <>
          <HudSelect
            label={t('T-cell (CD4) count available')}
            list="NoYesReasonsForMissingData"
            value={d.TCellCountAvailable}
            onChange={setD('TCellCountAvailable')}
            error={dErr('TCellCountAvailable')}
          />
          {d.TCellCountAvailable === 1 && (
            <>
              <NumberField
                label={t('T-cell count')}
                value={d.TCellCount}
                onChange={setD('TCellCount')}
                error={dErr('TCellCount')}
              />
              <HudSelect
                label={t('How the T-cell count was obtained')}
                list="TCellSourceViralLoadSource"
                value={d.TCellSource}
                onChange={setD('TCellSource')}
                error={dErr('TCellSource')}
              />
            </>
          )}
          <HudSelect
            label={t('Viral load information available')}
            list="ViralLoadAvailable"
            value={d.ViralLoadAvailable}
            onChange={setD('ViralLoadAvailable')}
            error={dErr('ViralLoadAvailable')}
          />
          {d.ViralLoadAvailable === 1 && (
            <>
              <NumberField
                label={t('Viral load count')}
                value={d.ViralLoad}
                onChange={setD('ViralLoad')}
                error={dErr('ViralLoad')}
              />
              <HudSelect
                label={t('How the viral load was obtained')}
                list="TCellSourceViralLoadSource"
                value={d.ViralLoadSource}
                onChange={setD('ViralLoadSource')}
                error={dErr('ViralLoadSource')}
              />
            </>
          )}
        </>
      )}
      {ctx.elements.has('W6') && (
        <HudSelect
          label={t('Prescribed anti-retroviral drugs')}
          list="NoYesReasonsForMissingData"
          value={d.AntiRetroviral}
          onChange={setD('AntiRetroviral')}
          error={dErr('AntiRetroviral')}
        />
      )}
    </Stack>
  );
}
