// Saved questions: the built-in ones (User Tracker…), mine and those others shared; "Only show my
// questions"; choose one to load it into the form, or save the current question under a name.
import { Alert, Badge, Button, Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, qs } from '../../lib/api.ts';
import { errorMessage } from '../../lib/forms.ts';
import type { QuestionView } from './explorer-api.ts';

const KEY = ['data-explorer', 'questions'];

export function QuestionChooser({ onOpen }: { onOpen: (q: QuestionView) => void }) {
  const [mine, setMine] = useState(false);
  const list = useQuery({
    queryKey: [...KEY, mine],
    queryFn: () => api.get<{ items: QuestionView[] }>(`/api/data-explorer/questions${qs({ mine: String(mine) })}`),
  });
  const items = list.data?.items ?? [];
  const label = (q: QuestionView) =>
    q.builtIn ? `${q.name} (built in)` : q.mine ? q.name : `${q.name} (shared by ${q.ownerName ?? 'another user'})`;
  return (
    <Group align="end">
      <Select
        label="Questions"
        placeholder={items.length ? 'Search for a question' : 'No questions yet'}
        searchable
        data={items.map((q) => ({ value: q.id, label: label(q) }))}
        onChange={(id) => {
          const q = items.find((i) => i.id === id);
          if (q) onOpen(q);
        }}
        w={420}
      />
      <Checkbox
        label="Only show my questions"
        checked={mine}
        onChange={(e) => setMine(e.currentTarget.checked)}
        mb={8}
      />
    </Group>
  );
}

/** Saves the question on the form (a new one, or changes to one of mine). */
export function SaveQuestion({
  current,
  opened,
}: {
  current: () => Record<string, unknown>;
  opened: QuestionView | null;
}) {
  const qc = useQueryClient();
  const own = opened?.mine ? opened : null;
  const [name, setName] = useState(own?.name ?? '');
  const [shared, setShared] = useState(own?.shared ?? false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  async function save(asNew: boolean) {
    const { subject, columns, filters, groupBy } = current();
    const question = { subject, columns, groupBy, filters: JSON.parse(String(filters || '[]')) };
    try {
      if (own && !asNew)
        await api.put(`/api/data-explorer/questions/${own.id}`, { name, shared, question, version: own.version });
      else await api.post('/api/data-explorer/questions', { name, shared, question });
      setMessage({ ok: true, text: `Saved “${name}”${shared ? ', shared with other Data Explorer users' : ''}.` });
      await qc.invalidateQueries({ queryKey: KEY });
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    }
  }
  return (
    <Stack gap="xs">
      <Group align="end">
        <TextInput label="Save question as" value={name} onChange={(e) => setName(e.currentTarget.value)} w={300} />
        <Checkbox
          label="Share with other Data Explorer users"
          checked={shared}
          onChange={(e) => setShared(e.currentTarget.checked)}
          mb={8}
        />
        {own && (
          <Button variant="default" onClick={() => save(false)} disabled={!name.trim()}>
            Save Changes
          </Button>
        )}
        <Button variant="default" onClick={() => save(true)} disabled={!name.trim()}>
          Save Question
        </Button>
        {opened?.builtIn && <Badge variant="light">Built-in question: save it under a new name to change it</Badge>}
      </Group>
      {message && <Alert color={message.ok ? 'green' : 'red'}>{message.text}</Alert>}
    </Stack>
  );
}
