// The service rows of a new case note: each starts on the Default Enrollment and the note date.
import { ActionIcon, Button, Group, NativeSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  type EnrollmentOption,
  enrollmentLabel,
  serviceTypeOptions,
  useClearUnofferedService,
  useRecordableServiceTypes,
} from '../services/service-api.ts';
import type { ServiceRow } from './case-note-api.ts';

export function CaseNoteServices({
  rows,
  setRows,
  enrollments,
  defaults,
  errors,
}: {
  rows: ServiceRow[];
  setRows: (rows: ServiceRow[]) => void;
  enrollments: EnrollmentOption[];
  defaults: { EnrollmentID: string; DateProvided: string };
  errors: Record<string, string>;
}) {
  const { t } = useTranslation('case-notes');
  const update = (key: number, patch: Partial<ServiceRow>) =>
    setRows(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('Services')}</Text>
      {rows.map((r, i) => {
        const n = i + 1;
        const err = (name: string) => errors[`services.${i}.${name}`];
        return (
          <Group key={r.key} align="start" wrap="wrap" role="group" aria-label={t('Service row {{n}}', { n })}>
            <NativeSelect
              label={t('Service {{n}} enrollment', { n })}
              data={[
                { value: '', label: t('Choose an enrollment') },
                ...enrollments.map((e) => ({ value: e.EnrollmentID, label: enrollmentLabel(e, t('open')) })),
              ]}
              value={r.EnrollmentID}
              error={err('EnrollmentID')}
              onChange={(e) => update(r.key, { EnrollmentID: e.currentTarget.value })}
            />
            <RowService
              label={t('Service {{n}}', { n })}
              projectId={
                enrollments.find((e) => e.EnrollmentID === (r.EnrollmentID || defaults.EnrollmentID))?.ProjectID
              }
              date={r.DateProvided}
              value={r.serviceTypeId}
              error={err('serviceTypeId')}
              onChange={(serviceTypeId) => update(r.key, { serviceTypeId })}
            />
            <TextInput
              label={t('Service {{n}} date', { n })}
              type="date"
              value={r.DateProvided}
              error={err('DateProvided')}
              onChange={(e) => update(r.key, { DateProvided: e.currentTarget.value })}
            />
            <NumberInput
              label={t('Service {{n}} units', { n })}
              w={110}
              min={0}
              decimalScale={2}
              value={r.units}
              error={err('units')}
              onChange={(v) => update(r.key, { units: v })}
            />
            <NumberInput
              label={t('Service {{n}} unit value', { n })}
              w={140}
              prefix="$"
              min={0}
              decimalScale={2}
              fixedDecimalScale
              value={r.unitValue}
              error={err('unitValue')}
              onChange={(v) => update(r.key, { unitValue: v })}
            />
            <ActionIcon
              mt={28}
              variant="subtle"
              color="red"
              aria-label={t('Remove service {{n}}', { n })}
              onClick={() => setRows(rows.filter((x) => x.key !== r.key))}
            >
              ✕
            </ActionIcon>
          </Group>
        );
      })}
      <Button
        variant="light"
        w="fit-content"
        onClick={() =>
          setRows([...rows, { key: Date.now() + rows.length, ...defaults, serviceTypeId: '', units: 1, unitValue: 0 }])
        }
      >
        {t('Add a service')}
      </Button>
    </Stack>
  );
}

/** A row's service: only what its enrollment's project records on the row's date is offered. */
function RowService(p: {
  label: string;
  projectId: string | undefined;
  date: string;
  value: string;
  error: string | undefined;
  onChange: (serviceTypeId: string) => void;
}) {
  const { t } = useTranslation('case-notes');
  const types = useRecordableServiceTypes(p.projectId, p.date);
  useClearUnofferedService(types.data, p.value, () => p.onChange(''));
  return (
    <NativeSelect
      label={p.label}
      data={[{ group: '', items: [{ value: '', label: t('Choose a service') }] }, ...serviceTypeOptions(types.data)]}
      value={p.value}
      error={p.error}
      onChange={(e) => p.onChange(e.currentTarget.value)}
    />
  );
}
