// 3.917 Prior Living Situation. Street outreach, shelters and safe havens always ask how long
// the person has been homeless; other projects only when the stay before entry kept the
// homeless history (under 90 days in an institution, under a week elsewhere).

import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HOMELESS_SITUATIONS, INSTITUTIONAL_SITUATIONS } from '../../../hud/codes.ts';
import { LITERALLY_HOMELESS_ON_ENTRY } from '../../../hud/rules/funders.ts';
import { recordOf, setField } from '../answers.ts';
import { DateField, HudSelect } from '../hud-inputs.tsx';
import type { PageProps } from './page-types.ts';

const SHORT_INSTITUTIONAL = [10, 11, 2, 3];
const SHORT_OTHER = [10, 11];

export function PriorLivingSituationPage({ value, onChange, errors, ctx }: PageProps) {
  const { t } = useTranslation('enrollments');
  const e = recordOf(value, 'Enrollment');
  const set = (field: string) => (v: string | number | null) => onChange(setField(value, 'Enrollment', field, v));
  const err = (f: string) => errors[`Enrollment.${f}`];
  const situation = typeof e.LivingSituation === 'number' ? e.LivingSituation : null;
  const los = typeof e.LengthOfStay === 'number' ? e.LengthOfStay : null;
  const homelessProject = ctx.projectType !== null && LITERALLY_HOMELESS_ON_ENTRY.some((t) => t === ctx.projectType);
  const homeless = situation !== null && HOMELESS_SITUATIONS.includes(situation);
  const short =
    situation !== null &&
    los !== null &&
    (INSTITUTIONAL_SITUATIONS.includes(situation) ? SHORT_INSTITUTIONAL : SHORT_OTHER).includes(los);
  const askNightBefore = !homelessProject && !homeless && short;
  const askHistory =
    situation !== null &&
    los !== null &&
    (homelessProject || homeless || (askNightBefore && e.PreviousStreetESSH === 1));
  const stopped = situation !== null && los !== null && !homelessProject && !homeless && !short;
  return (
    <Stack gap="sm">
      <HudSelect
        label={t('Prior living situation')}
        list="PriorLivingSituation"
        value={e.LivingSituation}
        onChange={set('LivingSituation')}
        error={err('LivingSituation')}
      />
      {situation === 435 && (
        <HudSelect
          label={t('Rental subsidy type')}
          list="RentalSubsidyType"
          value={e.RentalSubsidyType}
          onChange={set('RentalSubsidyType')}
          error={err('RentalSubsidyType')}
        />
      )}
      <HudSelect
        label={t('Length of stay in prior living situation')}
        list="ResidencePriorLengthOfStay"
        value={e.LengthOfStay}
        onChange={set('LengthOfStay')}
        error={err('LengthOfStay')}
      />
      {stopped && (
        <Alert color="gray">
          {t("This stay is a break in homelessness under HUD's definition: no further questions.")}
        </Alert>
      )}
      {askNightBefore && (
        <HudSelect
          label={t('On the night before, did the client stay on the streets, in emergency shelter or a safe haven?')}
          list="NoYesMissing"
          value={e.PreviousStreetESSH}
          onChange={set('PreviousStreetESSH')}
          error={err('PreviousStreetESSH')}
        />
      )}
      {askHistory && (
        <>
          <DateField
            label={t('Approximate date this episode of homelessness started')}
            value={e.DateToStreetESSH}
            onChange={set('DateToStreetESSH')}
            error={err('DateToStreetESSH')}
          />
          <HudSelect
            label={t('Times on the streets, in emergency shelter or a safe haven in the past three years')}
            list="TimesHomelessPastThreeYears"
            value={e.TimesHomelessPastThreeYears}
            onChange={set('TimesHomelessPastThreeYears')}
            error={err('TimesHomelessPastThreeYears')}
          />
          <HudSelect
            label={t('Total months homeless in the past three years')}
            list="MonthsHomelessPastThreeYears"
            value={e.MonthsHomelessPastThreeYears}
            onChange={set('MonthsHomelessPastThreeYears')}
            error={err('MonthsHomelessPastThreeYears')}
          />
        </>
      )}
    </Stack>
  );
}
