// Client Files: upload (document name defaults to the file name), list or grid, sort, filter,
// download, delete with confirmation. CAS and medical documents never belong here.

import {
  Alert,
  Anchor,
  Button,
  Card,
  FileInput,
  Group,
  Modal,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { tKey } from '../i18n/keys.ts';
import { api, qs } from '../lib/api.ts';
import { errorMessage, fieldErrors } from '../lib/forms.ts';
import { type ClientDashboard, type ClientFile, FILE_CATEGORIES } from './client-api.ts';
import { ClientFrame } from './client-frame.tsx';

const SORTS = [
  { value: 'uploadedAt', label: tKey('Date uploaded') },
  { value: 'name', label: tKey('Name') },
  { value: 'category', label: tKey('Category') },
  { value: 'size', label: tKey('Size') },
];
const size = (n: number) =>
  n < 1024 ? `${n} B` : n < 1048576 ? `${Math.round(n / 1024)} KB` : `${(n / 1048576).toFixed(1)} MB`;

function Upload({ personalId, onDone }: { personalId: string; onDone: () => void }) {
  const { t } = useTranslation('clients');
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [category, setCategory] = useState('Other');
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function upload() {
    if (!file) return;
    setErrors({});
    try {
      const form = new FormData();
      form.append('name', name.trim() || file.name);
      form.append('category', category);
      form.append('file', file, file.name);
      await api.upload(`/api/clients/${encodeURIComponent(personalId)}/files`, form);
      setFile(null);
      setName('');
      onDone();
    } catch (e) {
      setErrors(fieldErrors(e));
    }
  }
  return (
    <Card withBorder>
      <Stack>
        <Title order={4}>{t('Add file')}</Title>
        {errors._form && <Alert color="red">{errors._form}</Alert>}
        <FileInput
          label={t('File')}
          value={file}
          onChange={(f) => {
            setFile(f);
            if (f && !name) setName(f.name);
          }}
        />
        <Group grow>
          <TextInput
            label={t('Document name')}
            value={name}
            error={errors.name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <NativeSelect
            label={t('Category')}
            value={category}
            error={errors.category}
            onChange={(e) => setCategory(e.currentTarget.value)}
            data={FILE_CATEGORIES.map((c) => ({
              value: c,
              label: c === 'Restricted' ? t('Restricted (only my organization sees it)') : t(c),
            }))}
          />
        </Group>
        <Group>
          <Button onClick={upload} disabled={!file}>
            {t('Upload file')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function Files({ client }: { client: ClientDashboard }) {
  const { t } = useTranslation('clients');
  const id = encodeURIComponent(client.PersonalID);
  const [view, setView] = useState('list');
  const [sort, setSort] = useState('uploadedAt');
  const [category, setCategory] = useState('');
  const [q, setQ] = useState('');
  const [deleting, setDeleting] = useState<ClientFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const qc = useQueryClient();
  const files = useQuery({
    queryKey: ['client-files', client.PersonalID, sort, category, q],
    queryFn: () =>
      api.get<{ items: ClientFile[] }>(
        `/api/clients/${id}/files${qs({ sort, order: sort === 'name' || sort === 'category' ? 'asc' : 'desc', category, q })}`,
      ),
  });
  const refresh = () => qc.invalidateQueries({ queryKey: ['client-files', client.PersonalID] });
  async function remove(f: ClientFile) {
    try {
      await api.delete(`/api/clients/${id}/files/${f.id}?version=${f.version}`);
      setDeleting(null);
      await refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  const href = (f: ClientFile) => `/api/clients/${id}/files/${f.id}/download`;
  const items = files.data?.items ?? [];
  return (
    <Stack>
      <Title order={3}>{t('Files')}</Title>
      <Alert color="yellow" title={t('Not for CAS or medical documents')}>
        {t('Coordinated Entry (CAS) documents and medical records do not belong in Client Files: use')}{' '}
        <Anchor component={Link} to={`/clients/${id}/document-check`}>
          {t('Document Check')}
        </Anchor>
        .
      </Alert>
      <Upload personalId={client.PersonalID} onDone={refresh} />
      {error && <Alert color="red">{error}</Alert>}
      <Group align="end">
        <TextInput label={t('Filter by name')} value={q} onChange={(e) => setQ(e.currentTarget.value)} />
        <NativeSelect
          label={t('Filter by category')}
          value={category}
          onChange={(e) => setCategory(e.currentTarget.value)}
          data={[{ value: '', label: t('All categories') }, ...FILE_CATEGORIES.map((c) => ({ value: c, label: t(c) }))]}
        />
        <NativeSelect
          label={t('Sort by')}
          value={sort}
          onChange={(e) => setSort(e.currentTarget.value)}
          data={SORTS.map((s) => ({ ...s, label: t(s.label) }))}
        />
        <SegmentedControl
          aria-label={t('View')}
          value={view}
          onChange={setView}
          data={[
            { value: 'list', label: t('List') },
            { value: 'grid', label: t('Grid') },
          ]}
        />
      </Group>
      {files.data && items.length === 0 && <Text>{t('No files')}</Text>}
      {view === 'list' && items.length > 0 && (
        <Table aria-label={t('Client files')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('Document name')}</Table.Th>
              <Table.Th>{t('Category')}</Table.Th>
              <Table.Th>{t('Size')}</Table.Th>
              <Table.Th>{t('Uploaded')}</Table.Th>
              <Table.Th>{t('Actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td>{f.name}</Table.Td>
                <Table.Td>{t(f.category)}</Table.Td>
                <Table.Td>{size(f.sizeBytes)}</Table.Td>
                <Table.Td>
                  {t('{{when}} by {{uploadedBy}} ({{organizationName}})', {
                    when: new Date(f.uploadedAt).toLocaleString(),
                    uploadedBy: f.uploadedBy,
                    organizationName: f.organizationName,
                  })}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Button
                      size="xs"
                      variant="default"
                      component="a"
                      href={href(f)}
                      aria-label={t('Download {{name}}', { name: f.name })}
                    >
                      {t('Download')}
                    </Button>
                    <Button
                      size="xs"
                      color="red"
                      variant="light"
                      onClick={() => setDeleting(f)}
                      aria-label={t('Delete {{name}}', { name: f.name })}
                    >
                      {t('Delete')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {view === 'grid' && (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {items.map((f) => (
            <Card withBorder key={f.id}>
              <Text fw={600}>{f.name}</Text>
              <Text size="sm">
                {t(f.category)} · {size(f.sizeBytes)}
              </Text>
              <Group gap="xs" mt="xs">
                <Button
                  size="xs"
                  variant="default"
                  component="a"
                  href={href(f)}
                  aria-label={t('Download {{name}}', { name: f.name })}
                >
                  {t('Download')}
                </Button>
                <Button
                  size="xs"
                  color="red"
                  variant="light"
                  onClick={() => setDeleting(f)}
                  aria-label={t('Delete {{name}}', { name: f.name })}
                >
                  {t('Delete')}
                </Button>
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      )}
      <Modal opened={!!deleting} onClose={() => setDeleting(null)} title={t('Delete file')}>
        <Stack>
          <Text>
            {t('Delete “{{name}}”? It is kept for the retention period, then removed.', { name: deleting?.name })}
          </Text>
          <Group>
            <Button color="red" onClick={() => deleting && remove(deleting)}>
              {t('Delete file')}
            </Button>
            <Button variant="default" onClick={() => setDeleting(null)}>
              {t('Cancel')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

export function ClientFilesPage() {
  return <ClientFrame>{(client) => <Files client={client} />}</ClientFrame>;
}
