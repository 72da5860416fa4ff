// Rows of area ties (area from the CoC's list, how, a note), for the CAS intake's Area ties page.
import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Area, tieKindOptions } from './cas-api.ts';
import type { TieValue } from './cas-intake-model.ts';

export function AreaTiesFields({
  areas,
  value,
  onChange,
  errors,
}: {
  areas: Area[];
  value: TieValue[];
  onChange: (v: TieValue[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation('cas');
  const set = (i: number, patch: Partial<TieValue>) =>
    onChange(value.map((tie, j) => (j === i ? { ...tie, ...patch } : tie)));
  return (
    <Stack>
      <Text>{t('Where does the household have ties, and how? Some housing referrals require ties to an area.')}</Text>
      {value.map((tie, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity before they are saved
        <Group key={i} align="flex-end">
          <NativeSelect
            label={t('Area {{n}}', { n: i + 1 })}
            value={tie.areaId}
            error={errors[`${i}.areaId`]}
            data={[{ value: '', label: t('Choose…') }, ...areas.map((a) => ({ value: a.id, label: a.name }))]}
            onChange={(e) => set(i, { areaId: e.currentTarget.value })}
          />
          <NativeSelect
            label={t('How: area {{n}}', { n: i + 1 })}
            value={tie.tieKind}
            error={errors[`${i}.tieKind`]}
            data={tieKindOptions(t)}
            onChange={(e) => set(i, { tieKind: e.currentTarget.value })}
          />
          <TextInput
            label={t('Note: area {{n}}', { n: i + 1 })}
            value={tie.note}
            error={errors[`${i}.note`]}
            onChange={(e) => set(i, { note: e.currentTarget.value })}
          />
          <Button variant="subtle" color="red" onClick={() => onChange(value.filter((_, j) => j !== i))}>
            {t('Remove')}
          </Button>
        </Group>
      ))}
      <Group>
        <Button variant="default" onClick={() => onChange([...value, { areaId: '', tieKind: 'lived', note: '' }])}>
          {t('Add an area tie')}
        </Button>
      </Group>
    </Stack>
  );
}
