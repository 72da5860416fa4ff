// Admin → Merge clients: two clients side by side, a choice per group of fields for the value
// that survives, Merge; recent merges can be undone.

import { Alert, Button, Group, Radio, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { hudLabel } from '../../hud/codes.ts';
import { tKey } from '../i18n/keys.ts';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { type ClientView, fullName } from './client-api.ts';

type Compare = { clients: ClientView[]; rows: Record<string, number>[] };
type Merge = {
  id: string;
  survivorId: string;
  mergedId: string;
  mergedBy: string;
  mergedAt: string;
  undoneAt: string | null;
};
type Side = 'survivor' | 'merged';

const GROUPS: { key: string; label: string; show: (c: ClientView, t: TFunction<'clients'>) => ReactNode }[] = [
  { key: 'name', label: tKey('Name'), show: (c) => fullName(c) },
  { key: 'ssn', label: tKey('SSN'), show: (c) => c.ssnDisplay ?? '—' },
  { key: 'dob', label: tKey('Date of birth'), show: (c) => c.dobDisplay ?? '—' },
  { key: 'sex', label: tKey('Sex'), show: (c) => hudLabel('Sex', c.Sex) ?? '—' },
  {
    key: 'race',
    label: tKey('Race and ethnicity'),
    show: (c) =>
      (
        [
          'AmIndAKNative',
          'Asian',
          'BlackAfAmerican',
          'HispanicLatinao',
          'MidEastNAfrican',
          'NativeHIPacific',
          'White',
        ] as const
      )
        .filter((f) => c[f] === 1)
        .map((f) => hudLabel('Race', f === 'HispanicLatinao' ? 'HispanicLatinaeo' : f))
        .join(', ') || '—',
  },
  {
    key: 'veteran',
    label: tKey('Veteran status'),
    show: (c) => hudLabel('NoYesReasonsForMissingData', c.VeteranStatus) ?? '—',
  },
  { key: 'photo', label: tKey('Photo'), show: (c, t) => (c.hasPhoto ? t('Has a photo') : t('No photo')) },
];

function RecentMerges({ refreshKey }: { refreshKey: number }) {
  const { t } = useTranslation('clients');
  const qc = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const merges = useQuery({
    queryKey: ['client-merges', refreshKey],
    queryFn: () => api.get<{ items: Merge[] }>('/api/clients/merges?limit=20'),
  });
  async function undo(m: Merge) {
    try {
      await api.post(`/api/clients/merges/${m.id}/undo`);
      setMessage(t('Merge undone: client {{mergedId}} is back.', { mergedId: m.mergedId }));
      await qc.invalidateQueries({ queryKey: ['client-merges'] });
    } catch (e) {
      setMessage(errorMessage(e));
    }
  }
  return (
    <Stack>
      <Title order={3}>{t('Recent merges')}</Title>
      {message && <Alert role="status">{message}</Alert>}
      <Table aria-label={t('Recent merges')}>
        <Table.Tbody>
          {merges.data?.items.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                {t('{{mergedId}} into {{survivorId}}', { mergedId: m.mergedId, survivorId: m.survivorId })}
              </Table.Td>
              <Table.Td>
                {t('{{when}} by {{mergedBy}}', {
                  when: new Date(m.mergedAt).toLocaleString(),
                  mergedBy: m.mergedBy,
                })}
              </Table.Td>
              <Table.Td>
                {m.undoneAt ? (
                  <Text size="sm">{t('Undone')}</Text>
                ) : (
                  <Button size="xs" variant="default" onClick={() => undo(m)}>
                    {t('Undo merge')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

export function MergeClientsPage() {
  const { t } = useTranslation('clients');
  const [params] = useSearchParams();
  const [a, setA] = useState(params.get('a') ?? '');
  const [b, setB] = useState(params.get('b') ?? '');
  const [data, setData] = useState<Compare | null>(null);
  const [choices, setChoices] = useState<Record<string, Side>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [done, setDone] = useState(0);

  async function compare() {
    setMessage(null);
    try {
      setData(
        await api.get<Compare>(
          `/api/clients/compare?a=${encodeURIComponent(a.trim())}&b=${encodeURIComponent(b.trim())}`,
        ),
      );
      setChoices({});
    } catch (e) {
      setData(null);
      setMessage({ ok: false, text: errorMessage(e) });
    }
  }
  async function merge() {
    const [survivor, merged] = data?.clients ?? [];
    if (!survivor || !merged) return;
    try {
      await api.post('/api/clients/merges', {
        survivorId: survivor.PersonalID,
        mergedId: merged.PersonalID,
        survivorVersion: survivor.version,
        mergedVersion: merged.version,
        choices,
      });
      setMessage({
        ok: true,
        text: t('Merged client {{PersonalID}} into {{PersonalID2}}.', {
          PersonalID: merged.PersonalID,
          PersonalID2: survivor.PersonalID,
        }),
      });
      setData(null);
      setDone((n) => n + 1);
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    }
  }

  const [survivor, merged] = data?.clients ?? [];
  return (
    <Stack>
      <Title order={1}>{t('Merge clients')}</Title>
      <Group align="end">
        <TextInput label={t('Surviving client ID')} value={a} onChange={(e) => setA(e.currentTarget.value)} />
        <TextInput label={t('Client ID to merge into it')} value={b} onChange={(e) => setB(e.currentTarget.value)} />
        <Button onClick={compare} disabled={!a.trim() || !b.trim()}>
          {t('Compare')}
        </Button>
      </Group>
      {message && (
        <Alert color={message.ok ? 'green' : 'red'} role="status">
          {message.text}
        </Alert>
      )}
      {survivor && merged && (
        <>
          <Table aria-label={t('Compare clients')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('Field')}</Table.Th>
                <Table.Th>{t('Surviving client {{PersonalID}}', { PersonalID: survivor.PersonalID })}</Table.Th>
                <Table.Th>{t('Merged client {{PersonalID}}', { PersonalID: merged.PersonalID })}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {GROUPS.map((g) => (
                <Table.Tr key={g.key}>
                  <Table.Td>{t(g.label)}</Table.Td>
                  {(['survivor', 'merged'] as const).map((side) => {
                    const c = side === 'survivor' ? survivor : merged;
                    return (
                      <Table.Td key={side}>
                        <Radio
                          name={g.key}
                          label={g.show(c, t)}
                          aria-label={
                            side === 'survivor'
                              ? t('{{label}} from surviving client', { label: t(g.label) })
                              : t('{{label}} from merged client', { label: t(g.label) })
                          }
                          checked={(choices[g.key] ?? 'survivor') === side}
                          onChange={() => setChoices({ ...choices, [g.key]: side })}
                        />
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Td>{t('Records')}</Table.Td>
                {data?.rows.map((r, i) => (
                  <Table.Td key={data.clients[i]?.PersonalID}>
                    {Object.entries(r)
                      .map(([t, n]) => `${t}: ${n}`)
                      .join(', ') || '—'}
                  </Table.Td>
                ))}
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Group>
            <Button color="red" onClick={merge}>
              {t('Merge')}
            </Button>
          </Group>
        </>
      )}
      <RecentMerges refreshKey={done} />
    </Stack>
  );
}
