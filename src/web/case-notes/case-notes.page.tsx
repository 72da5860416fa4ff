// Client → Profile → Case Notes: the notes your organization wrote about the client.
import { Alert, Badge, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ClientFrame } from '../clients/client-frame.tsx';
import { api, qs } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { ResponsiveTable } from '../lib/responsive-table.tsx';
import type { CaseNote } from './case-note-api.ts';
import { CaseNoteForm } from './case-note-form.tsx';

export function CaseNotesPage() {
  const { personalId = '' } = useParams();
  return <ClientFrame>{() => <CaseNotes personalId={personalId} />}</ClientFrame>;
}

function CaseNotes({ personalId }: { personalId: string }) {
  const { t } = useTranslation('case-notes');
  const qc = useQueryClient();
  const key = ['case-notes', personalId];
  const list = useQuery({
    queryKey: key,
    queryFn: async () => (await api.get<{ items: CaseNote[] }>(`/api/clients/${personalId}/case-notes`)).items,
  });
  const [editing, setEditing] = useState<CaseNote | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CaseNote | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function refresh(text: string) {
    setEditing(null);
    setMessage(text);
    await qc.invalidateQueries({ queryKey: key });
    await qc.invalidateQueries({ queryKey: ['services'] });
  }
  async function remove(n: CaseNote) {
    setError(null);
    try {
      await api.delete(`/api/case-notes/${n.id}${qs({ version: n.version })}`);
      setDeleting(null);
      await refresh(t('Deleted “{{title}}”.', { title: n.title }));
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <Stack>
      <Title order={3}>{t('Case Notes')}</Title>
      <Text c="dimmed" size="sm">
        {t('Case notes are seen only by people working as your organization.')}
      </Text>
      {message && <Alert color="green">{message}</Alert>}
      {editing ? (
        <Card withBorder>
          <Title order={4} mb="sm">
            {editing === 'new' ? t('New case note') : editing.title}
          </Title>
          <CaseNoteForm
            key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
            personalId={personalId}
            note={editing === 'new' ? undefined : editing}
            onSaved={(n) => refresh(t('Saved “{{title}}”.', { title: n.title }))}
            onCancel={() => setEditing(null)}
          />
        </Card>
      ) : (
        <Button
          w="fit-content"
          onClick={() => {
            setMessage(null);
            setEditing('new');
          }}
        >
          {t('Add New Case Note')}
        </Button>
      )}
      {list.isError && <Alert color="red">{errorMessage(list.error)}</Alert>}
      {list.data && !list.data.length && <Text c="dimmed">{t('No case notes yet.')}</Text>}
      {!!list.data?.length && (
        <ResponsiveTable aria-label={t('Case notes')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('Date')}</Table.Th>
              <Table.Th>{t('Title')}</Table.Th>
              <Table.Th>{t('Enrollment')}</Table.Th>
              <Table.Th>{t('Written by')}</Table.Th>
              <Table.Th>{t('Services')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((n) => (
              <Table.Tr key={n.id}>
                <Table.Td>{n.noteDate}</Table.Td>
                <Table.Td>
                  {n.title} {n.readOnly && <Badge color="gray">{t('Read only')}</Badge>}
                </Table.Td>
                <Table.Td>{n.ProjectName ?? '—'}</Table.Td>
                <Table.Td>{n.author.name}</Table.Td>
                <Table.Td>{n.serviceCount}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={t('Open {{title}}', { title: n.title })}
                      onClick={() => {
                        setMessage(null);
                        setEditing(n);
                      }}
                    >
                      {t('Open')}
                    </Button>
                    {n.readOnly && (
                      <Button
                        size="xs"
                        variant="default"
                        component="a"
                        href={`/api/case-notes/${n.id}/pdf`}
                        target="_blank"
                        aria-label={t('Print {{title}}', { title: n.title })}
                      >
                        {t('Print')}
                      </Button>
                    )}
                    {n.canDelete && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={t('Delete {{title}}', { title: n.title })}
                        onClick={() => setDeleting(n)}
                      >
                        {t('Delete')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ResponsiveTable>
      )}
      <Modal opened={Boolean(deleting)} onClose={() => setDeleting(null)} title={t('Delete case note?')}>
        <Stack>
          <Text>{t('“{{title}}” will be deleted.', { title: deleting?.title })}</Text>
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              {t('No')}
            </Button>
            <Button color="red" onClick={() => deleting && remove(deleting)}>
              {t('Yes')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
