// Intake: Basic Client Information → Family Members → HUD Program Enrollment → each enrolled
// member's pages (as the rules require) → Finish, which enrolls the household in one go.

import { Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api.ts';
import { useHudLabels } from '../lib/hud-labels.ts';
import { ReviewStep } from '../workflows/review-step.tsx';
import { type Step, WorkflowShell } from '../workflows/workflow-shell.tsx';
import { memberErrors } from './answers.ts';
import { ClientIdentity, identityProps } from './client-identity.tsx';
import { loadPerson } from './client-picker.tsx';
import { apiIndex, emptyIntake, enrolled, type IntakeValues, intakeInput, isHead } from './intake-model.ts';
import { addPerson, BasicClientInformationStep, FamilyMembersStep, ProgramEnrollmentStep } from './intake-steps.tsx';
import { memberSteps } from './member-steps.tsx';
import { type Draft, type ProjectOption, personName, withPerson } from './types.ts';

const headClientId = (id: string | undefined) => (id && !id.startsWith('new:') ? id : undefined);

const today = () => new Date().toLocaleDateString('en-CA');

/** What a workflow built on the intake adds (the CAS & Diversion intake, the intake from a referral). */
export type IntakeExtension = {
  title: string;
  /** Which projects the HUD Program Enrollment page offers. */
  projectFilter?: (p: ProjectOption) => boolean;
  /** Pages after the members' pages, before Review and finish. */
  steps?: (intake: { v: IntakeValues; project: ProjectOption | undefined; errors: Record<string, string> }) => Step[];
  review?: [string, string][];
  /** Saved in the draft beside the intake's values. */
  data?: Record<string, unknown>;
  /** The Finish body, from the intake's own. */
  input?: (intake: ReturnType<typeof intakeInput>) => unknown;
  finishedPath?: (enrollmentId: string) => string;
};

export function IntakeWorkflow({ draft, extension }: { draft: Draft; extension?: IntakeExtension }) {
  const { t } = useTranslation('enrollments');
  const { hudLabel } = useHudLabels();
  const [v, setV] = useState<IntakeValues>(
    () => (draft.data.values as IntakeValues | undefined) ?? { ...emptyIntake(), EntryDate: today() },
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const projects = useQuery({
    queryKey: ['enrollment-projects', 'current'],
    queryFn: () => api.get<ProjectOption[]>('/api/enrollments/projects?scope=current'),
  });
  // Started from a client's dashboard: that client is the head of household.
  useEffect(() => {
    const pid = draft.PersonalID;
    if (!pid || v.household.length) return;
    loadPerson(pid).then((p) => setV((cur) => (cur.household.length ? cur : addPerson(cur, p, 1))));
  }, [draft.PersonalID, v.household.length]);

  const project = projects.data?.find((p) => p.ProjectID === v.ProjectID);
  const steps = useMemo((): Step[] => {
    const props = { v, set: setV, errors };
    const head = v.household.find(isHead);
    const household: Step[] = [
      {
        id: 'start',
        label: t('Basic client information'),
        group: t('Household'),
        render: () => <BasicClientInformationStep {...props} />,
        check: () => (head ? null : t('Choose the head of household first')),
      },
      {
        id: 'family',
        label: t('Family members'),
        group: t('Household'),
        owns: (k) => k.endsWith('.RelationshipToHoH') || k === 'members' || /^members\.\d+\.newClient$/.test(k),
        render: () => <FamilyMembersStep {...props} />,
        check: () => {
          if (v.household.some((m) => m.RelationshipToHoH === null))
            return t('Choose each family member’s relationship to the head of household');
          const heads = v.household.filter(isHead).length;
          return heads === 1 ? null : t('Exactly one member must be Self (head of household)');
        },
      },
      {
        id: 'enrollment',
        label: t('HUD program enrollment'),
        group: t('Household'),
        owns: (k) =>
          k === 'ProjectID' ||
          k === 'EntryDate' ||
          /^members\.\d+\.(EntryDate|caseManagerUserId|Enrollment\.(MoveInDate|DateOfEngagement))$/.test(k),
        render: () => (
          <ProgramEnrollmentStep
            {...props}
            projects={(projects.data ?? []).filter((p) => extension?.projectFilter?.(p) ?? true)}
          />
        ),
        check: () => (!v.ProjectID ? t('Choose the project') : !v.EntryDate ? t('Enter the project start date') : null),
      },
    ];
    const members = project
      ? memberSteps({
          projectType: project.ProjectType,
          funders: project.funders,
          stage: 'projectStart',
          errors,
          exclude: ['enrollment'],
          t,
          members: [...enrolled(v)]
            .sort((a, b) => Number(isHead(b)) - Number(isHead(a)))
            .flatMap((m) => {
              const person = v.people[m.PersonalID];
              if (!person) return [];
              return [
                {
                  index: apiIndex(v, m.PersonalID),
                  person,
                  isHeadOfHousehold: isHead(m),
                  date: m.EntryDate ?? v.EntryDate ?? today(),
                  assessment: v.answers[m.PersonalID] ?? {},
                  setAssessment: (a) => setV((cur) => ({ ...cur, answers: { ...cur.answers, [m.PersonalID]: a } })),
                  identity: () => (
                    <ClientIdentity
                      {...identityProps(m, memberErrors(errors, apiIndex(v, m.PersonalID)), (change, person) =>
                        setV((cur) => ({
                          ...cur,
                          household: cur.household.map((x) =>
                            x.PersonalID === m.PersonalID ? { ...x, ...change } : x,
                          ),
                          people: withPerson(cur.people, m.PersonalID, person),
                        })),
                      )}
                    />
                  ),
                },
              ];
            }),
        })
      : [];
    const review: Step = {
      id: 'review',
      label: t('Review and finish'),
      group: t('Finish'),
      render: () => (
        <ReviewStep
          rows={[
            [t('Project'), project?.ProjectName ?? '—'],
            [t('Project start date'), v.EntryDate ?? '—'],
            ...enrolled(v).map((m): [string, string] => [
              personName(v.people[m.PersonalID]),
              t('{{relationship}} · starts {{date}}', {
                relationship: hudLabel('RelationshipToHoH', m.RelationshipToHoH) ?? '—',
                date: m.EntryDate ?? v.EntryDate,
              }),
            ]),
            ...(extension?.review ?? []),
          ]}
          note={t(
            'Finish enrolls the whole household and records every answer in one step. If anything needs fixing, nothing is saved and the message says where.',
          )}
        />
      ),
    };
    return [...household, ...members, ...(extension?.steps?.({ v, project, errors }) ?? []), review];
  }, [v, errors, project, projects.data, extension, t, hudLabel]);

  if (projects.isLoading) return <Loader aria-label={t('Loading')} />;
  return (
    <WorkflowShell
      title={extension?.title ?? t('Intake')}
      // A quick-added head (`new:…`) is no client until the intake finishes: the draft names none yet.
      personalId={headClientId(v.household.find(isHead)?.PersonalID)}
      draft={draft}
      data={{
        ...extension?.data,
        values: v,
        input: extension?.input ? extension.input(intakeInput(v)) : intakeInput(v),
      }}
      finishedPath={extension?.finishedPath}
      steps={steps}
      errors={errors}
      setErrors={setErrors}
    />
  );
}
