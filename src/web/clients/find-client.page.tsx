// Find Client: one search box (a scanner types the client ID then Enter), ranked results, paging.

import { Alert, Avatar, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, qs } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { PagePagination } from '../lib/page-pagination.tsx';
import { ResponsiveTable } from '../lib/responsive-table.tsx';
import { type ClientSummary, fullName, photoUrl } from './client-api.ts';

const PAGE = 25;

export function FindClientPage() {
  const { t } = useTranslation('clients');
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const page = Number(params.get('page') ?? '1') || 1;
  const [text, setText] = useState(search);
  const navigate = useNavigate();
  const results = useQuery({
    queryKey: ['clients', 'search', search, page],
    enabled: search.trim() !== '',
    queryFn: () =>
      api.get<{ items: ClientSummary[]; total: number; kind: string }>(
        `/api/clients${qs({ search, limit: PAGE, offset: (page - 1) * PAGE })}`,
      ),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    setParams({ q: text.trim() });
  }
  const data = results.data;
  // A scanned client ID that matches exactly one client opens its dashboard (Back skips the search).
  const only = data?.kind === 'id' && data.total === 1 ? data.items[0]?.PersonalID : undefined;
  useEffect(() => {
    if (only) navigate(`/clients/${only}`, { replace: true });
  }, [only, navigate]);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('Find Client')}</Title>
        <Button component={Link} to="/clients/new" variant="default">
          {t('Create client')}
        </Button>
      </Group>
      <form onSubmit={submit}>
        <Group align="end">
          <TextInput
            label={t('Search clients')}
            description={t(
              'First letters of first and last name (mar qui), full name, date of birth, SSN or last 4, or client ID',
            )}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autoFocus
            style={{ flex: 1 }}
          />
          <Button type="submit">{t('Search')}</Button>
        </Group>
      </form>
      {results.isError && <Alert color="red">{errorMessage(results.error)}</Alert>}
      {data && data.total === 0 && (
        <Alert title={t('No records found')} color="yellow">
          <Stack gap="xs">
            <Text size="sm">
              {t('No client matches “{{search}}”. Try other spellings, or create the client.', { search })}
            </Text>
            <Group>
              <Button size="xs" onClick={() => navigate(`/clients/new${qs({ name: search })}`)}>
                {t('Create client')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {data && data.total > 0 && (
        <>
          <Text size="sm" c="dimmed">
            {t('{{total}} found', { total: data.total })}
          </Text>
          <ResponsiveTable striped highlightOnHover aria-label={t('Search results')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('Photo')}</Table.Th>
                <Table.Th>{t('Name')}</Table.Th>
                <Table.Th>{t('Client ID')}</Table.Th>
                <Table.Th>{t('Date of birth (age)')}</Table.Th>
                <Table.Th>{t('SSN')}</Table.Th>
                <Table.Th>{t('Latest enrollment')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((c) => (
                <Table.Tr key={c.PersonalID}>
                  <Table.Td>
                    <Avatar src={c.hasPhoto ? photoUrl(c.PersonalID, 'thumbnail') : null} alt="" size="md" />
                  </Table.Td>
                  <Table.Td>
                    <Link to={`/clients/${c.PersonalID}`}>{fullName(c)}</Link>
                  </Table.Td>
                  <Table.Td>{c.PersonalID}</Table.Td>
                  <Table.Td>
                    {c.dobDisplay ?? '—'}
                    {c.age !== null ? ` (${c.age})` : ''}
                  </Table.Td>
                  <Table.Td>{c.ssnDisplay ?? '—'}</Table.Td>
                  <Table.Td>
                    {c.latestEnrollment
                      ? `${c.latestEnrollment.ProjectName} (${c.latestEnrollment.EntryDate}${
                          c.latestEnrollment.ExitDate ? ` – ${c.latestEnrollment.ExitDate}` : ''
                        })`
                      : '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ResponsiveTable>
          {data.total > PAGE && (
            <PagePagination
              total={Math.ceil(data.total / PAGE)}
              value={page}
              onChange={(p) => setParams({ q: search, page: String(p) })}
              aria-label={t('Result pages')}
            />
          )}
        </>
      )}
    </Stack>
  );
}
