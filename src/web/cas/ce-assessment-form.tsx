// A 4.19 Coordinated Entry assessment with one of the CoC's tools: date, location, type, the
// tool's questions, and the score as the answers add up.
import { Alert, Badge, Group, NativeSelect, NumberInput, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hudLabel } from '../../hud/codes.ts';
import { DateField, HudSelect } from '../enrollments/hud-inputs.tsx';
import { bandOf, scoreOf, type Tool } from './cas-api.ts';
import type { AssessmentValue } from './cas-intake-model.ts';

export const newAssessment = (tool: Tool, date: string | null): AssessmentValue => ({
  toolId: tool.id,
  AssessmentDate: date,
  AssessmentLocation: '',
  AssessmentType: null,
  answers: {},
});

type Props = {
  tools: Tool[];
  value: AssessmentValue;
  onChange: (v: AssessmentValue) => void;
  /** Messages keyed as the API's assessment fields (`AssessmentDate`, `answers.<questionId>`). */
  errors: Record<string, string>;
};

export function CeAssessmentForm({ tools, value, onChange, errors }: Props) {
  const { t } = useTranslation('cas');
  const tool = tools.find((tool) => tool.id === value.toolId);
  const set = (patch: Partial<AssessmentValue>) => onChange({ ...value, ...patch });
  const answer = (id: string, v: string | number | null) => set({ answers: { ...value.answers, [id]: v } });
  const score = tool ? scoreOf(tool, value.answers) : 0;
  return (
    <Stack>
      <NativeSelect
        label={t('Assessment tool')}
        value={value.toolId}
        error={errors.toolId}
        data={tools.map((tool) => ({ value: tool.id, label: tool.name }))}
        onChange={(e) => set({ toolId: e.currentTarget.value, answers: {} })}
        maw={420}
      />
      {tool && (
        <Text size="sm">
          {t('Assessment level: {{level}}', { level: hudLabel('AssessmentLevel', tool.assessmentLevel) })}
        </Text>
      )}
      <Group align="flex-start">
        <DateField
          label={t('Assessment date')}
          required
          value={value.AssessmentDate}
          error={errors.AssessmentDate}
          onChange={(d) => set({ AssessmentDate: d })}
        />
        <TextInput
          label={t('Assessment location')}
          required
          w={320}
          value={value.AssessmentLocation}
          error={errors.AssessmentLocation}
          onChange={(e) => set({ AssessmentLocation: e.currentTarget.value })}
        />
        <HudSelect
          list="AssessmentType"
          label={t('Assessment type')}
          required
          value={value.AssessmentType}
          error={errors.AssessmentType}
          onChange={(v) => set({ AssessmentType: v })}
        />
      </Group>
      {tool?.questions.map((q, i) => {
        const error = errors[`answers.${q.id}`];
        const label = `${i + 1}. ${q.text}`;
        const current = value.answers[q.id] ?? null;
        if (q.kind === 'choice')
          return (
            <Radio.Group
              key={q.id}
              label={label}
              description={q.group}
              required={q.required}
              error={error}
              value={typeof current === 'string' ? current : ''}
              onChange={(v) => answer(q.id, v)}
            >
              <Stack gap={4} mt={4}>
                {q.options.map((o) => (
                  <Radio key={o.value} value={o.value} label={o.label} />
                ))}
              </Stack>
            </Radio.Group>
          );
        if (q.kind === 'number')
          return (
            <NumberInput
              key={q.id}
              label={label}
              description={q.group}
              required={q.required}
              error={error}
              w={240}
              min={q.min ?? undefined}
              max={q.max ?? undefined}
              value={typeof current === 'number' ? current : ''}
              onChange={(v) => answer(q.id, typeof v === 'number' ? v : null)}
            />
          );
        return (
          <TextInput
            key={q.id}
            label={label}
            description={q.group}
            required={q.required}
            error={error}
            maw={520}
            value={typeof current === 'string' ? current : ''}
            onChange={(e) => answer(q.id, e.currentTarget.value || null)}
          />
        );
      })}
      {tool && (
        <Group>
          <Title order={4}>
            {tool.scoreName}: {score}
          </Title>
          {tool.bandName && bandOf(tool, score) && <Badge size="lg">{bandOf(tool, score)}</Badge>}
        </Group>
      )}
      {!tools.length && <Alert color="yellow">{t('The CoC has no active assessment tool yet (Admin → CAS).')}</Alert>}
    </Stack>
  );
}
