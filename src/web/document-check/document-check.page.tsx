// Document Check: the verification documents a housing referral needs, kept apart from Client
// Files and visible only to the organizations working with the client. The checklist shows what
// is still missing; documents can be added, verified, given their file, downloaded and deleted.
import { Alert, Badge, Button, Card, FileButton, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ClientFrame } from '../clients/client-frame.tsx';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { AddDocument } from './add-document.tsx';
import {
  type Checklist,
  type ClientDocument,
  documentsUrl,
  STATUS_COLORS,
  statusLabel,
  useClientDocuments,
} from './document-check-api.ts';

function ChecklistCard({ checklist }: { checklist: Checklist }) {
  const { t } = useTranslation('document-check');
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={4}>
          {t('Checklist: {{ready}} of {{required}} required documents ready', {
            ready: checklist.ready,
            required: checklist.required,
          })}
        </Title>
        {checklist.missing.length > 0 && (
          <Text size="sm">{t('Still missing: {{documents}}', { documents: checklist.missing.join(', ') })}</Text>
        )}
        <Group gap="xs" aria-label={t('Checklist')}>
          {checklist.items.map((i) => (
            <Badge key={i.documentTypeId} color={STATUS_COLORS[i.status]} variant={i.required ? 'filled' : 'light'}>
              {i.name}: {statusLabel(t, i.status)}
              {i.required ? '' : ` ${t('(optional)')}`}
            </Badge>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}

function DocumentRow({ doc, personalId, onChange }: { doc: ClientDocument; personalId: string; onChange: () => void }) {
  const { t } = useTranslation('document-check');
  const [error, setError] = useState<string | null>(null);
  const url = `${documentsUrl(personalId)}/${doc.id}`;
  const run = (fn: () => Promise<unknown>) =>
    fn()
      .then(onChange)
      .catch((e) => setError(errorMessage(e)));
  const verify = () =>
    run(() =>
      api.patch(url, {
        documentTypeId: doc.documentTypeId,
        status: 'verified',
        expiresOn: doc.expiresOn,
        note: doc.note,
        version: doc.version,
      }),
    );
  const attach = (file: File | null) => {
    if (!file) return;
    const form = new FormData();
    form.append('version', String(doc.version));
    form.append('file', file, file.name);
    run(() => api.upload(`${url}/file`, form));
  };
  return (
    <Table.Tr>
      <Table.Td>{doc.documentTypeName}</Table.Td>
      <Table.Td miw={100}>
        <Badge color={STATUS_COLORS[doc.status]}>{statusLabel(t, doc.status)}</Badge>
      </Table.Td>
      <Table.Td>
        {doc.verifiedOn
          ? t('{{date}} by {{user}}', { date: doc.verifiedOn, user: doc.verifiedBy ?? t('unknown') })
          : '—'}
      </Table.Td>
      <Table.Td>{doc.expiresOn ?? '—'}</Table.Td>
      <Table.Td>
        {doc.organizationName}
        <Text size="xs" c="dimmed">
          {doc.addedBy}, {new Date(doc.addedAt).toLocaleDateString()}
        </Text>
        {doc.note && <Text size="xs">{doc.note}</Text>}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          {doc.file && (
            <Button size="xs" variant="default" component="a" href={`${url}/download`}>
              {t('Download')}
            </Button>
          )}
          {doc.status !== 'verified' && doc.status !== 'expired' && doc.file && (
            <Button
              size="xs"
              onClick={verify}
              aria-label={t('Verify {{documentTypeName}}', { documentTypeName: doc.documentTypeName })}
            >
              {t('Verify')}
            </Button>
          )}
          <FileButton onChange={attach} accept="application/pdf,image/*">
            {(props) => (
              <Button size="xs" variant="light" {...props}>
                {doc.file ? t('Replace file') : t('Attach file')}
              </Button>
            )}
          </FileButton>
          <Button
            size="xs"
            color="red"
            variant="subtle"
            aria-label={t('Delete {{documentTypeName}}', { documentTypeName: doc.documentTypeName })}
            onClick={() => run(() => api.delete(`${url}?version=${doc.version}`))}
          >
            {t('Delete')}
          </Button>
        </Group>
        {error && (
          <Text c="red" size="xs" role="alert">
            {error}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function DocumentCheck({ personalId }: { personalId: string }) {
  const { t } = useTranslation('document-check');
  const docs = useClientDocuments(personalId);
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: ['client-documents', personalId] });
  const items = docs.data?.items ?? [];
  return (
    <Stack>
      <Title order={3}>{t('Document Check')}</Title>
      <Text size="sm">
        {t(
          'Verification documents for housing referrals. Only your organization (when it added them) and organizations with an active case manager of this client can see them; they never appear in Client Files.',
        )}
      </Text>
      {docs.isError && <Alert color="red">{errorMessage(docs.error)}</Alert>}
      {docs.data && <ChecklistCard checklist={docs.data.checklist} />}
      <AddDocument personalId={personalId} onDone={refresh} />
      {docs.data && items.length === 0 && <Text>{t('No documents your organization can see.')}</Text>}
      {items.length > 0 && (
        <Table aria-label={t('Documents')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('Document')}</Table.Th>
              <Table.Th>{t('Status')}</Table.Th>
              <Table.Th>{t('Verified')}</Table.Th>
              <Table.Th>{t('Expires')}</Table.Th>
              <Table.Th>{t('Added by')}</Table.Th>
              <Table.Th>{t('Actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((d) => (
              <DocumentRow key={d.id} doc={d} personalId={personalId} onChange={refresh} />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

export function DocumentCheckPage() {
  const { personalId = '' } = useParams();
  return <ClientFrame>{() => <DocumentCheck personalId={personalId} />}</ClientFrame>;
}
