// Exit: the exit date (backdating allowed), who leaves, whether their case assignments end,
// then each member's exit pages, destination first. "No exit interview completed" fills the
// member's pages from their last assessment.

import { Checkbox, Loader, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Destination } from '../../hud/codes.ts';
import { useHudLabels } from '../lib/hud-labels.ts';
import { ReviewStep } from '../workflows/review-step.tsx';
import { type Step, WorkflowShell } from '../workflows/workflow-shell.tsx';
import { type Assessment, copyRecords, recordOf } from './answers.ts';
import { type ExitService, ExitServicesStep, exitServicesBody } from './exit-services-step.tsx';
import { DateField } from './hud-inputs.tsx';
import { memberSteps } from './member-steps.tsx';
import { type Draft, type HouseholdView, personName } from './types.ts';
import { answersByEnrollment, personOf, useAnswers, useHousehold } from './use-household.ts';

type ExitValues = {
  ExitDate: string;
  members: string[];
  endCaseAssignment: boolean;
  answers: Record<string, Assessment>;
  /** Services provided at exit (missing in drafts saved before the page existed). */
  services?: ExitService[];
};

const today = () => new Date().toLocaleDateString('en-CA');
const FROM_LAST: (keyof Assessment)[] = [
  'IncomeBenefits',
  'HealthAndDV',
  'EmploymentEducation',
  'YouthEducationStatus',
  'Disabilities',
];

/** The exit body: the destination sits beside the exit answers, not inside them. */
export function exitMembers(h: HouseholdView, ids: string[], answers: Record<string, Assessment>) {
  return h.members
    .filter((m) => ids.includes(m.EnrollmentID))
    .map((m) => {
      const a = answers[m.EnrollmentID] ?? {};
      const { Destination: destination, ...exit } = recordOf(a, 'Exit');
      return {
        EnrollmentID: m.EnrollmentID,
        version: m.version,
        ...(typeof destination === 'number' ? { Destination: destination } : {}),
        assessment: { ...a, Exit: exit },
      };
    });
}

export function ExitWorkflow({ draft }: { draft: Draft }) {
  const { t } = useTranslation('enrollments');
  const household = useHousehold(draft.EnrollmentID);
  if (!household.data) return <Loader aria-label={t('Loading')} />;
  return <ExitWizard draft={draft} h={household.data} />;
}

function ExitWizard({ draft, h }: { draft: Draft; h: HouseholdView }) {
  const { t } = useTranslation('enrollments');
  const { hudLabel } = useHudLabels();
  const open = h.members.filter((m) => !m.ExitDate);
  const [v, setV] = useState<ExitValues>(
    () =>
      (draft.data.values as ExitValues | undefined) ?? {
        ExitDate: today(),
        members: open.map((m) => m.EnrollmentID),
        endCaseAssignment: false,
        answers: {},
      },
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const last = answersByEnrollment(useAnswers(h.EnrollmentID, { latest: true, before: v.ExitDate }).data);
  const head = h.members.find((m) => m.RelationshipToHoH === 1);

  const steps = useMemo((): Step[] => {
    const leaving = h.members.filter((m) => v.members.includes(m.EnrollmentID));
    return [
      {
        id: 'start',
        label: t('Exit date'),
        group: t('Household'),
        owns: (k) => k === 'members' || k === 'ExitDate' || /^members\.\d+\.ExitDate$/.test(k),
        check: () => (v.members.length ? null : t('Choose who is exiting')),
        render: () => (
          <Stack>
            <DateField
              label={t('Exit date')}
              description={t('You can backdate the exit')}
              value={v.ExitDate}
              error={errors.ExitDate ?? errors['members.0.ExitDate']}
              onChange={(d) => setV({ ...v, ExitDate: d ?? v.ExitDate })}
            />
            <Text fw={600}>{t('Household members exiting')}</Text>
            {open.map((m) => (
              <Checkbox
                key={m.EnrollmentID}
                label={personName(m)}
                checked={v.members.includes(m.EnrollmentID)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  // The head of household leaves with everyone still enrolled.
                  const all = m === head && on ? open.map((x) => x.EnrollmentID) : null;
                  setV({
                    ...v,
                    members:
                      all ?? (on ? [...v.members, m.EnrollmentID] : v.members.filter((x) => x !== m.EnrollmentID)),
                  });
                }}
              />
            ))}
            <Checkbox
              label={t('End case assignment')}
              description={t("Removes these clients from their case managers' caseloads on the exit date")}
              checked={v.endCaseAssignment}
              onChange={(e) => setV({ ...v, endCaseAssignment: e.currentTarget.checked })}
            />
          </Stack>
        ),
      },
      {
        id: 'services',
        label: t('Services provided at exit'),
        group: t('Household'),
        owns: (k) => k.startsWith('services.'),
        check: () =>
          (v.services ?? []).some((r) => !r.serviceTypeId) ? t('Choose the service, or remove the empty row') : null,
        render: () => (
          <ExitServicesStep
            projectId={h.project.ProjectID}
            leaving={leaving}
            exitDate={v.ExitDate}
            rows={(v.services ?? []).filter((r) => v.members.includes(r.EnrollmentID))}
            onChange={(services) => setV((cur) => ({ ...cur, services }))}
            errors={errors}
          />
        ),
      },
      ...memberSteps({
        projectType: h.project.ProjectType,
        funders: h.project.funders,
        stage: 'exit',
        errors,
        first: ['exit'],
        t,
        members: leaving.map((m, index) => ({
          index,
          person: personOf(m),
          isHeadOfHousehold: m.RelationshipToHoH === 1,
          date: v.ExitDate,
          assessment: v.answers[m.EnrollmentID] ?? {},
          last: last[m.EnrollmentID],
          setAssessment: (a) =>
            setV((cur) => {
              const before = recordOf(cur.answers[m.EnrollmentID], 'Exit').Destination;
              const noInterview = recordOf(a, 'Exit').Destination === Destination.NoExitInterviewCompleted;
              const filled =
                noInterview && before !== Destination.NoExitInterviewCompleted
                  ? copyRecords(a, last[m.EnrollmentID], FROM_LAST)
                  : a;
              return { ...cur, answers: { ...cur.answers, [m.EnrollmentID]: filled } };
            }),
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
              [t('Exit date'), v.ExitDate],
              ...leaving.map((m): [string, string] => [
                personName(m),
                hudLabel('Destination', recordOf(v.answers[m.EnrollmentID], 'Exit').Destination as number) ??
                  t('Destination not chosen'),
              ]),
              [t('End case assignment'), v.endCaseAssignment ? t('Yes') : t('No')],
              [t('Services provided at exit'), String((v.services ?? []).length || t('None'))],
            ]}
            note={t('Finish exits everyone listed and records their exit answers in one step.')}
          />
        ),
      },
    ];
  }, [h, v, errors, last, open, head, t, hudLabel]);

  return (
    <WorkflowShell
      title={t('Exit')}
      draft={draft}
      data={{
        values: v,
        input: {
          ExitDate: v.ExitDate,
          endCaseAssignment: v.endCaseAssignment,
          members: exitMembers(h, v.members, v.answers),
          services: exitServicesBody((v.services ?? []).filter((r) => v.members.includes(r.EnrollmentID))),
        },
      }}
      steps={steps}
      errors={errors}
      setErrors={setErrors}
    />
  );
}
