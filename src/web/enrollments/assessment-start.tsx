// First page of an update/annual assessment: a new one (update or annual, its date, who is
// assessed) or an existing one to edit, and "default every page from the last assessment".

import { Alert, Button, Checkbox, Radio, Stack, Table, Text } from '@mantine/core';
import { type Dispatch, type SetStateAction, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataCollectionStage } from '../../hud/codes.ts';
import { annualWindowOf, nearestAnnualWindow } from '../../hud/rules/dates.ts';
import { errorMessage } from '../lib/forms.ts';
import { useHudLabels } from '../lib/hud-labels.ts';
import type { Assessment } from './answers.ts';
import { DateField } from './hud-inputs.tsx';
import { type HouseholdView, personName } from './types.ts';
import { answersByEnrollment, fetchAnswers } from './use-household.ts';

export type AssessmentValues = {
  mode: 'new' | 'edit';
  stage: number;
  date: string;
  editing?: { stage: number; date: string };
  members: string[];
  answers: Record<string, Assessment>;
};

type Props = {
  h: HouseholdView;
  v: AssessmentValues;
  set: Dispatch<SetStateAction<AssessmentValues>>;
  errors: Record<string, string>;
};

const COPIED: (keyof Assessment)[] = [
  'IncomeBenefits',
  'HealthAndDV',
  'EmploymentEducation',
  'YouthEducationStatus',
  'Disabilities',
];

export function AssessmentStart({ h, v, set, errors }: Props) {
  const { t } = useTranslation('enrollments');
  const { hudLabel } = useHudLabels();
  const [problem, setProblem] = useState<string | null>(null);
  const head = h.members.find((m) => m.RelationshipToHoH === 1);
  const existing = [
    ...new Map(
      h.assessments
        .filter(
          (a) =>
            a.DataCollectionStage === DataCollectionStage.Update ||
            a.DataCollectionStage === DataCollectionStage.Annual,
        )
        .map((a) => [`${a.DataCollectionStage}:${a.InformationDate}`, a]),
    ).values(),
  ];
  const window =
    head && v.stage === DataCollectionStage.Annual
      ? (annualWindowOf(head.EntryDate, v.date) ?? nearestAnnualWindow(head.EntryDate, v.date))
      : null;
  const inWindow = head ? Boolean(annualWindowOf(head.EntryDate, v.date)) : true;

  async function defaultAll() {
    try {
      const last = answersByEnrollment(await fetchAnswers(h.EnrollmentID, { latest: true, before: v.date }));
      // Applied to the values as they are when the answers arrive (the date may have changed since).
      set((cur) => {
        const answers = { ...cur.answers };
        for (const id of cur.members) {
          const from = last[id] ?? {};
          answers[id] = {
            ...answers[id],
            ...Object.fromEntries(COPIED.filter((r) => from[r]).map((r) => [r, from[r]])),
          };
        }
        return { ...cur, answers };
      });
    } catch (e) {
      setProblem(errorMessage(e));
    }
  }

  async function edit(stage: number, date: string) {
    try {
      const stored = answersByEnrollment(await fetchAnswers(h.EnrollmentID, { stage, date }));
      set((cur) => ({
        ...cur,
        mode: 'edit',
        stage,
        date,
        editing: { stage, date },
        members: Object.keys(stored),
        answers: stored,
      }));
    } catch (e) {
      setProblem(errorMessage(e));
    }
  }

  return (
    <Stack>
      {problem && <Alert color="red">{problem}</Alert>}
      {existing.length > 0 && (
        <Radio.Group
          label={t('Assessment')}
          value={v.mode}
          onChange={(m) => set({ ...v, mode: m as 'new' | 'edit', editing: undefined })}
        >
          <Radio value="new" label={t('New assessment')} />
          <Radio value="edit" label={t('Edit existing')} mt="xs" />
        </Radio.Group>
      )}
      {v.mode === 'edit' ? (
        <Table aria-label={t('Existing assessments')}>
          <Table.Tbody>
            {existing.map((a) => {
              const chosen = v.editing?.stage === a.DataCollectionStage && v.editing.date === a.InformationDate;
              return (
                <Table.Tr key={`${a.DataCollectionStage}:${a.InformationDate}`}>
                  <Table.Td>{hudLabel('DataCollectionStage', a.DataCollectionStage)}</Table.Td>
                  <Table.Td>{a.InformationDate}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant={chosen ? 'filled' : 'default'}
                      onClick={() => edit(a.DataCollectionStage, a.InformationDate)}
                    >
                      {chosen ? t('Editing') : t('Edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      ) : (
        <>
          <Radio.Group
            label={t('Type of assessment')}
            value={String(v.stage)}
            onChange={(s) => set({ ...v, stage: Number(s) })}
          >
            <Radio value={String(DataCollectionStage.Update)} label={t('Update (during program enrollment)')} />
            <Radio value={String(DataCollectionStage.Annual)} label={t('Annual assessment')} mt="xs" />
          </Radio.Group>
          <DateField
            label={t('Assessment date')}
            value={v.date}
            error={errors.InformationDate}
            onChange={(d) => set({ ...v, date: d ?? v.date })}
          />
          {window && (
            <Alert color={inWindow ? 'blue' : 'yellow'}>
              {t(
                "Annual assessments are dated within 30 days of an anniversary of the project start date: this year's window is {{opens}} to {{closes}}.",
                { opens: window.opens, closes: window.closes },
              )}
            </Alert>
          )}
          <Text fw={600}>{t('Household members assessed')}</Text>
          {h.members.map((m) => (
            <Checkbox
              key={m.EnrollmentID}
              label={
                m.ExitDate ? t('{{name}} (exited {{date}})', { name: personName(m), date: m.ExitDate }) : personName(m)
              }
              checked={v.members.includes(m.EnrollmentID)}
              onChange={(e) =>
                set({
                  ...v,
                  members: e.currentTarget.checked
                    ? [...v.members, m.EnrollmentID]
                    : v.members.filter((x) => x !== m.EnrollmentID),
                })
              }
            />
          ))}
          <Button variant="light" w="fit-content" onClick={defaultAll}>
            {t('Default every page from the last assessment')}
          </Button>
        </>
      )}
    </Stack>
  );
}
