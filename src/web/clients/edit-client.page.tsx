// Edit client: sends the version that was read; someone else's save in between gets the
// server's message and a Reload action.
import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { NoYes } from '../../hud/codes.ts';
import { ApiError, api } from '../lib/api.ts';
import { errorMessage, fieldErrors } from '../lib/forms.ts';
import { type ClientDashboard, clientKey } from './client-api.ts';
import { ClientFields, type ClientFormValues, RACE_FIELDS, toClientBody } from './client-fields.tsx';
import { ClientFrame } from './client-frame.tsx';
import { revealPii } from './reveal-pii.tsx';

function formOf(c: ClientDashboard): ClientFormValues {
  const v: ClientFormValues = {
    FirstName: c.FirstName ?? '',
    MiddleName: c.MiddleName ?? '',
    LastName: c.LastName ?? '',
    NameSuffix: c.NameSuffix ?? '',
    NameDataQuality: c.NameDataQuality,
    // Masked values stay out of the form: the field is empty (what is on file shows beside it)
    // until the user types a new value or reveals the full one.
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
    setValues(formOf(fresh));
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
