// The question's launch form: subject, columns, filters, grouping, "Which records do you want to
// include?" (organizations, programs) and Hide PII.
import { Checkbox, MultiSelect, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScopeFields } from '../framework/enrollment-fields.tsx';
import type { FieldsProps } from '../framework/report-page.tsx';
import { type ExplorerForm, readFilters, type SubjectView } from './explorer-api.ts';
import { FilterEditor } from './filter-editor.tsx';

/** The first message the server gave for a list field or one of its items (columns.2). */
const listError = (errors: Record<string, string>, key: string) =>
  errors[key] ?? Object.entries(errors).find(([k]) => k.startsWith(`${key}.`))?.[1];

export function QuestionFields({ subjects, ...f }: FieldsProps<ExplorerForm> & { subjects: SubjectView[] }) {
  const { t } = useTranslation('reports');
  const { params, set, errors } = f;
  const subject = subjects.find((s) => s.id === params.subject);
  const columns = subject?.columns ?? [];
  const options = columns.map((c) => ({ value: c.key, label: c.label }));
  return (
    <Stack>
      <NativeSelect
        label={t('Subject')}
        value={params.subject}
        data={subjects.map((s) => ({ value: s.id, label: t(s.label) }))}
        onChange={(e) => {
          const next = subjects.find((s) => s.id === e.currentTarget.value);
          set('subject', e.currentTarget.value);
          set('columns', next?.defaults ?? []);
          set('groupBy', []);
          set('filters', '[]');
          if (!next?.hasPrograms) set('projectIds', []);
        }}
        error={errors.subject}
        w={260}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <MultiSelect
          label={t('Columns')}
          searchable
          value={params.columns}
          data={options}
          onChange={(v) => set('columns', v)}
          error={listError(errors, 'columns')}
        />
        <MultiSelect
          label={t('Group by (counts per group)')}
          placeholder={t('No grouping: a list')}
          searchable
          maxValues={3}
          value={params.groupBy}
          data={columns.filter((c) => !c.pii).map((c) => ({ value: c.key, label: c.label }))}
          onChange={(v) => set('groupBy', v)}
          error={listError(errors, 'groupBy')}
        />
      </SimpleGrid>
      <FilterEditor
        columns={columns}
        filters={readFilters(params.filters)}
        onChange={(list) => set('filters', JSON.stringify(list))}
        errors={errors}
      />
      {errors.filters && (
        <Text c="red" size="sm">
          {errors.filters}
        </Text>
      )}
      <Text fw={500} size="sm">
        {t('Which records do you want to include?')}
      </Text>
      <ScopeFields {...f} />
      <Checkbox
        label={t('Hide PII (client names left out of the screen and every download)')}
        checked={params.hidePii}
        onChange={(e) => set('hidePii', e.currentTarget.checked)}
      />
    </Stack>
  );
}
