// The CAS pages of the CAS & Diversion intake, after the household's own pages: Area ties, the
// Coordinated Entry assessment, and the decision (diverted, or placed on the queue).
import { Alert, Button, Radio, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { DateField, HudSelect } from '../enrollments/hud-inputs.tsx';
import type { Step } from '../workflows/workflow-shell.tsx';
import { AreaTiesFields } from './area-ties-fields.tsx';
import type { Area, Tool } from './cas-api.ts';
import { type CasValues, errorsUnder } from './cas-intake-model.ts';
import { CeAssessmentForm, newAssessment } from './ce-assessment-form.tsx';

type Ctx = {
  cas: CasValues;
  setCas: (c: CasValues) => void;
  errors: Record<string, string>;
  areas: Area[];
  tools: Tool[];
  entryDate: string | undefined;
  t: TFunction;
};

const page = (title: string, body: ReactNode) => (
  <Stack>
    <Title order={3}>{title}</Title>
    {body}
  </Stack>
);

export function casIntakeSteps({ cas, setCas, errors, areas, tools, entryDate, t }: Ctx): Step[] {
  const group = t('Coordinated Access');
  const d = cas.decision;
  return [
    {
      id: 'cas-area-ties',
      label: t('Area ties'),
      group,
      owns: (k) => k.startsWith('cas.areaTies'),
      render: () =>
        page(
          t('Area ties'),
          <AreaTiesFields
            areas={areas}
            value={cas.areaTies}
            errors={errorsUnder(errors, 'cas.areaTies.')}
            onChange={(areaTies) => setCas({ ...cas, areaTies })}
          />,
        ),
      check: () =>
        cas.areaTies.some((tie) => !tie.areaId) ? t('Choose the area of each tie, or remove the row') : null,
    },
    {
      id: 'cas-assessment',
      label: t('Coordinated Entry assessment'),
      group,
      owns: (k) => k.startsWith('cas.assessment'),
      render: () =>
        page(
          t('Coordinated Entry assessment'),
          cas.assessment ? (
            <Stack>
              {errors['cas.assessment'] && <Alert color="red">{errors['cas.assessment']}</Alert>}
              <CeAssessmentForm
                tools={tools}
                value={cas.assessment}
                errors={errorsUnder(errors, 'cas.assessment.')}
                onChange={(assessment) => setCas({ ...cas, assessment })}
              />
              <Button variant="subtle" color="red" onClick={() => setCas({ ...cas, assessment: null })}>
                {t('No assessment now (the household is diverted)')}
              </Button>
            </Stack>
          ) : (
            <Stack>
              {errors['cas.assessment'] && <Alert color="red">{errors['cas.assessment']}</Alert>}
              <Text>{t('No assessment recorded. A household placed on the queue needs one.')}</Text>
              {tools[0] && (
                <Button
                  onClick={() => tools[0] && setCas({ ...cas, assessment: newAssessment(tools[0], entryDate ?? null) })}
                >
                  {t('Start the assessment')}
                </Button>
              )}
            </Stack>
          ),
        ),
    },
    {
      id: 'cas-decision',
      label: t('Diversion or queue'),
      group,
      owns: (k) => k.startsWith('cas.decision'),
      render: () =>
        page(
          t('Diversion or queue'),
          <Stack>
            <Radio.Group
              label={t('Decision')}
              required
              value={d.outcome ?? ''}
              onChange={(v) => setCas({ ...cas, decision: { ...d, outcome: v as 'queue' | 'diverted' } })}
            >
              <Stack gap={4} mt={4}>
                <Radio value="diverted" label={t('Diverted (problem solving / diversion)')} />
                <Radio value="queue" label={t('Placed on the queue (prioritization list)')} />
              </Stack>
            </Radio.Group>
            {d.outcome === 'diverted' && (
              <>
                <DateField
                  label={t('Diversion date')}
                  description={t('Defaults to the project start date')}
                  value={d.EventDate}
                  error={errors['cas.decision.EventDate']}
                  onChange={(v) => setCas({ ...cas, decision: { ...d, EventDate: v } })}
                />
                <HudSelect
                  list="NoYesMissing"
                  label={t('Client housed/re-housed in a safe alternative')}
                  required
                  value={d.ProbSolDivRRResult}
                  error={errors['cas.decision.ProbSolDivRRResult']}
                  onChange={(v) => setCas({ ...cas, decision: { ...d, ProbSolDivRRResult: v } })}
                />
              </>
            )}
          </Stack>,
        ),
      check: () =>
        !d.outcome
          ? t('Choose diverted or placed on the queue')
          : d.outcome === 'queue' && !cas.assessment
            ? t('Complete the assessment to place the household on the queue')
            : d.outcome === 'diverted' && d.ProbSolDivRRResult === null
              ? t('Say whether the household was housed in a safe alternative')
              : null,
    },
  ];
}
