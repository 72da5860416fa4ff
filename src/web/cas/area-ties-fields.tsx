// Rows of area ties (area from the CoC's list, how, a note), for the CAS intake's Area ties page.
import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { type Area, TIE_KIND_OPTIONS } from './cas-api.ts';
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
  const set = (i: number, patch: Partial<TieValue>) =>
    onChange(value.map((t, j) => (j === i ? { ...t, ...patch } : t)));
  return (
    <Stack>
      <Text>Where does the household have ties, and how? Some housing referrals require ties to an area.</Text>
      {value.map((t, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity before they are saved
        <Group key={i} align="flex-end">
          <NativeSelect
            label={`Area ${i + 1}`}
            value={t.areaId}
            error={errors[`${i}.areaId`]}
            data={[{ value: '', label: 'Choose…' }, ...areas.map((a) => ({ value: a.id, label: a.name }))]}
            onChange={(e) => set(i, { areaId: e.currentTarget.value })}
          />
          <NativeSelect
            label={`How: area ${i + 1}`}
            value={t.tieKind}
            error={errors[`${i}.tieKind`]}
            data={TIE_KIND_OPTIONS}
            onChange={(e) => set(i, { tieKind: e.currentTarget.value })}
          />
          <TextInput
            label={`Note: area ${i + 1}`}
            value={t.note}
            error={errors[`${i}.note`]}
            onChange={(e) => set(i, { note: e.currentTarget.value })}
          />
          <Button variant="subtle" color="red" onClick={() => onChange(value.filter((_, j) => j !== i))}>
            Remove
          </Button>
        </Group>
      ))}
      <Group>
        <Button variant="default" onClick={() => onChange([...value, { areaId: '', tieKind: 'lived', note: '' }])}>
          Add an area tie
        </Button>
      </Group>
    </Stack>
  );
}
