// Update and annual assessments (new, edited, or missed ones on an exited enrollment): the
// same choice for every household member, then each member's pages for the stage.

import { Loader } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataCollectionStage } from '../../hud/codes.ts';
import { useHudLabels } from '../lib/hud-labels.ts';
import { ReviewStep } from '../workflows/review-step.tsx';
import { type Step, WorkflowShell } from '../workflows/workflow-shell.tsx';
import { AssessmentStart, type AssessmentValues } from './assessment-start.tsx';
import { memberSteps } from './member-steps.tsx';
import { type Draft, type HouseholdView, personName } from './types.ts';
import { answersByEnrollment, personOf, useAnswers, useHousehold } from './use-household.ts';

const today = () => new Date().toLocaleDateString('en-CA');

type Preset = { stage?: number; date?: string };

function assessmentTitle(t: (key: string) => string, annual: boolean, exited: boolean, editing: boolean): string {
  if (annual) {
    if (exited) return editing ? t('Missed edit annual assessment') : t('Missed annual assessment');
    return editing ? t('Edit annual assessment') : t('Annual assessment');
  }
  if (exited) return editing ? t('Missed edit update assessment') : t('Missed update assessment');
  return editing ? t('Edit update assessment') : t('Update assessment');
}

// A preset date (a missing annual, backdated into its window) assesses who was enrolled on it.
function initial(h: HouseholdView, preset: Preset | undefined): AssessmentValues {
  const on = preset?.date;
  return {
    mode: 'new',
    stage: preset?.stage ?? DataCollectionStage.Update,
    date: on ?? today(),
    members: h.members
      .filter((m) =>
        on ? m.EntryDate <= on && (!m.ExitDate || m.ExitDate >= on) : !m.ExitDate || h.members.every((x) => x.ExitDate),
      )
      .map((m) => m.EnrollmentID),
    answers: {},
  };
}

function input(h: HouseholdView, v: AssessmentValues) {
  const members = h.members
    .filter((m) => v.members.includes(m.EnrollmentID))
    .map((m) => ({ EnrollmentID: m.EnrollmentID, version: m.version, assessment: v.answers[m.EnrollmentID] ?? {} }));
  return v.editing
    ? { InformationDate: v.date, members }
    : { DataCollectionStage: v.stage, InformationDate: v.date, members };
}

export function AssessmentWorkflow({ draft }: { draft: Draft }) {
  const { t } = useTranslation('enrollments');
  const household = useHousehold(draft.EnrollmentID);
  if (!household.data) return <Loader aria-label={t('Loading')} />;
  return <AssessmentWizard draft={draft} h={household.data} />;
}

function AssessmentWizard({ draft, h }: { draft: Draft; h: HouseholdView }) {
  const { t } = useTranslation('enrollments');
  const { hudLabel } = useHudLabels();
  const [v, setV] = useState<AssessmentValues>(
    () => (draft.data.values as AssessmentValues | undefined) ?? initial(h, draft.data.preset as Preset | undefined),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const last = useAnswers(h.EnrollmentID, { latest: true, before: v.date });
  const lastBy = answersByEnrollment(last.data);
  const stageName = v.stage === DataCollectionStage.Annual ? 'annual' : 'update';
  const exited = h.members.some((m) => m.ExitDate && v.members.includes(m.EnrollmentID));
  const title = assessmentTitle(t, v.stage === DataCollectionStage.Annual, exited, Boolean(v.editing));

  const steps = useMemo((): Step[] => {
    const chosen = h.members.filter((m) => v.members.includes(m.EnrollmentID));
    const index = (id: string) => chosen.findIndex((m) => m.EnrollmentID === id);
    return [
      {
        id: 'start',
        label: t('Choose the assessment'),
        group: t('Household'),
        owns: (k) => k === 'InformationDate' || /^members\.\d+\.InformationDate$/.test(k),
        render: () => <AssessmentStart h={h} v={v} set={setV} errors={errors} />,
        check: () =>
          v.mode === 'edit' && !v.editing
            ? t('Choose the assessment to edit')
            : v.members.length === 0
              ? t('Choose at least one household member')
              : null,
      },
      ...memberSteps({
        projectType: h.project.ProjectType,
        funders: h.project.funders,
        stage: stageName,
        errors,
        t,
        members: chosen.map((m) => ({
          index: index(m.EnrollmentID),
          person: personOf(m),
          isHeadOfHousehold: m.RelationshipToHoH === 1,
          date: v.date,
          assessment: v.answers[m.EnrollmentID] ?? {},
          last: lastBy[m.EnrollmentID],
          setAssessment: (a) => setV((cur) => ({ ...cur, answers: { ...cur.answers, [m.EnrollmentID]: a } })),
        })),
      }),
      {
        id: 'review',
        label: t('Review and finish'),
        group: t('Finish'),
        render: () => (
          <ReviewStep
            rows={[
              [t('Project'), h.project.ProjectName],
              [
                t('Assessment'),
                t('{{stage}} dated {{date}}', { stage: hudLabel('DataCollectionStage', v.stage), date: v.date }),
              ],
              [t('Household members'), chosen.map((m) => personName(m)).join(', ')],
            ]}
            note={t('Finish records the assessment for every member listed, in one step.')}
          />
        ),
      },
    ];
  }, [h, v, errors, stageName, lastBy, t, hudLabel]);

  return (
    <WorkflowShell
      title={title}
      draft={draft}
      data={{ values: v, input: input(h, v), ...(v.editing ? { editing: v.editing } : {}) }}
      steps={steps}
      errors={errors}
      setErrors={setErrors}
    />
  );
}
