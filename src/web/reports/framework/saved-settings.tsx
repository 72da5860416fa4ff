// Saved Report Settings: pick settings saved earlier, or save the current ones under a name.
import { Alert, Button, Group, Select, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, qs } from '../../lib/api.ts';
import { errorMessage } from '../../lib/forms.ts';

type Setting = { id: string; name: string; parameters: Record<string, unknown>; version: number };

export function SavedSettings({
  report,
  current,
  onUse,
}: {
  report: string;
  current: () => Record<string, unknown>;
  onUse: (parameters: Record<string, unknown>) => void;
}) {
  const { t } = useTranslation('reports');
  const qc = useQueryClient();
  const key = ['saved-report-settings', report];
  const list = useQuery({
    queryKey: key,
    queryFn: () => api.get<{ items: Setting[] }>(`/api/saved-report-settings${qs({ report })}`),
  });
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function save() {
    try {
      await api.post('/api/saved-report-settings', { report, name, parameters: current() });
      setMessage({ ok: true, text: t('Saved “{{name}}”.', { name }) });
      setName('');
      await qc.invalidateQueries({ queryKey: key });
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    }
  }

  return (
    <>
      <Group align="end">
        <Select
          label={t('Saved report settings')}
          placeholder={list.data?.items.length ? t('Choose saved settings') : t('None saved yet')}
          data={(list.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
          onChange={(id) => {
            const s = list.data?.items.find((i) => i.id === id);
            if (s) onUse(s.parameters);
          }}
          w={300}
        />
        <TextInput
          label={t('Save settings as')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          w={260}
        />
        <Button variant="default" onClick={save} disabled={!name.trim()}>
          {t('Save Settings')}
        </Button>
      </Group>
      {message && <Alert color={message.ok ? 'green' : 'red'}>{message.text}</Alert>}
    </>
  );
}
