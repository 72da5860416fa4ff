// Update and annual assessments (new, edited, or missed ones on an exited enrollment): the
// same choice for every household member, then each member's pages for the stage.
import { Loader } from '@mantine/core';
import { useMemo, useState } from 'react';
import { DataCollectionStage, hudLabel } from '../../hud/codes.ts';
import { ReviewStep } from '../workflows/review-step.tsx';
import { type Step, WorkflowShell } from '../workflows/workflow-shell.tsx';
import { AssessmentStart, type AssessmentValues } from './assessment-start.tsx';
import { memberSteps } from './member-steps.tsx';
import { type Draft, type HouseholdView, personName } from './types.ts';
import { answersByEnrollment, personOf, useAnswers, useHousehold } from './use-household.ts';

const today = () => new Date().toLocaleDateString('en-CA');

type Preset = { stage?: number; date?: string };

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
  const household = useHousehold(draft.EnrollmentID);
  if (!household.data) return <Loader aria-label="Loading" />;
  return <AssessmentWizard draft={draft} h={household.data} />;
}

function AssessmentWizard({ draft, h }: { draft: Draft; h: HouseholdView }) {
  const [v, setV] = useState<AssessmentValues>(
    () => (draft.data.values as AssessmentValues | undefined) ?? initial(h, draft.data.preset as Preset | undefined),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const last = useAnswers(h.EnrollmentID, { latest: true, before: v.date });
  const lastBy = answersByEnrollment(last.data);
  const stageName = v.stage === DataCollectionStage.Annual ? 'annual' : 'update';
  const exited = h.members.some((m) => m.ExitDate && v.members.includes(m.EnrollmentID));
  const title = `${exited ? 'Missed ' : ''}${v.editing ? 'Edit ' : ''}${v.stage === DataCollectionStage.Annual ? 'annual assessment' : 'update assessment'}`;

  const steps = useMemo((): Step[] => {
    const chosen = h.members.filter((m) => v.members.includes(m.EnrollmentID));
    const index = (id: string) => chosen.findIndex((m) => m.EnrollmentID === id);
    return [
      {
        id: 'start',
        label: 'Choose the assessment',
        group: 'Household',
        owns: (k) => k === 'InformationDate' || /^members\.\d+\.InformationDate$/.test(k),
        render: () => <AssessmentStart h={h} v={v} set={setV} errors={errors} />,
        check: () =>
          v.mode === 'edit' && !v.editing
            ? 'Choose the assessment to edit'
            : v.members.length === 0
              ? 'Choose at least one household member'
              : null,
      },
      ...memberSteps({
        projectType: h.project.ProjectType,
        funders: h.project.funders,
        stage: stageName,
        errors,
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
        label: 'Review and finish',
        group: 'Finish',
        render: () => (
          <ReviewStep
            rows={[
              ['Project', h.project.ProjectName],
              ['Assessment', `${hudLabel('DataCollectionStage', v.stage)} dated ${v.date}`],
              ['Household members', chosen.map((m) => personName(m)).join(', ')],
            ]}
            note="Finish records the assessment for every member listed, in one step."
          />
        ),
      },
    ];
  }, [h, v, errors, stageName, lastBy]);

  return (
    <WorkflowShell
      title={title.charAt(0).toUpperCase() + title.slice(1)}
      draft={draft}
      data={{ values: v, input: input(h, v), ...(v.editing ? { editing: v.editing } : {}) }}
      steps={steps}
      errors={errors}
      setErrors={setErrors}
    />
  );
}
