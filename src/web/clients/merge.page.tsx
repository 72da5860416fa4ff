// Admin → Merge clients: two clients side by side, a choice per group of fields for the value
// that survives, Merge; recent merges can be undone.
import { Alert, Button, Group, Radio, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useSearchParams } from 'react-router';
import { hudLabel } from '../../hud/codes.ts';
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

const GROUPS: { key: string; label: string; show: (c: ClientView) => ReactNode }[] = [
  { key: 'name', label: 'Name', show: (c) => fullName(c) },
  { key: 'ssn', label: 'SSN', show: (c) => c.ssnDisplay ?? '—' },
  { key: 'dob', label: 'Date of birth', show: (c) => c.dobDisplay ?? '—' },
  { key: 'sex', label: 'Sex', show: (c) => hudLabel('Sex', c.Sex) ?? '—' },
  {
    key: 'race',
    label: 'Race and ethnicity',
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
    label: 'Veteran status',
    show: (c) => hudLabel('NoYesReasonsForMissingData', c.VeteranStatus) ?? '—',
  },
  { key: 'photo', label: 'Photo', show: (c) => (c.hasPhoto ? 'Has a photo' : 'No photo') },
];

function RecentMerges({ refreshKey }: { refreshKey: number }) {
  const qc = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const merges = useQuery({
    queryKey: ['client-merges', refreshKey],
    queryFn: () => api.get<{ items: Merge[] }>('/api/clients/merges?limit=20'),
  });
  async function undo(m: Merge) {
    try {
      await api.post(`/api/clients/merges/${m.id}/undo`);
      setMessage(`Merge undone: client ${m.mergedId} is back.`);
      await qc.invalidateQueries({ queryKey: ['client-merges'] });
    } catch (e) {
      setMessage(errorMessage(e));
    }
  }
  return (
    <Stack>
      <Title order={3}>Recent merges</Title>
      {message && <Alert role="status">{message}</Alert>}
      <Table aria-label="Recent merges">
        <Table.Tbody>
          {merges.data?.items.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                {m.mergedId} into {m.survivorId}
              </Table.Td>
              <Table.Td>
                {new Date(m.mergedAt).toLocaleString()} by {m.mergedBy}
              </Table.Td>
              <Table.Td>
                {m.undoneAt ? (
                  <Text size="sm">Undone</Text>
                ) : (
                  <Button size="xs" variant="default" onClick={() => undo(m)}>
                    Undo merge
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
      setMessage({ ok: true, text: `Merged client ${merged.PersonalID} into ${survivor.PersonalID}.` });
      setData(null);
      setDone((n) => n + 1);
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    }
  }

  const [survivor, merged] = data?.clients ?? [];
  return (
    <Stack>
      <Title order={1}>Merge clients</Title>
      <Group align="end">
        <TextInput label="Surviving client ID" value={a} onChange={(e) => setA(e.currentTarget.value)} />
        <TextInput label="Client ID to merge into it" value={b} onChange={(e) => setB(e.currentTarget.value)} />
        <Button onClick={compare} disabled={!a.trim() || !b.trim()}>
          Compare
        </Button>
      </Group>
      {message && (
        <Alert color={message.ok ? 'green' : 'red'} role="status">
          {message.text}
        </Alert>
      )}
      {survivor && merged && (
        <>
          <Table aria-label="Compare clients">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Field</Table.Th>
                <Table.Th>Surviving client {survivor.PersonalID}</Table.Th>
                <Table.Th>Merged client {merged.PersonalID}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {GROUPS.map((g) => (
                <Table.Tr key={g.key}>
                  <Table.Td>{g.label}</Table.Td>
                  {(['survivor', 'merged'] as const).map((side) => {
                    const c = side === 'survivor' ? survivor : merged;
                    return (
                      <Table.Td key={side}>
                        <Radio
                          name={g.key}
                          label={g.show(c)}
                          aria-label={`${g.label} from ${side === 'survivor' ? 'surviving' : 'merged'} client`}
                          checked={(choices[g.key] ?? 'survivor') === side}
                          onChange={() => setChoices({ ...choices, [g.key]: side })}
                        />
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Td>Records</Table.Td>
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
              Merge
            </Button>
          </Group>
        </>
      )}
      <RecentMerges refreshKey={done} />
    </Stack>
  );
}
