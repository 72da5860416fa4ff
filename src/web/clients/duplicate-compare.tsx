// The possible duplicates of a new client, side by side with what the user entered.

import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type DuplicateCandidate, fullName } from './client-api.ts';
import type { ClientFormValues } from './client-fields.tsx';

type Props = {
  entered: ClientFormValues;
  candidates: DuplicateCandidate[];
  busy: boolean;
  onUse: (personalId: string) => void;
  onNone: () => void;
  onBack: () => void;
};

function Line({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <Text size="sm">
      <Text span c="dimmed">
        {label}:{' '}
      </Text>
      {value || '—'}
    </Text>
  );
}

export function DuplicateCompare({ entered, candidates, busy, onUse, onNone, onBack }: Props) {
  const { t } = useTranslation('clients');
  const ssn = entered.SSN.replace(/\D/g, '');
  return (
    <Stack>
      <Title order={1}>{t('Possible duplicate')}</Title>
      <Alert color="yellow" role="alert">
        {t(
          'This person may already be in HMIS. Compare the records: use the existing client, or confirm that none of them is this person.',
        )}
      </Alert>
      <SimpleGrid cols={{ base: 1, md: Math.min(candidates.length + 1, 3) }}>
        <Card withBorder aria-label={t('Entered data')}>
          <Title order={4}>{t('You entered')}</Title>
          <Line
            label={t('Name')}
            value={fullName({
              ...entered,
              FirstName: entered.FirstName || null,
              MiddleName: entered.MiddleName || null,
              LastName: entered.LastName || null,
              NameSuffix: entered.NameSuffix || null,
            })}
          />
          <Line label={t('Date of birth')} value={entered.DOB} />
          <Line label={t('SSN')} value={ssn ? `xxxxx${ssn.slice(-4)}` : ''} />
        </Card>
        {candidates.map((c) => (
          <Card withBorder key={c.PersonalID} aria-label={t('Candidate {{PersonalID}}', { PersonalID: c.PersonalID })}>
            <Title order={4}>{fullName(c)}</Title>
            <Line label={t('Client ID')} value={c.PersonalID} />
            <Line
              label={t('Date of birth')}
              value={c.dobDisplay ? `${c.dobDisplay}${c.age !== null ? ` (${c.age})` : ''}` : ''}
            />
            <Line label={t('SSN')} value={c.ssnDisplay} />
            <Line label={t('Latest enrollment')} value={c.latestEnrollment?.ProjectName} />
            <Group gap={4} mt="xs">
              {c.reasons.map((r) => (
                <Badge key={r} variant="light">
                  {r}
                </Badge>
              ))}
            </Group>
            <Button mt="sm" onClick={() => onUse(c.PersonalID)}>
              {t('Use this client')}
            </Button>
          </Card>
        ))}
      </SimpleGrid>
      <Group>
        <Button color="orange" loading={busy} onClick={onNone}>
          {t('None of these is this person')}
        </Button>
        <Button variant="default" onClick={onBack}>
          {t('Back to the form')}
        </Button>
      </Group>
    </Stack>
  );
}
