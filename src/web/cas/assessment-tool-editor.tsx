// Edits one assessment tool as data: its questions, each choice's points (added up into the
// score), the score's name and optional bands.
import { Button, Card, Checkbox, Group, NativeSelect, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HudSelect } from '../admin/hud-select.tsx';
import type { Tool } from './cas-api.ts';

export type ToolForm = Omit<Tool, 'id' | 'version' | 'assessmentLevel'> & { assessmentLevel: number | null };
type Question = ToolForm['questions'][number];

export const emptyTool = (): ToolForm => ({
  name: '',
  assessmentLevel: null,
  scoreName: 'Total score',
  bandName: null,
  bands: [],
  questions: [],
  active: true,
});

/** A new choice question answered Yes (1 point) or No (0), the labels in the screen's language. */
const newQuestion = (yes: string, no: string): Question => ({
  id: '',
  group: '',
  text: '',
  kind: 'choice',
  required: true,
  options: [
    { value: '', label: yes, points: 1 },
    { value: '', label: no, points: 0 },
  ],
  min: null,
  max: null,
});

/** The API body: new questions and options leave their keys out (the server makes them). */
export const toolBody = (f: ToolForm) => ({
  ...f,
  questions: f.questions.map(({ id, options, ...q }) => ({
    ...(id ? { id } : {}),
    ...q,
    options: options.map(({ value, ...o }) => ({ ...(value ? { value } : {}), ...o })),
  })),
});

export function AssessmentToolEditor({
  value,
  onChange,
  errors,
}: {
  value: ToolForm;
  onChange: (v: ToolForm) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation('cas');
  const set = (patch: Partial<ToolForm>) => onChange({ ...value, ...patch });
  const setQ = (i: number, patch: Partial<Question>) =>
    set({ questions: value.questions.map((q, j) => (j === i ? { ...q, ...patch } : q)) });
  return (
    <Stack>
      <Group align="flex-start">
        <TextInput
          label={t('Tool name')}
          required
          value={value.name}
          error={errors.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
        />
        <HudSelect
          list="AssessmentLevel"
          label={t('Assessment level')}
          required
          value={value.assessmentLevel}
          error={errors.assessmentLevel}
          onChange={(v) => set({ assessmentLevel: v })}
        />
        <TextInput
          label={t('Score result name')}
          required
          value={value.scoreName}
          error={errors.scoreName}
          onChange={(e) => set({ scoreName: e.currentTarget.value })}
        />
        <Checkbox
          mt="xl"
          label={t('Active')}
          checked={value.active}
          onChange={(e) => set({ active: e.currentTarget.checked })}
        />
      </Group>
      <Card withBorder>
        <Title order={4}>{t('Score bands')}</Title>
        <TextInput
          label={t('Band result name')}
          value={value.bandName ?? ''}
          error={errors.bandName}
          onChange={(e) => set({ bandName: e.currentTarget.value || null })}
          maw={320}
        />
        {errors.bands && <Text c="red">{errors.bands}</Text>}
        {value.bands.map((b, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: bands have no identity
          <Group key={i} align="flex-end">
            <NumberInput
              label={t('Band {{n}} from score', { n: i + 1 })}
              value={b.min}
              onChange={(v) => set({ bands: value.bands.map((x, j) => (j === i ? { ...x, min: Number(v) || 0 } : x)) })}
            />
            <TextInput
              label={t('Band {{n}} label', { n: i + 1 })}
              value={b.label}
              onChange={(e) =>
                set({ bands: value.bands.map((x, j) => (j === i ? { ...x, label: e.currentTarget.value } : x)) })
              }
            />
            <Button variant="subtle" color="red" onClick={() => set({ bands: value.bands.filter((_, j) => j !== i) })}>
              {t('Remove')}
            </Button>
          </Group>
        ))}
        <Group mt="xs">
          <Button variant="default" onClick={() => set({ bands: [...value.bands, { min: 0, label: '' }] })}>
            {t('Add a band')}
          </Button>
        </Group>
      </Card>
      {errors.questions && <Text c="red">{errors.questions}</Text>}
      {value.questions.map((q, i) => {
        const at = `questions.${i}.`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: new questions have no key yet
          <Card withBorder key={i}>
            <Stack gap="xs">
              <Group align="flex-start">
                <TextInput
                  label={t('Question {{n}}', { n: i + 1 })}
                  required
                  w={420}
                  value={q.text}
                  error={errors[`${at}text`]}
                  onChange={(e) => setQ(i, { text: e.currentTarget.value })}
                />
                <TextInput
                  label={t('Group')}
                  required
                  value={q.group}
                  error={errors[`${at}group`]}
                  onChange={(e) => setQ(i, { group: e.currentTarget.value })}
                />
                <NativeSelect
                  label={t('Answer')}
                  value={q.kind}
                  data={[
                    { value: 'choice', label: t('Choice') },
                    { value: 'number', label: t('Number') },
                    { value: 'text', label: t('Text') },
                  ]}
                  onChange={(e) => {
                    const kind = e.currentTarget.value as Question['kind'];
                    setQ(i, { kind, options: kind === 'choice' ? newQuestion(t('Yes'), t('No')).options : [] });
                  }}
                />
                <Checkbox
                  mt="xl"
                  label={t('Required')}
                  checked={q.required}
                  onChange={(e) => setQ(i, { required: e.currentTarget.checked })}
                />
              </Group>
              {errors[`${at}options`] && <Text c="red">{errors[`${at}options`]}</Text>}
              {q.kind === 'choice' &&
                q.options.map((o, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: new options have no key yet
                  <Group key={j} align="flex-end">
                    <TextInput
                      label={t('Answer {{n}}', { n: j + 1 })}
                      w={360}
                      value={o.label}
                      error={errors[`${at}options.${j}.label`]}
                      onChange={(e) =>
                        setQ(i, {
                          options: q.options.map((x, k) => (k === j ? { ...x, label: e.currentTarget.value } : x)),
                        })
                      }
                    />
                    <NumberInput
                      label={t('Points')}
                      w={100}
                      value={o.points}
                      onChange={(v) =>
                        setQ(i, { options: q.options.map((x, k) => (k === j ? { ...x, points: Number(v) || 0 } : x)) })
                      }
                    />
                    <Button
                      variant="subtle"
                      color="red"
                      onClick={() => setQ(i, { options: q.options.filter((_, k) => k !== j) })}
                    >
                      {t('Remove')}
                    </Button>
                  </Group>
                ))}
              {q.kind === 'choice' && (
                <Group>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => setQ(i, { options: [...q.options, { value: '', label: '', points: 0 }] })}
                  >
                    {t('Add an answer')}
                  </Button>
                </Group>
              )}
              {q.kind === 'number' && (
                <Group>
                  <NumberInput
                    label={t('Smallest')}
                    value={q.min ?? ''}
                    onChange={(v) => setQ(i, { min: typeof v === 'number' ? v : null })}
                  />
                  <NumberInput
                    label={t('Largest')}
                    value={q.max ?? ''}
                    error={errors[`${at}max`]}
                    onChange={(v) => setQ(i, { max: typeof v === 'number' ? v : null })}
                  />
                </Group>
              )}
              <Group>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => set({ questions: value.questions.filter((_, k) => k !== i) })}
                >
                  {t('Remove question')}
                </Button>
              </Group>
            </Stack>
          </Card>
        );
      })}
      <Group>
        <Button
          variant="default"
          onClick={() => set({ questions: [...value.questions, newQuestion(t('Yes'), t('No'))] })}
        >
          {t('Add a question')}
        </Button>
      </Group>
    </Stack>
  );
}
