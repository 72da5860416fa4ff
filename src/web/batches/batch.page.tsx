// One batch: scan clients in, review (No open enrollment / Duplicate), remove, Post Services.
import { Alert, Anchor, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { money } from '../services/service-api.ts';
import type { Batch, Review } from './batch-api.ts';
import { EntriesTable, ScanForm } from './batch-entries.tsx';

type PostResult = { posted: number; skipped: number; alreadyPosted: boolean; batch: Batch };

export function BatchPage() {
  const { t } = useTranslation('batches');
  const { id = '' } = useParams();
  const qc = useQueryClient();
  const key = ['batches', id];
  const review = useQuery({ queryKey: key, queryFn: () => api.get<Review>(`/api/batches/${id}`) });
  const [confirming, setConfirming] = useState(false);
  const [posting, setPosting] = useState(false);
  const [result, setResult] = useState<PostResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (review.isError)
    return (
      <Stack>
        <Title order={1}>{t('Batch')}</Title>
        <Alert color="red">{errorMessage(review.error)}</Alert>
      </Stack>
    );
  if (!review.data) return <Text>{t('Loading…')}</Text>;
  const { batch, entries, summary } = review.data;
  const open = batch.status === 'open';
  const skipped = summary.noOpenEnrollment + summary.duplicate + summary.alreadyServed;

  async function post() {
    setPosting(true);
    setError(null);
    try {
      const r = await api.post<PostResult>(`/api/batches/${id}/post`, { version: batch.version });
      setResult(r);
      setConfirming(false);
      await qc.invalidateQueries({ queryKey: ['batches'] });
      await qc.invalidateQueries({ queryKey: ['services'] });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPosting(false);
    }
  }

  return (
    <Stack>
      <Anchor component={Link} to="/batches">
        {t('← Batches')}
      </Anchor>
      <Title order={1}>{batch.name}</Title>
      <Text>
        {batch.serviceName} · {t('{{count}} units', { count: batch.units })} × {money(batch.unitValue)} ·{' '}
        {batch.DateProvided} · {batch.ProjectName}
      </Text>
      {result && (
        <Alert color={result.alreadyPosted ? 'blue' : 'green'}>
          {result.alreadyPosted
            ? t('This batch was already posted ({{n}} services): nothing was recorded twice.', {
                n: result.batch.postedCount ?? 0,
              })
            : t('Posted {{services}}; {{entries}} skipped.', {
                services: t('{{count}} services', { count: result.posted }),
                entries: t('{{count}} entries', { count: result.skipped }),
              })}
        </Alert>
      )}
      {!open && !result && (
        <Alert color="green">
          {t('Posted {{when}}: {{n}} services recorded.', {
            when: new Date(batch.postedAt ?? '').toLocaleString(),
            n: batch.postedCount,
          })}
        </Alert>
      )}
      {error && <Alert color="red">{error}</Alert>}
      {open && (
        <Card withBorder>
          <ScanForm
            batchId={id}
            onAdded={(r) =>
              qc.setQueryData<Review>(key, (old) =>
                old
                  ? {
                      batch: { ...old.batch, version: r.batchVersion, entryCount: old.batch.entryCount + 1 },
                      entries: [...old.entries, r.entry],
                      summary: r.summary,
                    }
                  : old,
              )
            }
          />
        </Card>
      )}
      <Group justify="space-between">
        <Title order={3}>{t('Batch Clients')}</Title>
        <Text size="sm" aria-label={t('Review summary')}>
          {t('{{ready}} ready · {{noOpenEnrollment}} no open enrollment · {{duplicate}} duplicate', summary)}
          {summary.alreadyServed ? ` · ${t('{{n}} already served', { n: summary.alreadyServed })}` : ''}
          {summary.posted ? ` · ${t('{{n}} posted', { n: summary.posted })}` : ''}
        </Text>
      </Group>
      {entries.length ? (
        <EntriesTable
          entries={entries}
          editable={open}
          onRemove={async (e) => {
            await api.delete(`/api/batches/${id}/entries/${e.id}`);
            await qc.invalidateQueries({ queryKey: key });
          }}
        />
      ) : (
        <Text c="dimmed">{t('No clients scanned yet.')}</Text>
      )}
      {open && (
        <Button w="fit-content" disabled={!summary.ready} onClick={() => setConfirming(true)}>
          {t('Post Services')}
        </Button>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('Post Services')}>
        <Stack>
          <Text>
            {t('{{count}} services will be recorded.', { count: summary.ready })}
            {skipped ? ` ${t('{{count}} flagged entries will be skipped.', { count: skipped })}` : ''}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('Cancel')}
            </Button>
            <Button loading={posting} onClick={post}>
              {t('Post Services')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
