// Client → Who has seen this record: the whole access log, a page at a time, and the PDF to
// print or give to the client (HIPAA's accounting of disclosures).
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClientFrame } from '../clients/client-frame.tsx';
import { errorMessage } from '../lib/forms.ts';
import { PagePagination } from '../lib/page-pagination.tsx';
import { accessLogPdfUrl, useAccessLog } from './access-log-api.ts';
import { AccessLogTable } from './access-log-table.tsx';

const PAGE = 50;

function AccessLog({ personalId }: { personalId: string }) {
  const { t } = useTranslation('access-log');
  const [page, setPage] = useState(1);
  const log = useAccessLog(personalId, { limit: PAGE, offset: (page - 1) * PAGE });
  const pages = Math.max(1, Math.ceil((log.data?.total ?? 0) / PAGE));
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>{t('Who has seen this record')}</Title>
        <Button component="a" href={accessLogPdfUrl(personalId)} target="_blank" variant="light">
          {t('Print (PDF)')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('Every view and change of this record, newest first: who, working as which organization, and when.')}
      </Text>
      {log.isError && <Alert color="red">{errorMessage(log.error)}</Alert>}
      {log.data && (
        <>
          <Text size="sm">{t('{{count}} entries', { count: log.data.total })}</Text>
          <AccessLogTable items={log.data.items} />
          {pages > 1 && (
            <PagePagination total={pages} value={page} onChange={setPage} aria-label={t('Access log pages')} />
          )}
        </>
      )}
    </Stack>
  );
}

export function AccessLogPage() {
  return <ClientFrame>{(client) => <AccessLog personalId={client.PersonalID} />}</ClientFrame>;
}
