// Find Client inside a workflow: search first (the first letters of first and last name, a
// date of birth or a client ID) so nobody is entered twice.

import { Alert, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, qs } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import type { NewClient } from './intake-model.ts';
import { nameFromSearch } from './name-from-search.ts';
import { NewClientForm } from './new-client-form.tsx';
import { type Person, personName } from './types.ts';

type Found = {
  PersonalID: string;
  FirstName: string | null;
  LastName: string | null;
  DOB: string | null;
  age: number | null;
};
type ClientEnrollments = { client: Person };

/** Loads the person as the workflow needs them (with the client record's version). */
export async function loadPerson(personalId: string): Promise<Person> {
  const res = await api.get<ClientEnrollments>(`/api/enrollments${qs({ PersonalID: personalId })}`);
  return res.client;
}

export function ClientPicker({
  label,
  exclude,
  onPick,
  onAddNew,
  addLabel,
}: {
  label: string;
  exclude: string[];
  onPick: (p: Person) => void;
  /** Offered once a search has been run: quick-add someone not found. */
  onAddNew?: (c: NewClient) => void;
  /** The quick-add form's button ("Add to household"). */
  addLabel?: string;
}) {
  const { t } = useTranslation('enrollments');
  const [adding, setAdding] = useState(false);
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  // Read the box itself: a search clicked right after typing must not see the previous text.
  const box = useRef<HTMLInputElement>(null);
  const run = () => setSearch((box.current?.value ?? text).trim());
  const [problem, setProblem] = useState<string | null>(null);
  const found = useQuery({
    queryKey: ['client-search', search],
    enabled: search.length > 0,
    queryFn: () => api.get<{ items: Found[] }>(`/api/clients${qs({ search })}`),
  });
  const items = (found.data?.items ?? []).filter((c) => !exclude.includes(c.PersonalID));
  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <TextInput
          ref={box}
          label={label}
          description={t('First letters of first and last name, a date of birth or a client ID')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              run();
            }
          }}
        />
        <Button variant="default" onClick={run}>
          {t('Search')}
        </Button>
      </Group>
      {found.isError && <Alert color="red">{errorMessage(found.error)}</Alert>}
      {problem && <Alert color="red">{problem}</Alert>}
      {found.data && items.length === 0 && <Text c="dimmed">{t('No records found.')}</Text>}
      {onAddNew && found.data && !adding && (
        <Button variant="light" w="fit-content" onClick={() => setAdding(true)}>
          {t('Not found: add a new client')}
        </Button>
      )}
      {onAddNew && adding && (
        <NewClientForm
          addLabel={addLabel}
          start={nameFromSearch(search)}
          onCancel={() => setAdding(false)}
          onAdd={(c) => {
            onAddNew(c);
            setAdding(false);
            setSearch('');
            setText('');
          }}
        />
      )}
      {items.length > 0 && (
        <Table aria-label={t('Clients found')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('Client')}</Table.Th>
              <Table.Th>{t('Age')}</Table.Th>
              <Table.Th>{t('Client ID')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <Table.Tr key={c.PersonalID}>
                <Table.Td>{personName(c)}</Table.Td>
                <Table.Td>{c.age ?? '—'}</Table.Td>
                <Table.Td>{c.PersonalID}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    aria-label={t('Choose {{name}}', { name: personName(c) })}
                    onClick={async () => {
                      try {
                        onPick(await loadPerson(c.PersonalID));
                        setSearch('');
                        setText('');
                      } catch (e) {
                        setProblem(errorMessage(e));
                      }
                    }}
                  >
                    {t('Choose')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
