// The household pages of the intake: Basic Client Information (who is the head of
// household), Family Members, and HUD Program Enrollment.

import { Alert, Button, Card, Checkbox, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PERMANENT_HOUSING_TYPES } from '../../hud/codes.ts';
import { ageOn } from '../../hud/rules/dates.ts';
import { requiredElements } from '../../hud/rules/index.ts';
import { UserPicker } from '../case-assignments/user-picker.tsx';
import { useHudLabels } from '../lib/hud-labels.ts';
import { recordOf, setField } from './answers.ts';
import { ClientPicker } from './client-picker.tsx';
import { DateField, HudSelect } from './hud-inputs.tsx';
import { apiIndex, type FamilyMember, type IntakeValues, isHead, type NewClient, newPerson } from './intake-model.ts';
import { memberFacts } from './member-steps.tsx';
import { type Person, type ProjectOption, personName } from './types.ts';

type StepProps = { v: IntakeValues; set: (v: IntakeValues) => void; errors: Record<string, string> };

/** Adds a person, their basic information answered as their record has it. */
export const addPerson = (v: IntakeValues, p: Person, relationship: number | null): IntakeValues => ({
  ...v,
  people: { ...v.people, [p.PersonalID]: p },
  household: [...v.household, { PersonalID: p.PersonalID, RelationshipToHoH: relationship, enroll: true }],
  answers: { ...v.answers, [p.PersonalID]: { Client: { VeteranStatus: p.VeteranStatus, Sex: p.Sex ?? null } } },
});

/** Adds someone quick-added: known by a temporary key until the household is enrolled. */
export const addNewPerson = (v: IntakeValues, c: NewClient, relationship: number | null): IntakeValues => {
  const key = `new:${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return {
    ...v,
    people: { ...v.people, [key]: newPerson(key, c) },
    household: [...v.household, { PersonalID: key, newClient: c, RelationshipToHoH: relationship, enroll: true }],
    answers: { ...v.answers, [key]: { Client: { Sex: c.Sex } } },
  };
};

const updateMember = (v: IntakeValues, id: string, patch: Partial<FamilyMember>): IntakeValues => ({
  ...v,
  household: v.household.map((m) => (m.PersonalID === id ? { ...m, ...patch } : m)),
});

export function BasicClientInformationStep({ v, set }: StepProps) {
  const { t } = useTranslation('enrollments');
  const head = v.household.find(isHead);
  const person = head && v.people[head.PersonalID];
  if (!person)
    return (
      <Stack>
        <Text>{t('Find the head of household. Search first, so nobody is entered twice.')}</Text>
        <ClientPicker
          label={t('Find client')}
          exclude={[]}
          onPick={(p) => set(addPerson(v, p, 1))}
          onAddNew={(c) => set(addNewPerson(v, c, 1))}
        />
      </Stack>
    );
  return (
    <Card withBorder>
      <Title order={3}>{personName(person)}</Title>
      <Text>
        {head?.newClient
          ? t('New client: created when the intake finishes')
          : t('Client ID {{id}}', { id: person.PersonalID })}
      </Text>
      <Text>
        {t('Age {{age}}', {
          age: ageOn(person.DOB, v.EntryDate ?? new Date().toLocaleDateString('en-CA')) ?? t('not known'),
        })}
      </Text>
      <Text>{t('Relationship to head of household: Self (head of household)')}</Text>
    </Card>
  );
}

export function FamilyMembersStep({ v, set, errors }: StepProps) {
  const { t } = useTranslation('enrollments');
  return (
    <Stack>
      <Table aria-label={t('Family members')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('Name')}</Table.Th>
            <Table.Th>{t('Age')}</Table.Th>
            <Table.Th>{t('Relationship to head of household')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {v.household.map((m) => {
            const p = v.people[m.PersonalID];
            const i = apiIndex(v, m.PersonalID);
            return (
              <Table.Tr key={m.PersonalID}>
                <Table.Td>
                  {personName(p)}
                  {m.newClient && (
                    <Checkbox
                      mt={4}
                      size="xs"
                      label={t('{{name}} is not already in HMIS (I compared the search results)', {
                        name: personName(p),
                      })}
                      checked={m.confirmedNotDuplicate === true}
                      error={errors[`members.${i}.newClient`]}
                      onChange={(e) =>
                        set(updateMember(v, m.PersonalID, { confirmedNotDuplicate: e.currentTarget.checked }))
                      }
                    />
                  )}
                </Table.Td>
                <Table.Td>{ageOn(p?.DOB, v.EntryDate ?? new Date().toLocaleDateString('en-CA')) ?? '—'}</Table.Td>
                <Table.Td>
                  <HudSelect
                    label={t('Relationship to head of household: {{name}}', { name: personName(p) })}
                    hideLabel
                    list="RelationshipToHoH"
                    value={m.RelationshipToHoH}
                    error={errors[`members.${i}.RelationshipToHoH`]}
                    onChange={(r) => set(updateMember(v, m.PersonalID, { RelationshipToHoH: r }))}
                  />
                </Table.Td>
                <Table.Td>
                  {!isHead(m) && (
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      onClick={() => set({ ...v, household: v.household.filter((x) => x.PersonalID !== m.PersonalID) })}
                    >
                      {t('Remove')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <ClientPicker
        label={t('Find family member')}
        exclude={v.household.map((m) => m.PersonalID)}
        onPick={(p) => set(addPerson(v, p, null))}
        onAddNew={(c) => set(addNewPerson(v, c, null))}
      />
    </Stack>
  );
}

export function ProgramEnrollmentStep({ v, set, errors, projects }: StepProps & { projects: ProjectOption[] }) {
  const { t } = useTranslation('enrollments');
  const { hudLabel, codeLabel } = useHudLabels();
  const project = projects.find((p) => p.ProjectID === v.ProjectID);
  const start = v.EntryDate ?? '';
  const inPh =
    project?.ProjectType !== null &&
    project?.ProjectType !== undefined &&
    PERMANENT_HOUSING_TYPES.includes(project.ProjectType);
  return (
    <Stack>
      {errors.ProjectID && <Alert color="red">{errors.ProjectID}</Alert>}
      <NativeSelect
        label={t('Project')}
        value={v.ProjectID ?? ''}
        error={errors.ProjectID}
        data={[
          { value: '', label: t('Choose…') },
          ...projects.map((p) => ({ value: p.ProjectID, label: p.ProjectName })),
        ]}
        onChange={(e) => set({ ...v, ProjectID: e.currentTarget.value || undefined })}
        maw={420}
      />
      {project && (
        <Text size="sm" c="dimmed">
          {t('{{projectType}} · funded by {{funders}}', {
            projectType: hudLabel('ProjectType', project.ProjectType),
            funders: project.funders.map((f) => codeLabel('FundingSource', f)).join(', ') || t('no active grant'),
          })}
        </Text>
      )}
      <DateField
        label={t('Project start date')}
        description={t('Today, or backdate it to the day the household entered')}
        value={start}
        error={errors.EntryDate ?? errors['members.0.EntryDate']}
        onChange={(d) => set({ ...v, EntryDate: d ?? undefined })}
      />
      <Title order={4}>{t('Household members to enroll')}</Title>
      {v.household.map((m) => {
        const p = v.people[m.PersonalID];
        if (!p) return null;
        const i = apiIndex(v, m.PersonalID);
        const name = personName(p);
        const answers = v.answers[m.PersonalID] ?? {};
        const setAnswer = (field: string, value: string | null) =>
          set({ ...v, answers: { ...v.answers, [m.PersonalID]: setField(answers, 'Enrollment', field, value) } });
        const facts = memberFacts({
          person: p,
          isHeadOfHousehold: isHead(m),
          date: m.EntryDate ?? start,
          assessment: answers,
        });
        const asked = project
          ? new Set(requiredElements(project.ProjectType, project.funders, 'projectStart', facts).map((r) => r.element))
          : new Set<string>();
        const key = `members.${i}`;
        return (
          <Card withBorder key={m.PersonalID}>
            <Stack gap="xs">
              <Checkbox
                label={t('Enroll {{name}}', { name })}
                checked={m.enroll}
                disabled={isHead(m)}
                onChange={(e) => set(updateMember(v, m.PersonalID, { enroll: e.currentTarget.checked }))}
              />
              {m.enroll && (
                <Group align="flex-start">
                  {!isHead(m) && (
                    <DateField
                      label={t('Project start date: {{name}}', { name })}
                      hideLabel
                      value={m.EntryDate ?? start}
                      error={errors[`${key}.EntryDate`]}
                      onChange={(d) => set(updateMember(v, m.PersonalID, { EntryDate: d ?? undefined }))}
                    />
                  )}
                  {inPh && isHead(m) && (
                    <DateField
                      label={t('Housing move-in date')}
                      value={recordOf(answers, 'Enrollment').MoveInDate}
                      error={errors[`${key}.Enrollment.MoveInDate`]}
                      onChange={(d) => setAnswer('MoveInDate', d)}
                    />
                  )}
                  {asked.has('4.13') && (
                    <DateField
                      label={t('Date of engagement: {{name}}', { name })}
                      value={recordOf(answers, 'Enrollment').DateOfEngagement}
                      error={errors[`${key}.Enrollment.DateOfEngagement`]}
                      onChange={(d) => setAnswer('DateOfEngagement', d)}
                    />
                  )}
                  <UserPicker
                    label={t('Case manager: {{name}}', { name })}
                    value={m.caseManagerUserId ?? null}
                    valueName={m.caseManagerName}
                    error={errors[`${key}.caseManagerUserId`]}
                    onChange={(id, n) =>
                      set(
                        updateMember(v, m.PersonalID, {
                          caseManagerUserId: id ?? undefined,
                          caseManagerName: n ?? undefined,
                        }),
                      )
                    }
                  />
                </Group>
              )}
            </Stack>
          </Card>
        );
      })}
      <Text size="sm" c="dimmed">
        {t('You become the case manager of every member enrolled unless you choose someone else.')}
      </Text>
    </Stack>
  );
}
