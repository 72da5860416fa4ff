// Create client: HUD fields; a likely duplicate shows the candidates beside what was entered,
// and the user either opens the existing client or confirms none of them is this person.

import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, api } from '../lib/api.ts';
import { fieldErrors } from '../lib/forms.ts';
import type { ClientView, DuplicateCandidate } from './client-api.ts';
import { ClientFields, type ClientFormValues, emptyClientForm, toClientBody } from './client-fields.tsx';
import { DuplicateCompare } from './duplicate-compare.tsx';

/** "Mar Quinn" typed in Find Client becomes first and last name. */
function fromSearch(name: string): ClientFormValues {
  const v = emptyClientForm();
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 1) v.LastName = words[0] ?? '';
  if (words.length > 1) {
    v.FirstName = words[0] ?? '';
    v.LastName = words.slice(1).join(' ');
  }
  return v;
}

export function CreateClientPage() {
  const { t } = useTranslation('clients');
  const [params] = useSearchParams();
  const [values, setValues] = useState(() => fromSearch(params.get('name') ?? ''));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [candidates, setCandidates] = useState<DuplicateCandidate[] | null>(null);
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();

  async function save(confirmedNotDuplicate: boolean) {
    setBusy(true);
    setErrors({});
    try {
      const body = { ...toClientBody(values, { withVeteran: true }), confirmedNotDuplicate };
      const created = await api.post<ClientView>('/api/clients', body);
      navigate(`/clients/${created.PersonalID}`);
    } catch (e) {
      if (e instanceof ApiError && e.body.code === 'possible_duplicate') {
        setCandidates((e.body.candidates as DuplicateCandidate[]) ?? []);
      } else {
        setErrors(fieldErrors(e));
      }
    } finally {
      setBusy(false);
    }
  }

  if (candidates) {
    return (
      <DuplicateCompare
        entered={values}
        candidates={candidates}
        busy={busy}
        onUse={(id) => navigate(`/clients/${id}`)}
        onNone={() => save(true)}
        onBack={() => setCandidates(null)}
      />
    );
  }
  return (
    <Stack maw={900}>
      <Title order={1}>{t('Create client')}</Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save(false);
        }}
      >
        <Stack>
          {errors._form && (
            <Alert color="red" role="alert">
              {errors._form}
            </Alert>
          )}
          <ClientFields values={values} onChange={setValues} errors={errors} showVeteran />
          <Group>
            <Button type="submit" loading={busy}>
              {t('Save client')}
            </Button>
            <Button variant="default" onClick={() => navigate('/clients')}>
              {t('Cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
