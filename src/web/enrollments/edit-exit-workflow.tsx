// Edit exit: exit dates and every exit page of the members who exited. A changed exit date
// moves that member's exit assessment with it.

import { Alert, Loader, Stack } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReviewStep } from '../workflows/review-step.tsx';
import { type Step, WorkflowShell } from '../workflows/workflow-shell.tsx';
import { type Assessment, setField } from './answers.ts';
import { exitMembers } from './exit-workflow.tsx';
import { DateField } from './hud-inputs.tsx';
import { memberSteps } from './member-steps.tsx';
import { type Draft, type HouseholdView, personName } from './types.ts';
import { fetchAnswers, personOf, useHousehold } from './use-household.ts';

type EditExitValues = { dates: Record<string, string>; answers: Record<string, Assessment> };

export function EditExitWorkflow({ draft }: { draft: Draft }) {
  const { t } = useTranslation('enrollments');
  const household = useHousehold(draft.EnrollmentID);
  const [loaded, setLoaded] = useState(draft.data.values as EditExitValues | undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const h = household.data;
  useEffect(() => {
    if (loaded || !h) return;
    fetchAnswers(h.EnrollmentID, { stage: 3 })
      .then((stored) => {
        const answers: Record<string, Assessment> = {};
        for (const m of stored.members) {
          const view = h.members.find((x) => x.EnrollmentID === m.EnrollmentID);
          answers[m.EnrollmentID] = setField(m.assessment, 'Exit', 'Destination', view?.Destination ?? null);
        }
        const exited = h.members.filter((m) => m.ExitDate);
        setLoaded({ dates: Object.fromEntries(exited.map((m) => [m.EnrollmentID, m.ExitDate ?? ''])), answers });
      })
      .catch((e: Error) => setProblem(e.message));
  }, [loaded, h]);
  if (problem) return <Alert color="red">{problem}</Alert>;
  if (!h || !loaded) return <Loader aria-label={t('Loading')} />;
  return <EditExitWizard draft={draft} h={h} initial={loaded} />;
}

function EditExitWizard({ draft, h, initial }: { draft: Draft; h: HouseholdView; initial: EditExitValues }) {
  const { t } = useTranslation('enrollments');
  const [v, setV] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const exited = h.members.filter((m) => v.dates[m.EnrollmentID]);
  const steps = useMemo(
    (): Step[] => [
      {
        id: 'start',
        label: t('Exit dates'),
        group: t('Household'),
        owns: (k) => /^members\.\d+\.ExitDate$/.test(k),
        render: () => (
          <Stack>
            {exited.map((m, i) => (
              <DateField
                key={m.EnrollmentID}
                label={t('Exit date: {{name}}', { name: personName(m) })}
                value={v.dates[m.EnrollmentID]}
                error={errors[`members.${i}.ExitDate`]}
                onChange={(d) => d && setV({ ...v, dates: { ...v.dates, [m.EnrollmentID]: d } })}
              />
            ))}
          </Stack>
        ),
      },
      ...memberSteps({
        projectType: h.project.ProjectType,
        funders: h.project.funders,
        stage: 'exit',
        errors,
        first: ['exit'],
        t,
        members: exited.map((m, index) => ({
          index,
          person: personOf(m),
          isHeadOfHousehold: m.RelationshipToHoH === 1,
          date: v.dates[m.EnrollmentID] ?? '',
          assessment: v.answers[m.EnrollmentID] ?? {},
          setAssessment: (a) => setV((cur) => ({ ...cur, answers: { ...cur.answers, [m.EnrollmentID]: a } })),
        })),
      }),
      {
        id: 'review',
        label: t('Review and finish'),
        group: t('Finish'),
        render: () => (
          <ReviewStep
            rows={exited.map((m): [string, string] => [
              personName(m),
              t('exit {{date}}', { date: v.dates[m.EnrollmentID] }),
            ])}
            note={t('Finish saves every change to the exit at once.')}
          />
        ),
      },
    ],
    [h, v, errors, exited, t],
  );
  const members = exitMembers(
    h,
    exited.map((m) => m.EnrollmentID),
    v.answers,
  ).map((m) => ({ ...m, ExitDate: v.dates[m.EnrollmentID] }));
  return (
    <WorkflowShell
      title={t('Edit exit')}
      draft={draft}
      data={{ values: v, input: { members } }}
      steps={steps}
      errors={errors}
      setErrors={setErrors}
    />
  );
}
