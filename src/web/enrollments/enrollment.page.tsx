// /enrollments/:id — a household's enrollment: members and their stay, case managers,
// assessments, and the workflows (edit entry, update/annual, exit, edit exit, re-enter).

import { Alert, Anchor, Badge, Button, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DataCollectionStage } from '../../hud/codes.ts';
import { daysBetween } from '../../hud/rules/dates.ts';
import { hasRole, useMe } from '../auth/session.tsx';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { useHudLabels } from '../lib/hud-labels.ts';
import { useStartWorkflow } from '../workflows/start-workflow.tsx';
import { ReentryRequest } from './reentry-request.tsx';
import { personName } from './types.ts';
import { useHousehold } from './use-household.ts';

const today = () => new Date().toLocaleDateString('en-CA');

export function EnrollmentPage() {
  const { t } = useTranslation('enrollments');
  const { hudLabel } = useHudLabels();
  const { id } = useParams();
  const me = useMe();
  const qc = useQueryClient();
  const household = useHousehold(id);
  const { start, dialog } = useStartWorkflow();
  const [problem, setProblem] = useState<string | null>(null);
  const h = household.data;
  if (household.isError) return <Alert color="red">{errorMessage(household.error)}</Alert>;
  if (!h) return <Loader aria-label={t('Loading')} />;
  const open = h.members.filter((m) => !m.ExitDate);
  const exited = h.members.filter((m) => m.ExitDate);
  const lastExit = exited
    .map((m) => m.ExitDate ?? '')
    .sort()
    .at(-1);
  const daysSinceExit = lastExit ? daysBetween(lastExit, today()) : 0;
  const canReenter = lastExit && (daysSinceExit <= 90 || hasRole(me, 'hmis_admin'));
  const run = (fn: () => Promise<unknown>) => async () => {
    try {
      setProblem(null);
      await fn();
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };
  const reenter = run(async () => {
    const target = exited.find((m) => m.ExitDate === lastExit);
    if (!target || !window.confirm(t('Re-enter this enrollment? The exit will be removed.'))) return;
    await api.post(`/api/enrollments/${target.EnrollmentID}/reenter`, { version: target.version });
    await qc.invalidateQueries({ queryKey: ['household', id] });
  });
  const withEnrollment = { EnrollmentID: h.EnrollmentID };

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={1}>{h.project.ProjectName}</Title>
          <Text c="dimmed">
            {h.project.OrganizationName} · {hudLabel('ProjectType', h.project.ProjectType)}
          </Text>
        </div>
        <Badge size="lg" color={open.length ? 'green' : 'gray'}>
          {open.length ? t('Enrolled') : t('Exited {{date}}', { date: lastExit })}
        </Badge>
      </Group>
      {problem && <Alert color="red">{problem}</Alert>}
      {dialog}
      {h.annualWindow && (
        <Alert color="blue">
          {t('The annual assessment window is open: {{opens}} to {{closes}} (anniversary {{anniversary}}).', {
            opens: h.annualWindow.opens,
            closes: h.annualWindow.closes,
            anniversary: h.annualWindow.anniversary,
          })}
        </Alert>
      )}
      <Group>
        <Button variant="default" onClick={run(() => start('edit-entry', withEnrollment))}>
          {t('Edit entry')}
        </Button>
        <Button variant="default" onClick={run(() => start('assessment', withEnrollment))}>
          {open.length ? t('Update/annual assessment') : t('Missed update/annual assessment')}
        </Button>
        {open.length > 0 && <Button onClick={run(() => start('exit', withEnrollment))}>{t('Exit')}</Button>}
        {exited.length > 0 && (
          <Button variant="default" onClick={run(() => start('edit-exit', withEnrollment))}>
            {t('Edit exit')}
          </Button>
        )}
        {exited.length > 0 && canReenter && (
          <Button variant="light" color="orange" onClick={reenter}>
            {t('Re-enter the enrollment')}
          </Button>
        )}
      </Group>
      {lastExit && !canReenter && (
        <ReentryRequest enrollmentId={h.EnrollmentID} exitDate={lastExit} days={daysSinceExit} />
      )}
      <Card withBorder>
        <Title order={3} mb="xs">
          {t('Household')}
        </Title>
        <Table aria-label={t('Household members')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('Name')}</Table.Th>
              <Table.Th>{t('Relationship to head of household')}</Table.Th>
              <Table.Th>{t('Project start')}</Table.Th>
              <Table.Th>{t('Move-in')}</Table.Th>
              <Table.Th>{t('Exit')}</Table.Th>
              <Table.Th>{t('Destination')}</Table.Th>
              <Table.Th>{t('Case managers')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {h.members.map((m) => (
              <Table.Tr key={m.EnrollmentID}>
                <Table.Td>
                  <Anchor component={Link} to={`/clients/${m.PersonalID}`}>
                    {personName(m)}
                  </Anchor>
                  {m.age !== null && (
                    <Text span c="dimmed">
                      {' '}
                      ({m.age})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{hudLabel('RelationshipToHoH', m.RelationshipToHoH)}</Table.Td>
                <Table.Td>{m.EntryDate}</Table.Td>
                <Table.Td>{m.MoveInDate ?? '—'}</Table.Td>
                <Table.Td>{m.ExitDate ?? '—'}</Table.Td>
                <Table.Td>{m.Destination === null ? '—' : hudLabel('Destination', m.Destination)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/clients/${m.PersonalID}/case-managers`}>
                    {m.caseManagers.map((c) => c.name).join(', ') || t('None')}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <Card withBorder>
        <Title order={3} mb="xs">
          {t('Assessments')}
        </Title>
        <Table aria-label={t('Assessments')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('Date')}</Table.Th>
              <Table.Th>{t('Stage')}</Table.Th>
              <Table.Th>{t('Household members')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...new Map(h.assessments.map((a) => [`${a.InformationDate}|${a.DataCollectionStage}`, a])).values()].map(
              (a) => (
                <Table.Tr key={`${a.InformationDate}|${a.DataCollectionStage}`}>
                  <Table.Td>{a.InformationDate}</Table.Td>
                  <Table.Td>{hudLabel('DataCollectionStage', a.DataCollectionStage)}</Table.Td>
                  <Table.Td>
                    {h.members
                      .filter((m) =>
                        h.assessments.some(
                          (x) =>
                            x.EnrollmentID === m.EnrollmentID &&
                            x.InformationDate === a.InformationDate &&
                            x.DataCollectionStage === a.DataCollectionStage,
                        ),
                      )
                      .map((m) => personName(m))
                      .join(', ')}
                  </Table.Td>
                </Table.Tr>
              ),
            )}
          </Table.Tbody>
        </Table>
        {!h.assessments.some((a) => a.DataCollectionStage === DataCollectionStage.ProjectStart) && (
          <Text c="dimmed">{t('No project start assessment is recorded.')}</Text>
        )}
      </Card>
    </Stack>
  );
}
