// The client dashboard: alerts, latest enrollment, files, interested others, then what other
// features register in client-extensions.tsx.
import { Alert, Button, Card, Group, List, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import type { ClientDashboard, ClientFile, InterestedOther } from './client-api.ts';
import { clientDashboardSections } from './client-extensions.tsx';
import { ClientFrame } from './client-frame.tsx';

function FlagDuplicate({ personalId }: { personalId: string }) {
  const [open, setOpen] = useState(false);
  const [other, setOther] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  async function flag() {
    try {
      const r = await api.post<{ alreadyFlagged: boolean }>('/api/clients/duplicate-flags', {
        personalIdA: personalId,
        personalIdB: other.trim(),
      });
      setMessage({
        ok: true,
        text: r.alreadyFlagged ? 'These clients were already flagged.' : 'Flagged as duplicate.',
      });
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    }
  }
  return (
    <>
      <Button variant="default" size="xs" onClick={() => setOpen(true)}>
        Flag as duplicate
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Flag as duplicate">
        <Stack>
          <TextInput label="Other client ID" value={other} onChange={(e) => setOther(e.currentTarget.value)} />
          {message && (
            <Alert color={message.ok ? 'green' : 'red'} role="status">
              {message.text}
            </Alert>
          )}
          <Button onClick={flag} disabled={!other.trim()}>
            Flag
          </Button>
        </Stack>
      </Modal>
    </>
  );
}

function Summary({ client }: { client: ClientDashboard }) {
  const id = encodeURIComponent(client.PersonalID);
  const files = useQuery({
    queryKey: ['client-files', client.PersonalID, 'dashboard'],
    queryFn: () => api.get<{ items: ClientFile[] }>(`/api/clients/${id}/files`),
  });
  const others = useQuery({
    queryKey: ['interested-others', client.PersonalID],
    queryFn: () => api.get<{ items: InterestedOther[] }>(`/api/clients/${id}/interested-others`),
  });
  return (
    <Stack>
      <Group>
        <FlagDuplicate personalId={client.PersonalID} />
      </Group>
      {client.dataQualityAlerts.length > 0 && (
        <Alert color="orange" title="Data quality">
          <List size="sm">
            {client.dataQualityAlerts.map((a) => (
              <List.Item key={a.field}>{a.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Card withBorder>
        <Title order={4}>Latest enrollment</Title>
        <Text size="sm">
          {client.latestEnrollment
            ? `${client.latestEnrollment.ProjectName}, entered ${client.latestEnrollment.EntryDate}${
                client.latestEnrollment.ExitDate ? `, exited ${client.latestEnrollment.ExitDate}` : ''
              }`
            : 'No enrollments'}
        </Text>
      </Card>
      <Card withBorder aria-label="Files">
        <Title order={4}>Files</Title>
        {files.data?.items.length ? (
          <List size="sm">
            {files.data.items.slice(0, 5).map((f) => (
              <List.Item key={f.id}>
                {f.name} ({f.category})
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">No files</Text>
        )}
        <Link to={`/clients/${id}/files`}>All files</Link>
      </Card>
      <Card withBorder aria-label="Interested others">
        <Title order={4}>Interested Others</Title>
        {others.data?.items.length ? (
          <List size="sm">
            {others.data.items.map((o) => (
              <List.Item key={o.id}>
                {o.name} ({o.otherType})
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">None</Text>
        )}
        <Link to={`/clients/${id}/interested-others`}>Manage interested others</Link>
      </Card>
      {[...clientDashboardSections]
        .sort((a, b) => a.order - b.order)
        .map((s) => (
          <div key={s.id}>{s.render({ PersonalID: client.PersonalID })}</div>
        ))}
    </Stack>
  );
}

export function ClientDashboardPage() {
  return <ClientFrame>{(client) => <Summary client={client} />}</ClientFrame>;
}
