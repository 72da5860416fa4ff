// The client dashboard: alerts, latest enrollment, files, interested others, then what other
// features register in client-extensions.tsx.

import { Alert, Anchor, Button, Card, Group, List, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import type { ClientDashboard, ClientFile, InterestedOther } from './client-api.ts';
import { clientDashboardSections } from './client-extensions.tsx';
import { ClientFrame } from './client-frame.tsx';

function FlagDuplicate({ personalId }: { personalId: string }) {
  const { t } = useTranslation('clients');
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
        text: r.alreadyFlagged ? t('These clients were already flagged.') : t('Flagged as duplicate.'),
      });
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    }
  }
  return (
    <>
      <Button variant="default" size="xs" onClick={() => setOpen(true)}>
        {t('Flag as duplicate')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('Flag as duplicate')}>
        <Stack>
          <TextInput label={t('Other client ID')} value={other} onChange={(e) => setOther(e.currentTarget.value)} />
          {message && (
            <Alert color={message.ok ? 'green' : 'red'} role="status">
              {message.text}
            </Alert>
          )}
          <Button onClick={flag} disabled={!other.trim()}>
            {t('Flag')}
          </Button>
        </Stack>
      </Modal>
    </>
  );
}

function Summary({ client }: { client: ClientDashboard }) {
  const { t } = useTranslation('clients');
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
        <Alert color="orange" title={t('Data quality')}>
          <List size="sm">
            {client.dataQualityAlerts.map((a) => (
              <List.Item key={a.field}>{a.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Card withBorder>
        <Title order={4}>{t('Latest enrollment')}</Title>
        <Text size="sm">
          {client.latestEnrollment
            ? client.latestEnrollment.ExitDate
              ? t('{{ProjectName}}, entered {{EntryDate}}, exited {{ExitDate}}', client.latestEnrollment)
              : t('{{ProjectName}}, entered {{EntryDate}}', client.latestEnrollment)
            : t('No enrollments')}
        </Text>
      </Card>
      <Card withBorder aria-label={t('Files')}>
        <Title order={4}>{t('Files')}</Title>
        {files.data?.items.length ? (
          <List size="sm">
            {files.data.items.slice(0, 5).map((f) => (
              <List.Item key={f.id}>
                {f.name} ({t(f.category)})
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">{t('No files')}</Text>
        )}
        <Anchor component={Link} to={`/clients/${id}/files`} size="sm">
          {t('All files')}
        </Anchor>
      </Card>
      <Card withBorder aria-label={t('Interested others')}>
        <Title order={4}>{t('Interested Others')}</Title>
        {others.data?.items.length ? (
          <List size="sm">
            {others.data.items.map((o) => (
              <List.Item key={o.id}>
                {o.name} ({t(o.otherType)})
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">{t('None')}</Text>
        )}
        <Anchor component={Link} to={`/clients/${id}/interested-others`} size="sm">
          {t('Manage interested others')}
        </Anchor>
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
