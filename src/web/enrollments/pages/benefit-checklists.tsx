// 4.03 Non-Cash Benefits and 4.04 Health Insurance: "from any source", then each one ticked.
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { recordOf, setField } from '../answers.ts';
import { HudSelect, TextField, YesNoCheck } from '../hud-inputs.tsx';
import { DefaultFromLast } from './default-from-last.tsx';
import type { PageProps } from './page-types.ts';

// Labels are keys of the enrollments namespace, translated where shown.
export type Checklist = {
  fromAnySource: string;
  fromAnySourceLabel: string;
  items: [string, string][];
  other: string;
  otherLabel: string;
  otherName: string;
};

export const BENEFITS: Checklist = {
  fromAnySource: 'BenefitsFromAnySource',
  fromAnySourceLabel: 'Non-cash benefits from any source',
  items: [
    ['SNAP', 'Supplemental Nutrition Assistance Program (SNAP)'],
    ['WIC', 'Special Supplemental Nutrition Program for Women, Infants, and Children (WIC)'],
    ['TANFChildCare', 'TANF child care services'],
    ['TANFTransportation', 'TANF transportation services'],
    ['OtherTANF', 'Other TANF-funded services'],
    ['OtherBenefitsSource', 'Other non-cash benefit'],
  ],
  other: 'OtherBenefitsSource',
  otherLabel: 'Other non-cash benefit',
  otherName: 'OtherBenefitsSourceIdentify',
};

export const INSURANCE: Checklist = {
  fromAnySource: 'InsuranceFromAnySource',
  fromAnySourceLabel: 'Covered by health insurance',
  items: [
    ['Medicaid', 'Medicaid'],
    ['Medicare', 'Medicare'],
    ['SCHIP', "State Children's Health Insurance Program"],
    ['VHAServices', 'Veterans Health Administration (VHA)'],
    ['EmployerProvided', 'Employer-provided health insurance'],
    ['COBRA', 'Health insurance obtained through COBRA'],
    ['PrivatePay', 'Private pay health insurance'],
    ['StateHealthIns', 'State health insurance for adults'],
    ['IndianHealthServices', 'Indian Health Services program'],
    ['OtherInsurance', 'Other health insurance'],
  ],
  other: 'OtherInsurance',
  otherLabel: 'Other health insurance',
  otherName: 'OtherInsuranceIdentify',
};

function ChecklistPage({ list, value, onChange, errors, ctx }: PageProps & { list: Checklist }) {
  const { t } = useTranslation('enrollments');
  const r = recordOf(value, 'IncomeBenefits');
  const set = (field: string) => (v: string | number | null) => onChange(setField(value, 'IncomeBenefits', field, v));
  return (
    <Stack gap="sm">
      <DefaultFromLast value={value} onChange={onChange} ctx={ctx} records={['IncomeBenefits']} />
      <HudSelect
        label={t(list.fromAnySourceLabel)}
        list="NoYesReasonsForMissingData"
        value={r[list.fromAnySource]}
        onChange={set(list.fromAnySource)}
        error={errors[`IncomeBenefits.${list.fromAnySource}`]}
      />
      {r[list.fromAnySource] === 1 &&
        list.items.map(([field, label]) => (
          <YesNoCheck key={field} label={t(label)} value={r[field]} onChange={set(field)} />
        ))}
      {r[list.fromAnySource] === 1 && r[list.other] === 1 && (
        <TextField
          label={t(list.otherLabel)}
          value={r[list.otherName]}
          onChange={set(list.otherName)}
          error={errors[`IncomeBenefits.${list.otherName}`]}
        />
      )}
    </Stack>
  );
}

export const NonCashBenefitsPage = (p: PageProps) => <ChecklistPage {...p} list={BENEFITS} />;
export const HealthInsurancePage = (p: PageProps) => <ChecklistPage {...p} list={INSURANCE} />;
