// 4.02 Income and Sources: the monthly amount of each source; the total follows from them.

import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { recordOf, setField } from '../answers.ts';
import { HudSelect, MoneyField, TextField } from '../hud-inputs.tsx';
import { DefaultFromLast } from './default-from-last.tsx';
import type { PageProps } from './page-types.ts';

/** Each income source's field and label (a key of the enrollments namespace). */
export const INCOME_SOURCES: [string, string][] = [
  ['EarnedAmount', 'Earned income (employment)'],
  ['UnemploymentAmount', 'Unemployment insurance'],
  ['SSIAmount', 'Supplemental Security Income (SSI)'],
  ['SSDIAmount', 'Social Security Disability Insurance (SSDI)'],
  ['VADisabilityServiceAmount', 'VA service-connected disability compensation'],
  ['VADisabilityNonServiceAmount', 'VA non-service-connected disability pension'],
  ['PrivateDisabilityAmount', 'Private disability insurance'],
  ['WorkersCompAmount', "Worker's compensation"],
  ['TANFAmount', 'Temporary Assistance for Needy Families (TANF)'],
  ['GAAmount', 'General assistance (GA)'],
  ['SocSecRetirementAmount', 'Retirement income from Social Security'],
  ['PensionAmount', 'Pension or retirement income from a former job'],
  ['ChildSupportAmount', 'Child support'],
  ['AlimonyAmount', 'Alimony and other spousal support'],
  ['OtherIncomeAmount', 'Other source'],
];

export function IncomePage({ value, onChange, errors, ctx }: PageProps) {
  const { t } = useTranslation('enrollments');
  const r = recordOf(value, 'IncomeBenefits');
  const set = (field: string) => (v: string | number | null) => onChange(setField(value, 'IncomeBenefits', field, v));
  const total = INCOME_SOURCES.reduce((sum, [f]) => sum + (typeof r[f] === 'number' ? (r[f] as number) : 0), 0);
  return (
    <Stack gap="sm">
      <DefaultFromLast value={value} onChange={onChange} ctx={ctx} records={['IncomeBenefits']} />
      <HudSelect
        label={t('Income from any source')}
        list="NoYesReasonsForMissingData"
        value={r.IncomeFromAnySource}
        onChange={set('IncomeFromAnySource')}
        error={errors['IncomeBenefits.IncomeFromAnySource']}
      />
      {r.IncomeFromAnySource === 1 && (
        <>
          <Text size="sm" c="dimmed">
            {t('Enter the monthly amount of each source the client receives.')}
          </Text>
          <Group align="flex-start" gap="md">
            {INCOME_SOURCES.map(([field, label]) => (
              <MoneyField
                key={field}
                label={t(label)}
                value={r[field]}
                onChange={set(field)}
                error={errors[`IncomeBenefits.${field}`]}
              />
            ))}
          </Group>
          {typeof r.OtherIncomeAmount === 'number' && r.OtherIncomeAmount > 0 && (
            <TextField
              label={t('Other source of income')}
              value={r.OtherIncomeSourceIdentify}
              onChange={set('OtherIncomeSourceIdentify')}
              error={errors['IncomeBenefits.OtherIncomeSourceIdentify']}
            />
          )}
          <Text fw={600} aria-label={t('Total monthly income')}>
            {t('Total monthly income: {{amount}}', { amount: `$${total.toFixed(2)}` })}
          </Text>
        </>
      )}
    </Stack>
  );
}
