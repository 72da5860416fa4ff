// The exit's "services provided at exit" page (the seed's exit guide, step 5): services given to
// the members leaving, recorded on their exit date when the exit finishes.

import { ActionIcon, Button, Card, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { serviceTypeOptions, useRecordableServiceTypes } from '../services/service-api.ts';
import { UnitsAndValue } from '../services/units-and-value.tsx';
import { type HouseholdMemberView, personName } from './types.ts';

export type ExitService = {
  key: string;
  EnrollmentID: string;
  serviceTypeId: string;
  units: number | string;
  unitValue: number | string;
};

/** The API body's services: numbers as numbers, rows without a service left out. */
export const exitServicesBody = (rows: ExitService[] | undefined) =>
  (rows ?? []).map(({ EnrollmentID, serviceTypeId, units, unitValue }) => ({
    EnrollmentID,
    serviceTypeId,
    units: Number(units),
    unitValue: Number(unitValue || 0),
  }));

export function ExitServicesStep({
  projectId,
  leaving,
  exitDate,
  rows,
  onChange,
  errors,
}: {
  projectId: string;
  leaving: HouseholdMemberView[];
  exitDate: string;
  rows: ExitService[];
  onChange: (rows: ExitService[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation('enrollments');
  // Only what the project records on the exit date is offered.
  const types = useRecordableServiceTypes(projectId, exitDate);
  const set = (i: number, patch: Partial<ExitService>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const add = () =>
    onChange([
      ...rows,
      {
        key: Math.random().toString(36).slice(2),
        EnrollmentID: leaving[0]?.EnrollmentID ?? '',
        serviceTypeId: '',
        units: 1,
        unitValue: 0,
      },
    ]);
  return (
    <Stack>
      <Text>
        {t(
          'Record any services provided at exit. They are recorded on the exit date ({{date}}) when you finish; leave this page empty if none were given.',
          { date: exitDate },
        )}
      </Text>
      {rows.map((r, i) => {
        const e = (name: string) => errors[`services.${i}.${name}`];
        return (
          <Card withBorder key={r.key} role="group" aria-label={t('Service at exit {{n}}', { n: i + 1 })}>
            <Group align="flex-start">
              <NativeSelect
                label={t('Household member')}
                value={r.EnrollmentID}
                error={e('EnrollmentID')}
                data={leaving.map((m) => ({ value: m.EnrollmentID, label: personName(m) }))}
                onChange={(ev) => set(i, { EnrollmentID: ev.currentTarget.value })}
              />
              <NativeSelect
                label={t('Service')}
                value={r.serviceTypeId}
                error={e('serviceTypeId')}
                data={[
                  { group: '', items: [{ value: '', label: t('Choose a service') }] },
                  ...serviceTypeOptions(types.data),
                ]}
                onChange={(ev) => set(i, { serviceTypeId: ev.currentTarget.value })}
              />
              <UnitsAndValue
                units={r.units}
                unitValue={r.unitValue}
                onUnits={(units) => set(i, { units })}
                onUnitValue={(unitValue) => set(i, { unitValue })}
                errors={{ units: e('units') ?? '', unitValue: e('unitValue') ?? '' }}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={28}
                aria-label={t('Remove service at exit {{n}}', { n: i + 1 })}
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
              >
                ✕
              </ActionIcon>
            </Group>
          </Card>
        );
      })}
      <Button variant="light" w="fit-content" onClick={add}>
        {t('Add a service provided at exit')}
      </Button>
    </Stack>
  );
}
