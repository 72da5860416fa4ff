// The question's filters: a column, how to compare, and the value(s) that column's type takes.
// Each filter's problems come back from the server under filters.<n>.<field>.
import { ActionIcon, Button, Group, MultiSelect, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuestionFilter, SubjectColumn } from './explorer-api.ts';

type Props = {
  columns: SubjectColumn[];
  filters: QuestionFilter[];
  onChange: (filters: QuestionFilter[]) => void;
  errors: Record<string, string>;
};

function FilterValue({
  column,
  f,
  set,
  error,
}: {
  column: SubjectColumn;
  f: QuestionFilter;
  set: (patch: Partial<QuestionFilter>) => void;
  error: (field: string) => string | undefined;
}) {
  const { t } = useTranslation('reports');
  const date = column.type === 'date' || column.type === 'datetime';
  if (f.op === 'contains' || f.op === 'equals')
    return (
      <TextInput
        aria-label={t('{{column}} value', { column: column.label })}
        value={f.value ?? ''}
        onChange={(e) => set({ value: e.currentTarget.value })}
        error={error('value')}
      />
    );
  if (f.op === 'between' && date)
    return (
      <Group gap="xs">
        <TextInput
          type="date"
          aria-label={t('{{column}} from', { column: column.label })}
          value={f.from ?? ''}
          onChange={(e) => set({ from: e.currentTarget.value || undefined })}
          error={error('from')}
        />
        <Text size="sm">{t('and')}</Text>
        <TextInput
          type="date"
          aria-label={t('{{column}} to', { column: column.label })}
          value={f.to ?? ''}
          onChange={(e) => set({ to: e.currentTarget.value || undefined })}
          error={error('to')}
        />
      </Group>
    );
  if (f.op === 'between')
    return (
      <Group gap="xs">
        <TextInput
          type="number"
          aria-label={t('{{column}} lowest', { column: column.label })}
          value={f.min ?? ''}
          onChange={(e) => set({ min: e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value) })}
          error={error('min')}
        />
        <Text size="sm">{t('and')}</Text>
        <TextInput
          type="number"
          aria-label={t('{{column}} highest', { column: column.label })}
          value={f.max ?? ''}
          onChange={(e) => set({ max: e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value) })}
          error={error('max')}
        />
      </Group>
    );
  if (f.op === 'in' || f.op === 'not_in')
    return (
      <MultiSelect
        aria-label={t('{{column}} values', { column: column.label })}
        searchable
        data={column.codes ?? []}
        value={(f.values ?? []).map(String)}
        onChange={(v) => set({ values: v.map(Number) })}
        error={error('values')}
        w={320}
      />
    );
  return null;
}

export function FilterEditor({ columns, filters, onChange, errors }: Props) {
  const { t } = useTranslation('reports');
  const replace = (i: number, next: QuestionFilter) => onChange(filters.map((f, j) => (j === i ? next : f)));
  const first = columns[0];
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        {t('Filters')}
      </Text>
      {filters.map((f, i) => {
        const column = columns.find((c) => c.key === f.column);
        const error = (field: string) => errors[`filters.${i}.${field}`];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: filters have no identity beyond their place
          <Group key={i} align="start" gap="xs">
            <NativeSelect
              aria-label={t('Filter {{n}} column', { n: i + 1 })}
              value={f.column}
              data={columns.map((c) => ({ value: c.key, label: c.label }))}
              onChange={(e) => {
                const c = columns.find((x) => x.key === e.currentTarget.value);
                replace(i, {
                  column: e.currentTarget.value,
                  op: (c?.ops[0]?.value ?? 'is_empty') as QuestionFilter['op'],
                });
              }}
              error={error('column')}
            />
            <NativeSelect
              aria-label={t('Filter {{n}} comparison', { n: i + 1 })}
              value={f.op}
              data={(column?.ops ?? []).map((o) => ({ value: o.value, label: t(o.label) }))}
              onChange={(e) => replace(i, { column: f.column, op: e.currentTarget.value as QuestionFilter['op'] })}
              error={error('op')}
            />
            {column && <FilterValue column={column} f={f} set={(p) => replace(i, { ...f, ...p })} error={error} />}
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('Remove filter {{n}}', { n: i + 1 })}
              onClick={() => onChange(filters.filter((_, j) => j !== i))}
            >
              ×
            </ActionIcon>
          </Group>
        );
      })}
      {first && (
        <Button
          variant="light"
          size="xs"
          w="fit-content"
          onClick={() =>
            onChange([
              ...filters,
              { column: first.key, op: (first.ops[0]?.value ?? 'contains') as QuestionFilter['op'] },
            ])
          }
        >
          {t('Add a filter')}
        </Button>
      )}
    </Stack>
  );
}
