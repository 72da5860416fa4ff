// SSN and date of birth as the role sees them (masked for most), with Reveal: the full values
// of this one client, fetched on the click, which the server audits as a PII view.

import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevealedPii } from '../../server/clients/reveal-pii.ts';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import type { ClientView } from './client-api.ts';

export type { RevealedPii };

export const revealPii = (personalId: string) =>
  api.post<RevealedPii>(`/api/clients/${encodeURIComponent(personalId)}/pii-view`);

export function ClientPii({ client }: { client: ClientView }) {
  const { t } = useTranslation('clients');
  const [full, setFull] = useState<RevealedPii | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const shown = full ?? client;
  return (
    <Group gap="md" aria-label={t('SSN and date of birth')}>
      <Text size="sm">
        {t('SSN:')} {shown.ssnDisplay ?? t('not recorded')}
      </Text>
      <Text size="sm">
        {t('Date of birth:')} {shown.dobDisplay ?? t('not recorded')}
      </Text>
      {client.piiMasked &&
        (full ? (
          <Button size="compact-xs" variant="subtle" onClick={() => setFull(null)}>
            {t('Hide')}
          </Button>
        ) : (
          <Button
            size="compact-xs"
            variant="subtle"
            title={t('Shows the full SSN and date of birth; your view is recorded in the audit trail')}
            onClick={() =>
              revealPii(client.PersonalID)
                .then((p) => {
                  setProblem(null);
                  setFull(p);
                })
                .catch((e) => setProblem(errorMessage(e)))
            }
          >
            {t('Reveal')}
          </Button>
        ))}
      {problem && (
        <Text size="sm" c="red">
          {problem}
        </Text>
      )}
    </Group>
  );
}
