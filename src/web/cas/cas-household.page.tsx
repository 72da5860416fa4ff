// /cas/households/:id — a household's CAS record: members and CAS case managers, area ties,
// assessments with their answers and results, events and referrals; record more, or refer.
import { Accordion, Alert, Anchor, Badge, Button, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { hudLabel, RelationshipToHoH } from '../../hud/codes.ts';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { type CasHousehold, tieKindLabel } from './cas-api.ts';
import { RecordAssessmentModal, RecordEventModal } from './record-ce-modals.tsx';
import { ReferModal } from './refer-modal.tsx';

export function CasHouseholdPage() {
  const { t } = useTranslation('cas');
  const { id = '' } = useParams();
  const qc = useQueryClient();
  const [open, setOpen] = useState<'assessment' | 'event' | 'refer' | null>(null);
  const h = useQuery({
    queryKey: ['cas', 'household', id],
    queryFn: () => api.get<CasHousehold>(`/api/cas/households/${id}`),
  });
  if (h.error)
    return (
      <Stack>
        <Title order={1}>{t('CAS household')}</Title>
        <Alert color="red">{errorMessage(h.error)}</Alert>
      </Stack>
    );
  if (!h.data) return <Loader aria-label={t('Loading')} />;
  const d = h.data;
  const head = d.members.find((m) => m.RelationshipToHoH === RelationshipToHoH.Self) ?? d.members[0];
  const done = (message: string) => () => {
    setOpen(null);
    notifications.show({ color: 'green', message });
    qc.invalidateQueries({ queryKey: ['cas'] });
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('CAS: {{name}}', { name: head?.name })}</Title>
        <Group>
          <Button variant="default" onClick={() => setOpen('assessment')} disabled={Boolean(d.ExitDate)}>
            {t('Record assessment')}
          </Button>
          <Button variant="default" onClick={() => setOpen('event')} disabled={Boolean(d.ExitDate)}>
            {t('Record event')}
          </Button>
          {d.casStaff && d.onQueue && !d.ExitDate && <Button onClick={() => setOpen('refer')}>{t('Refer')}</Button>}
        </Group>
      </Group>
      <Text>
        {d.project.ProjectName} ({d.project.OrganizationName}) · {t('CAS enrollment {{date}}', { date: d.EntryDate })}
        {d.ExitDate ? ` – ${t('exited {{date}}', { date: d.ExitDate })}` : ''} ·{' '}
        {d.onQueue ? (
          <Badge color="blue">{t('On the queue')}</Badge>
        ) : (
          <Badge color="gray">{t('Not on the queue')}</Badge>
        )}
      </Text>
      <Text>
        {t('CAS case manager: {{names}}', { names: d.caseManagers.map((m) => m.name).join(', ') || t('none') })} ·{' '}
        <Anchor component={Link} to={`/enrollments/${d.EnrollmentID}`}>
          {t('Enrollment')}
        </Anchor>
      </Text>
      <Card withBorder>
        <Title order={3}>{t('Household')}</Title>
        {d.members.map((m) => (
          <Text key={m.EnrollmentID}>
            <Anchor component={Link} to={`/clients/${m.PersonalID}`}>
              {m.name}
            </Anchor>{' '}
            · {hudLabel('RelationshipToHoH', m.RelationshipToHoH)}{' '}
            {m.ExitDate ? `· ${t('exited {{date}}', { date: m.ExitDate })}` : ''}
          </Text>
        ))}
        <Text mt="xs">
          {t('Area ties: {{ties}}', {
            ties:
              d.areaTies
                .map((tie) => `${tie.name} (${tieKindLabel(t, tie.tieKind)}${tie.note ? `: ${tie.note}` : ''})`)
                .join('; ') || t('none'),
          })}
        </Text>
      </Card>
      <Title order={3}>{t('Assessments')}</Title>
      {!d.assessments.length && <Text c="dimmed">{t('No assessment yet.')}</Text>}
      <Accordion variant="separated">
        {d.assessments.map((a) => (
          <Accordion.Item key={a.AssessmentID} value={a.AssessmentID}>
            <Accordion.Control>
              {a.AssessmentDate} · {hudLabel('AssessmentLevel', a.AssessmentLevel)} ·{' '}
              {hudLabel('AssessmentType', a.AssessmentType)} ·{' '}
              {hudLabel('PrioritizationStatus', a.PrioritizationStatus)} ·{' '}
              {a.results.map((r) => `${r.type}: ${r.value ?? '—'}`).join(' · ')}
            </Accordion.Control>
            <Accordion.Panel>
              <Text size="sm">{t('Location: {{location}}', { location: a.AssessmentLocation })}</Text>
              <Table aria-label={t('Assessment of {{date}}', { date: a.AssessmentDate })}>
                <Table.Tbody>
                  {a.questions.map((q) => (
                    <Table.Tr key={q.order}>
                      <Table.Td>{q.group}</Table.Td>
                      <Table.Td>{q.question}</Table.Td>
                      <Table.Td>{q.answer ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      <Title order={3}>{t('Events')}</Title>
      <Table aria-label={t('Coordinated Entry events')} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('Date')}</Table.Th>
            <Table.Th>{t('Event')}</Table.Th>
            <Table.Th>{t('Location / project')}</Table.Th>
            <Table.Th>{t('Result')}</Table.Th>
            <Table.Th>{t('Result date')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {d.events.map((e) => (
            <Table.Tr key={e.EventID}>
              <Table.Td>{e.EventDate}</Table.Td>
              <Table.Td>{hudLabel('EventType', e.Event)}</Table.Td>
              <Table.Td>{e.referral?.ProjectName ?? e.LocationCrisisOrPHHousing ?? '—'}</Table.Td>
              <Table.Td>
                {hudLabel('ReferralResult', e.ReferralResult) ??
                  (e.ProbSolDivRRResult !== null
                    ? t('Housed in a safe alternative: {{answer}}', {
                        answer: hudLabel('NoYesMissing', e.ProbSolDivRRResult),
                      })
                    : e.referral
                      ? t('Awaiting result')
                      : '—')}
              </Table.Td>
              <Table.Td>{e.ResultDate ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!d.events.length && <Text c="dimmed">{t('No events yet.')}</Text>}
      {open === 'assessment' && (
        <RecordAssessmentModal
          enrollmentId={d.EnrollmentID}
          onClose={() => setOpen(null)}
          onDone={done(t('Assessment recorded'))}
        />
      )}
      {open === 'event' && (
        <RecordEventModal
          enrollmentId={d.EnrollmentID}
          onClose={() => setOpen(null)}
          onDone={done(t('Event recorded'))}
        />
      )}
      {open === 'refer' && head && (
        <ReferModal
          row={{ EnrollmentID: d.EnrollmentID, PersonalID: head.PersonalID, FirstName: head.name, LastName: null }}
          onClose={() => setOpen(null)}
          onDone={done(t('Referral recorded'))}
        />
      )}
    </Stack>
  );
}
