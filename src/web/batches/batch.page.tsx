// One batch: scan clients in, review (No open enrollment / Duplicate), remove, Post Services.
import { Alert, Anchor, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { money } from '../services/service-api.ts';
import type { Batch, Review } from './batch-api.ts';
import { EntriesTable, ScanForm } from './batch-entries.tsx';

type PostResult = { posted: number; skipped: number; alreadyPosted: boolean; batch: Batch };

export function BatchPage() {
  const { id = '' } = useParams();
  const qc = useQueryClient();
  const key = ['batches', id];
  const review = useQuery({ queryKey: key, queryFn: () => api.get<Review>(`/api/batches/${id}`) });
  const [confirming, setConfirming] = useState(false);
  const [posting, setPosting] = useState(false);
  const [result, setResult] = useState<PostResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (review.isError) return <Alert color="red">{errorMessage(review.error)}</Alert>;
  if (!review.data) return <Text>Loading…</Text>;
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
        ← Batches
      </Anchor>
      <Title order={2}>{batch.name}</Title>
      <Text>
        {batch.serviceName} · {batch.units} unit{batch.units === 1 ? '' : 's'} × {money(batch.unitValue)} ·{' '}
        {batch.DateProvided} · {batch.ProjectName}
      </Text>
      {result && (
        <Alert color={result.alreadyPosted ? 'blue' : 'green'}>
          {result.alreadyPosted
            ? `This batch was already posted (${result.batch.postedCount ?? 0} services): nothing was recorded twice.`
            : `Posted ${result.posted} service${result.posted === 1 ? '' : 's'}; ${result.skipped} entr${result.skipped === 1 ? 'y' : 'ies'} skipped.`}
        </Alert>
      )}
      {!open && !result && (
        <Alert color="green">
          Posted {new Date(batch.postedAt ?? '').toLocaleString()}: {batch.postedCount} services recorded.
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
        <Title order={3}>Batch Clients</Title>
        <Text size="sm" aria-label="Review summary">
          {summary.ready} ready · {summary.noOpenEnrollment} no open enrollment · {summary.duplicate} duplicate
          {summary.alreadyServed ? ` · ${summary.alreadyServed} already served` : ''}
          {summary.posted ? ` · ${summary.posted} posted` : ''}
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
        <Text c="dimmed">No clients scanned yet.</Text>
      )}
      {open && (
        <Button w="fit-content" disabled={!summary.ready} onClick={() => setConfirming(true)}>
          Post Services
        </Button>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Post Services">
        <Stack>
          <Text>
            {summary.ready} service{summary.ready === 1 ? '' : 's'} will be recorded.
            {skipped ? ` ${skipped} flagged entr${skipped === 1 ? 'y' : 'ies'} will be skipped.` : ''}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button loading={posting} onClick={post}>
              Post Services
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
