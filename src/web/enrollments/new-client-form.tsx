// Quick-add: a person the search did not find, with every universal data element asked at
// project start (name, SSN, date of birth and their data quality, race and ethnicity, sex).
// They are created with the household when the workflow finishes, after the server's own
// duplicate check.

import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClientFields, emptyClientForm } from '../clients/client-fields.tsx';
import type { NewClient } from './intake-model.ts';

export function NewClientForm({
  onAdd,
  onCancel,
  addLabel,
  start,
}: {
  onAdd: (c: NewClient) => void;
  onCancel: () => void;
  addLabel?: string;
  /** What is already known (the name searched for). */
  start?: Partial<NewClient>;
}) {
  const { t } = useTranslation('enrollments');
  const [c, setC] = useState<NewClient>(() => ({ ...emptyClientForm(), ...start }));
  const ready = c.FirstName.trim() !== '' || c.LastName.trim() !== '';
  return (
    <Card withBorder aria-label={t('Add a new client')}>
      <Stack gap="xs">
        <Title order={4}>{t('Add a new client')}</Title>
        <Text size="sm" c="dimmed">
          {t(
            'Record what the client tells you; where they do not know or prefer not to answer, say so in the data quality.',
          )}
        </Text>
        <ClientFields values={c} onChange={setC} errors={{}} showVeteran={false} />
        <Group>
          <Button
            disabled={!ready}
            onClick={() => onAdd({ ...c, FirstName: c.FirstName.trim(), LastName: c.LastName.trim() })}
          >
            {addLabel ?? t('Add to household')}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {t('Cancel')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
