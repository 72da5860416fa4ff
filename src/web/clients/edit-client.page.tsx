// Edit client: sends the version that was read; someone else's save in between gets the
// server's message and a Reload action.

import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, api } from '../lib/api.ts';
import { errorMessage, fieldErrors } from '../lib/forms.ts';
import { type ClientDashboard, clientKey } from './client-api.ts';
import { ClientFields, clientForm, toClientBody } from './client-fields.tsx';
import { ClientFrame } from './client-frame.tsx';
import { revealPii } from './reveal-pii.tsx';

function EditForm({ client }: { client: ClientDashboard }) {
  const { t } = useTranslation('clients');
  const [values, setValues] = useState(() => clientForm(client));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [stale, setStale] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [revealed, setRevealed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const qc = useQueryClient();
  const navigate = useNavigate();

  /** Fills the fields with the full values (an audited PII view) so they can be corrected. */
  async function reveal() {
    try {
      const full = await revealPii(client.PersonalID);
      setValues((v) => ({ ...v, SSN: v.SSN || (full.SSN ?? ''), DOB: v.DOB || (full.DOB ?? '') }));
      setRevealed(true);
      setProblem(null);
    } catch (e) {
      setProblem(errorMessage(e));
    }
  }

  async function save() {
    setBusy(true);
    setErrors({});
    try {
      // An empty masked field sends null, which the server reads as "unchanged" unless its data
      // quality now says there is no SSN or date of birth.
      const body = toClientBody(values, { withVeteran: false });
      await api.patch(`/api/clients/${encodeURIComponent(client.PersonalID)}`, { ...body, version: client.version });
      await qc.invalidateQueries({ queryKey: clientKey(client.PersonalID) });
      navigate(`/clients/${client.PersonalID}`);
    } catch (e) {
      if (e instanceof ApiError && e.body.code === 'stale_version') setStale(e.body.message);
      else setErrors(fieldErrors(e));
    } finally {
      setBusy(false);
    }
  }

  async function reload() {
    const fresh = await qc.fetchQuery({
      queryKey: clientKey(client.PersonalID),
      queryFn: () => api.get<ClientDashboard>(`/api/clients/${encodeURIComponent(client.PersonalID)}`),
      staleTime: 0,
    });
    setValues(clientForm(fresh));
    setRevealed(false);
    setStale(null);
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack maw={900}>
        <Title order={3}>{t('Edit client')}</Title>
        {stale && (
          <Alert color="red" role="alert" title={t('Someone else changed this client')}>
            <Stack gap="xs" align="flex-start">
              {stale}
              <Button size="xs" onClick={reload}>
                {t('Reload')}
              </Button>
            </Stack>
          </Alert>
        )}
        {errors._form && (
          <Alert color="red" role="alert">
            {errors._form}
          </Alert>
        )}
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <ClientFields
          values={values}
          onChange={setValues}
          errors={errors}
          showVeteran={false}
          masked={client.piiMasked && !revealed ? { ...client, onReveal: reveal } : undefined}
        />
        <Group>
          <Button type="submit" loading={busy}>
            {t('Save changes')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function EditClientPage() {
  return <ClientFrame>{(client) => <EditForm key={client.PersonalID} client={client} />}</ClientFrame>;
}
