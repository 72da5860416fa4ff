// Edit entry: relationships (change of head of household), project start dates, family
// members joining, and every project start page of every member. A changed start date moves
// that member's entry assessment with it on the server, in the same transaction.

import { Alert, Checkbox, Loader, Stack, Table, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UserPicker } from '../case-assignments/user-picker.tsx';
import { toClientPatch } from '../clients/client-fields.tsx';
import { ReviewStep } from '../workflows/review-step.tsx';
import { type Step, WorkflowShell } from '../workflows/workflow-shell.tsx';
import { type Assessment, memberErrors } from './answers.ts';
import { ClientIdentity, identityProps } from './client-identity.tsx';
import { ClientPicker, loadPerson } from './client-picker.tsx';
import { DateField, HudSelect } from './hud-inputs.tsx';
import { type ClientChanges, type NewClient, newClientBody, newPerson } from './intake-model.ts';
import { memberSteps } from './member-steps.tsx';
import { type Draft, type HouseholdView, type Person, personName, withPerson } from './types.ts';
import { fetchAnswers, personOf, useHousehold } from './use-household.ts';

type Row = {
  /** The client ID, or `new:…` for someone added in this workflow. */
  PersonalID: string;
  EnrollmentID?: string;
  RelationshipToHoH: number | null;
  EntryDate: string;
  caseManagerUserId?: string;
  caseManagerName?: string;
  /** Someone not yet in HMIS (search, then add): created when the workflow finishes. */
  newClient?: NewClient;
  confirmedNotDuplicate?: boolean;
  clientChanges?: ClientChanges;
};
type EditEntryValues = { rows: Row[]; people: Record<string, Person>; answers: Record<string, Assessment> };

function input(h: HouseholdView, v: EditEntryValues) {
  return {
    members: v.rows.map((r) => {
      const m = h.members.find((x) => x.EnrollmentID === r.EnrollmentID);
      const assessment = v.answers[r.PersonalID] ?? {};
      const client =
        r.clientChanges && Object.keys(r.clientChanges).length ? { client: toClientPatch(r.clientChanges) } : {};
      const who = r.newClient
        ? { newClient: newClientBody(r.newClient), ...(r.confirmedNotDuplicate ? { confirmedNotDuplicate: true } : {}) }
        : { PersonalID: r.PersonalID, ...client, clientVersion: v.people[r.PersonalID]?.version };
      return m
        ? {
            EnrollmentID: m.EnrollmentID,
            version: m.version,
            RelationshipToHoH: r.RelationshipToHoH,
            EntryDate: r.EntryDate,
            clientVersion: m.clientVersion,
            ...client,
            assessment,
          }
        : {
            ...who,
            RelationshipToHoH: r.RelationshipToHoH,
            EntryDate: r.EntryDate,
            ...(r.caseManagerUserId ? { caseManagerUserId: r.caseManagerUserId } : {}),
            assessment,
          };
    }),
  };
}

export function EditEntryWorkflow({ draft }: { draft: Draft }) {
  const { t } = useTranslation('enrollments');
  const household = useHousehold(draft.EnrollmentID);
  const saved = draft.data.values as EditEntryValues | undefined;
  const [loaded, setLoaded] = useState<EditEntryValues | undefined>(saved);
  const [problem, setProblem] = useState<string | null>(null);
  const h = household.data;
  const join = draft.data.join as string | undefined;
  useEffect(() => {
    if (loaded || !h) return;
    fetchAnswers(h.EnrollmentID, { stage: 1 })
      .then(async (stored) => {
        const values: EditEntryValues = {
          rows: h.members.map((m) => ({
            PersonalID: m.PersonalID,
            EnrollmentID: m.EnrollmentID,
            RelationshipToHoH: m.RelationshipToHoH,
            EntryDate: m.EntryDate,
          })),
          people: Object.fromEntries(h.members.map((m) => [m.PersonalID, personOf(m)])),
          answers: Object.fromEntries(stored.members.map((m) => [m.PersonalID, m.assessment])),
        };
        // Started by Quick Add Family Member: that person joins the household here.
        setLoaded(join && !values.people[join] ? joinPerson(values, await loadPerson(join)) : values);
      })
      .catch((e: Error) => setProblem(e.message));
  }, [loaded, h, join]);
  if (problem) return <Alert color="red">{problem}</Alert>;
  if (!h || !loaded) return <Loader aria-label={t('Loading')} />;
  return <EditEntryWizard draft={draft} h={h} initial={loaded} />;
}

const todayIso = () => new Date().toLocaleDateString('en-CA');

/** A person joining the household: their relationship is chosen next, they start today. */
function joinPerson(v: EditEntryValues, p: Person, newClient?: NewClient): EditEntryValues {
  return {
    ...v,
    people: { ...v.people, [p.PersonalID]: p },
    rows: [...v.rows, { PersonalID: p.PersonalID, RelationshipToHoH: null, EntryDate: todayIso(), newClient }],
    answers: { ...v.answers, [p.PersonalID]: { Client: { Sex: p.Sex ?? null } } },
  };
}

function EditEntryWizard({ draft, h, initial }: { draft: Draft; h: HouseholdView; initial: EditEntryValues }) {
  const { t } = useTranslation('enrollments');
  const [v, setV] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const setRow = (id: string, patch: Partial<Row>) =>
    setV((cur) => {
      const row = cur.rows.find((r) => r.PersonalID === id);
      // Members who started with the head of household move with the household's start date.
      const follow = patch.EntryDate && row?.RelationshipToHoH === 1 ? row.EntryDate : null;
      return {
        ...cur,
        rows: cur.rows.map((r) =>
          r.PersonalID === id
            ? { ...r, ...patch }
            : follow && r.EntryDate === follow
              ? { ...r, EntryDate: patch.EntryDate ?? r.EntryDate }
              : r,
        ),
      };
    });

  const steps = ((): Step[] => {
    const start: Step = {
      id: 'start',
      label: t('Family members'),
      group: t('Household'),
      owns: (k) =>
        k === 'members' ||
        /^(members\.\d+|household\.[^.]+)\.(RelationshipToHoH|EntryDate|PersonalID|caseManagerUserId|newClient)$/.test(
          k,
        ),
      check: () =>
        v.rows.filter((r) => r.RelationshipToHoH === 1).length === 1
          ? null
          : t('Exactly one member must be Self (head of household)'),
      render: () => (
        <Stack>
          <Table aria-label={t('Household members')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('Name')}</Table.Th>
                <Table.Th scope="col">{t('Relationship to head of household')}</Table.Th>
                <Table.Th scope="col">{t('Project start date')}</Table.Th>
                <Table.Th scope="col">{t('Case manager (people joining)')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {v.rows.map((r, i) => {
                const name = personName(v.people[r.PersonalID]);
                return (
                  <Table.Tr key={r.PersonalID}>
                    <Table.Td>
                      {name}
                      {r.newClient && (
                        <Checkbox
                          mt={4}
                          size="xs"
                          label={t('{{name}} is not already in HMIS (I compared the search results)', { name })}
                          checked={r.confirmedNotDuplicate === true}
                          error={errors[`members.${i}.newClient`]}
                          onChange={(e) => setRow(r.PersonalID, { confirmedNotDuplicate: e.currentTarget.checked })}
                        />
                      )}
                    </Table.Td>
                    <Table.Td>
                      <HudSelect
                        label={t('Relationship to head of household: {{name}}', { name })}
                        hideLabel
                        list="RelationshipToHoH"
                        value={r.RelationshipToHoH}
                        error={errors[`members.${i}.RelationshipToHoH`]}
                        onChange={(x) => setRow(r.PersonalID, { RelationshipToHoH: x })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <DateField
                        label={t('Project start date: {{name}}', { name })}
                        hideLabel
                        value={r.EntryDate}
                        error={errors[`members.${i}.EntryDate`]}
                        onChange={(d) => d && setRow(r.PersonalID, { EntryDate: d })}
                      />
                    </Table.Td>
                    <Table.Td>
                      {!r.EnrollmentID && (
                        <UserPicker
                          label={t('Case manager: {{name}}', { name })}
                          value={r.caseManagerUserId ?? null}
                          valueName={r.caseManagerName}
                          onChange={(id, n) =>
                            setRow(r.PersonalID, {
                              caseManagerUserId: id ?? undefined,
                              caseManagerName: n ?? undefined,
                            })
                          }
                        />
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          <Title order={4}>{t('Add a family member to this enrollment')}</Title>
          <ClientPicker
            label={t('Find family member')}
            exclude={v.rows.map((r) => r.PersonalID)}
            onPick={(p) => setV((cur) => joinPerson(cur, p))}
            onAddNew={(c) =>
              setV((cur) => {
                const key = `new:${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
                return joinPerson(cur, newPerson(key, c), c);
              })
            }
          />
        </Stack>
      ),
    };
    const members = memberSteps({
      projectType: h.project.ProjectType,
      funders: h.project.funders,
      stage: 'projectStart',
      errors,
      t,
      members: v.rows.flatMap((r, index) => {
        const person = v.people[r.PersonalID];
        if (!person) return [];
        return [
          {
            index,
            person,
            isHeadOfHousehold: r.RelationshipToHoH === 1,
            date: r.EntryDate,
            // Someone who has turned 18 since entry is asked the adult questions too (the seed's rule).
            ageDate:
              h.members.find((m) => m.EnrollmentID === r.EnrollmentID)?.ExitDate ??
              new Date().toLocaleDateString('en-CA'),
            assessment: v.answers[r.PersonalID] ?? {},
            setAssessment: (a: Assessment) =>
              setV((cur) => ({ ...cur, answers: { ...cur.answers, [r.PersonalID]: a } })),
            identity: () => (
              <ClientIdentity
                {...identityProps(r, memberErrors(errors, index), (change, redraw) =>
                  setV((cur) => ({
                    ...cur,
                    rows: cur.rows.map((x) => (x.PersonalID === r.PersonalID ? { ...x, ...change } : x)),
                    people: withPerson(cur.people, r.PersonalID, redraw),
                  })),
                )}
              />
            ),
          },
        ];
      }),
    });
    const review: Step = {
      id: 'review',
      label: t('Review and finish'),
      group: t('Finish'),
      render: () => (
        <ReviewStep
          rows={v.rows.map((r): [string, string] => [
            personName(v.people[r.PersonalID]),
            r.EnrollmentID
              ? t('starts {{date}}', { date: r.EntryDate })
              : t('starts {{date}} (joining)', { date: r.EntryDate }),
          ])}
          note={t(
            "Finish saves every change to the entry at once; a changed project start date moves that person's entry assessment with it.",
          )}
        />
      ),
    };
    return [start, ...members, review];
  })();

  return (
    <WorkflowShell
      title={t('Edit entry')}
      draft={draft}
      data={{ values: v, input: input(h, v) }}
      steps={steps}
      errors={errors}
      setErrors={setErrors}
    />
  );
}
