// Basic Client Information's client record: 3.01 name, 3.02 SSN, 3.03 date of birth with their
// data quality, and 3.04 race and ethnicity. A quick-added person's record is edited whole; an
// existing client's shows as stored (SSN and DOB masked unless revealed) and keeps only what is
// changed here, which the workflow's Finish records with Edit client's rules.

import { Alert, Fieldset, Loader } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../clients/client-api.ts';
import { ClientFields, type ClientFormValues, clientForm } from '../clients/client-fields.tsx';
import { type RevealedPii, revealPii } from '../clients/reveal-pii.tsx';
import { errorMessage } from '../lib/forms.ts';
import { asNewClient, type ClientChanges, type NewClient, newPerson } from './intake-model.ts';
import type { Person } from './types.ts';

/** The messages under one prefix (`client.`), with the prefix taken off. */
const under = (errors: Record<string, string>, prefix: string) =>
  Object.fromEntries(
    Object.entries(errors).flatMap(([k, v]) => (k.startsWith(prefix) ? [[k.slice(prefix.length), v]] : [])),
  );

export type IdentityProps =
  | { newClient: NewClient; onNewClient: (c: NewClient) => void; errors: Record<string, string> }
  | {
      personalId: string;
      changes: ClientChanges | undefined;
      onChanges: (c: ClientChanges) => void;
      errors: Record<string, string>;
    };

/** A workflow member as the client record sees them. */
export type IdentityRow = { PersonalID: string; newClient?: NewClient; clientChanges?: ClientChanges };

/**
 * ClientIdentity's props for a member: `update` records the change on the member and how the
 * workflow shows them (a corrected name or date of birth changes what is asked of whom).
 */
export function identityProps(
  row: IdentityRow,
  errors: Record<string, string>,
  update: (change: Partial<IdentityRow>, person: (p: Person) => Person) => void,
): IdentityProps {
  if (row.newClient)
    return {
      newClient: row.newClient,
      onNewClient: (c) => update({ newClient: c }, () => newPerson(row.PersonalID, c)),
      errors,
    };
  return {
    personalId: row.PersonalID,
    changes: row.clientChanges,
    onChanges: (c) => update({ clientChanges: c }, (p) => ({ ...p, DOB: c.DOB ? c.DOB : p.DOB })),
    errors,
  };
}

export function ClientIdentity(p: IdentityProps) {
  const { t } = useTranslation('enrollments');
  return (
    <Fieldset legend={t('Client record')} variant="unstyled">
      {'newClient' in p ? (
        <ClientFields
          values={asNewClient(p.newClient)}
          onChange={p.onNewClient}
          errors={under(p.errors, 'newClient.')}
          showVeteran={false}
          showSex={false}
        />
      ) : (
        <ExistingClient {...p} />
      )}
    </Fieldset>
  );
}

function ExistingClient({ personalId, changes, onChanges, errors }: Extract<IdentityProps, { personalId: string }>) {
  const { t } = useTranslation('enrollments');
  const client = useClient(personalId);
  const [revealed, setRevealed] = useState<RevealedPii | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (client.isError) return <Alert color="red">{errorMessage(client.error)}</Alert>;
  if (!client.data) return <Loader size="sm" aria-label={t('Loading the client record')} />;
  const c = client.data;
  // What the page shows before any change: the record, with SSN and DOB once revealed.
  const shown: ClientFormValues = {
    ...clientForm(c),
    ...(revealed ? { SSN: revealed.SSN ?? '', DOB: revealed.DOB ?? '' } : {}),
  };
  const values = { ...shown, ...changes };
  const onChange = (v: ClientFormValues) =>
    onChanges(
      Object.fromEntries(
        (Object.keys(v) as (keyof ClientFormValues)[]).flatMap((k) => (v[k] !== shown[k] ? [[k, v[k]]] : [])),
      ),
    );
  return (
    <>
      {problem && <Alert color="red">{problem}</Alert>}
      <ClientFields
        values={values}
        onChange={onChange}
        errors={under(errors, 'client.')}
        showVeteran={false}
        showSex={false}
        masked={
          c.piiMasked && !revealed
            ? {
                ...c,
                onReveal: () =>
                  revealPii(personalId)
                    .then(setRevealed)
                    .catch((e) => setProblem(errorMessage(e))),
              }
            : undefined
        }
      />
    </>
  );
}
