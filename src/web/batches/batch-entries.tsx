// Add Clients to Batch (a scanner types the ID and Enter; the cursor stays in the field) and
// the Batch Clients review list.
import { ActionIcon, Alert, Badge, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api.ts';
import { fieldErrors } from '../lib/forms.ts';
import type { Entry, Summary } from './batch-api.ts';

export function ScanForm({
  batchId,
  onAdded,
}: {
  batchId: string;
  onAdded: (r: { entry: Entry; summary: Summary; batchVersion: number }) => void;
}) {
  const { t } = useTranslation('batches');
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [last, setLast] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const personalId = value.trim();
    if (!personalId) return;
    setError(null);
    try {
      const r = await api.post<{ entry: Entry; summary: Summary; batchVersion: number }>(
        `/api/batches/${batchId}/entries`,
        { personalId },
      );
      setValue('');
      setLast(t('Added {{id}}: {{flagLabel}}', { id: personalId, flagLabel: r.entry.flagLabel }));
      onAdded(r);
    } catch (err) {
      const f = fieldErrors(err);
      setError(f.personalId ?? f._form ?? t('Could not add the client'));
      // Select what was read so the next scan replaces it.
      input.current?.select();
    } finally {
      input.current?.focus();
    }
  }
  return (
    <Stack component="form" onSubmit={submit} gap="xs" aria-label={t('Add Clients to Batch')} maw={420}>
      <TextInput
        ref={input}
        label={t('Client ID')}
        description={t('Scan the client’s ID card, or type the ID and press Enter')}
        autoFocus
        autoComplete="off"
        value={value}
        error={error}
        onChange={(e) => setValue(e.currentTarget.value)}
      />
      <div aria-live="polite">{last}</div>
    </Stack>
  );
}

const COLORS: Record<Entry['flag'], string> = {
  ready: 'green',
  posted: 'green',
  no_open_enrollment: 'orange',
  duplicate: 'red',
  already_served: 'red',
};

export function EntriesTable({
  entries,
  editable,
  onRemove,
}: {
  entries: Entry[];
  editable: boolean;
  onRemove: (entry: Entry) => Promise<void>;
}) {
  const { t } = useTranslation('batches');
  const [error, setError] = useState<string | null>(null);
  return (
    <Stack gap="xs">
      {error && <Alert color="red">{error}</Alert>}
      <Table aria-label={t('Batch Clients')}>
        <Table.Thead>
          <Table.Tr>
            {editable && <Table.Th />}
            <Table.Th>{t('Client ID')}</Table.Th>
            <Table.Th>{t('Client')}</Table.Th>
            <Table.Th>{t('Review')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => (
            <Table.Tr key={e.id}>
              {editable && (
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('Remove {{id}} ({{flagLabel}})', { id: e.PersonalID, flagLabel: e.flagLabel })}
                    onClick={() => onRemove(e).catch((err: Error) => setError(err.message))}
                  >
                    ✕
                  </ActionIcon>
                </Table.Td>
              )}
              <Table.Td>{e.PersonalID}</Table.Td>
              <Table.Td>{[e.FirstName, e.LastName].filter(Boolean).join(' ')}</Table.Td>
              <Table.Td>
                <Badge color={COLORS[e.flag]}>{e.flagLabel}</Badge>
                {e.flagReason && (
                  <Text size="xs" c="dimmed">
                    {e.flagReason}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
