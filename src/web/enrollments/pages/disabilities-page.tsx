// 3.08 Disabling Condition with 4.05–4.10 Disabilities. Disabling condition turns to Yes as
// soon as a disability recorded here is disabling, as HUD requires the two to agree.

import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DisabilityType } from '../../../hud/codes.ts';
import { tKey } from '../../i18n/keys.ts';
import { type Assessment, disabilityOf, recordOf, setDisability, setField } from '../answers.ts';
import { HudSelect } from '../hud-inputs.tsx';
import { DefaultFromLast } from './default-from-last.tsx';
import type { PageProps } from './page-types.ts';

// Labels are keys of the enrollments namespace, translated where shown.
export const DISABILITY_ROWS: { type: number; element: string; label: string; askImpairs: boolean }[] = [
  { type: DisabilityType.PhysicalDisability, element: '4.05', label: tKey('Physical disability'), askImpairs: true },
  {
    type: DisabilityType.DevelopmentalDisability,
    element: '4.06',
    label: tKey('Developmental disability'),
    askImpairs: false,
  },
  {
    type: DisabilityType.ChronicHealthCondition,
    element: '4.07',
    label: tKey('Chronic health condition'),
    askImpairs: true,
  },
  { type: DisabilityType.HivAids, element: '4.08', label: tKey('HIV/AIDS'), askImpairs: false },
  {
    type: DisabilityType.MentalHealthDisorder,
    element: '4.09',
    label: tKey('Mental health disorder'),
    askImpairs: true,
  },
  {
    type: DisabilityType.SubstanceUseDisorder,
    element: '4.10',
    label: tKey('Substance use disorder'),
    askImpairs: true,
  },
];
const isYes = (v: unknown) => [1, 2, 3].includes(Number(v));

function disabling(a: Assessment): boolean {
  return DISABILITY_ROWS.some((r) => {
    const d = disabilityOf(a, r.type);
    return r.askImpairs ? isYes(d.DisabilityResponse) && d.IndefiniteAndImpairs === 1 : d.DisabilityResponse === 1;
  });
}

export function DisabilitiesPage({ value, onChange, errors, ctx }: PageProps) {
  const { t } = useTranslation('enrollments');
  const update = (a: Assessment) => onChange(disabling(a) ? setField(a, 'Enrollment', 'DisablingCondition', 1) : a);
  const rows = DISABILITY_ROWS.filter((r) => ctx.elements.has(r.element));
  return (
    <Stack gap="sm">
      <DefaultFromLast value={value} onChange={onChange} ctx={ctx} records={['Disabilities']} />
      {rows.length > 0 && (
        <Table withTableBorder>
          <Table.Tbody>
            {rows.map((r) => {
              const d = disabilityOf(value, r.type);
              const err = (f: string) => errors[`Disabilities.${r.type}.${f}`];
              return (
                <Table.Tr key={r.type}>
                  <Table.Td>
                    <HudSelect
                      label={t(r.label)}
                      list={
                        r.type === DisabilityType.SubstanceUseDisorder
                          ? 'DisabilityResponse'
                          : 'NoYesReasonsForMissingData'
                      }
                      value={d.DisabilityResponse}
                      error={err('DisabilityResponse')}
                      onChange={(v) => update(setDisability(value, r.type, 'DisabilityResponse', v))}
                    />
                  </Table.Td>
                  <Table.Td>
                    {r.askImpairs && isYes(d.DisabilityResponse) ? (
                      <HudSelect
                        label={t('{{disability}}: expected to be long-lasting and to impair independent living', {
                          disability: t(r.label),
                        })}
                        list="NoYesReasonsForMissingData"
                        value={d.IndefiniteAndImpairs}
                        error={err('IndefiniteAndImpairs')}
                        onChange={(v) => update(setDisability(value, r.type, 'IndefiniteAndImpairs', v))}
                      />
                    ) : (
                      !r.askImpairs && (
                        <Text size="sm" c="dimmed">
                          {t('Always a disabling condition')}
                        </Text>
                      )
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {ctx.elements.has('3.08') && (
        <HudSelect
          label={t('Disabling condition')}
          description={t('Yes when any condition above is disabling')}
          list="NoYesReasonsForMissingData"
          value={recordOf(value, 'Enrollment').DisablingCondition}
          error={errors['Enrollment.DisablingCondition']}
          onChange={(v) => onChange(setField(value, 'Enrollment', 'DisablingCondition', v))}
        />
      )}
    </Stack>
  );
}
