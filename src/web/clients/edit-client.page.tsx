// Edit client: sends the version that was read; someone else's save in between gets the
// server's message and a Reload action.
import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { NoYes } from '../../hud/codes.ts';
import { ApiError, api } from '../lib/api.ts';
import { fieldErrors } from '../lib/forms.ts';
import { type ClientDashboard, clientKey } from './client-api.ts';
import { ClientFields, type ClientFormValues, RACE_FIELDS, toClientBody } from './client-fields.tsx';
import { ClientFrame } from './client-frame.tsx';

function formOf(c: ClientDashboard): ClientFormValues {
  const v: ClientFormValues = {
    FirstName: c.FirstName ?? '',
    MiddleName: c.MiddleName ?? '',
    LastName: c.LastName ?? '',
    NameSuffix: c.NameSuffix ?? '',
    NameDataQuality: c.NameDataQuality,
    // A masked SSN is never sent back: the field stays empty unless the role sees it in full.
    SSN: c.piiMasked ? '' : (c.SSN ?? ''),
    SSNDataQuality: c.SSNDataQuality,
    DOB: c.DOB ?? '',
    DOBDataQuality: c.DOBDataQuality,
    Sex: c.Sex,
    RaceNone: c.RaceNone,
    AdditionalRaceEthnicity: c.AdditionalRaceEthnicity ?? '',
    VeteranStatus: c.VeteranStatus,
    AmIndAKNative: false,
    Asian: false,
    BlackAfAmerican: false,
    HispanicLatinao: false,
    MidEastNAfrican: false,
    NativeHIPacific: false,
    White: false,
  };
  for (const f of RACE_FIELDS) v[f] = c[f] === NoYes.Yes;
  return v;
}

function EditForm({ client }: { client: ClientDashboard }) {
  const [values, setValues] = useState(() => formOf(client));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [stale, setStale] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const qc = useQueryClient();
  const navigate = useNavigate();

  async function save() {
    setBusy(true);
    setErrors({});
    try {
      const body = toClientBody(values, { withVeteran: false });
      if (client.piiMasked) {
        delete body.SSN;
        delete body.DOB;
      }
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
    setValues(formOf(fresh));
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
        <Title order={3}>Edit client</Title>
        {stale && (
          <Alert color="red" role="alert" title="Someone else changed this client">
            <Stack gap="xs" align="flex-start">
              {stale}
              <Button size="xs" onClick={reload}>
                Reload
              </Button>
            </Stack>
          </Alert>
        )}
        {errors._form && (
          <Alert color="red" role="alert">
            {errors._form}
          </Alert>
        )}
        <ClientFields values={values} onChange={setValues} errors={errors} showVeteran={false} />
        <Group>
          <Button type="submit" loading={busy}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function EditClientPage() {
  return <ClientFrame>{(client) => <EditForm key={client.PersonalID} client={client} />}</ClientFrame>;
}
