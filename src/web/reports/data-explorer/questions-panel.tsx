// Saved questions: the built-in ones (User Tracker…), mine and those others shared; "Only show my
// questions"; choose one to load it into the form, or save the current question under a name
// (the saved question is then the one open).
import { Alert, Badge, Button, Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, qs } from '../../lib/api.ts';
import { errorMessage } from '../../lib/forms.ts';
import type { QuestionView } from './explorer-api.ts';

const KEY = ['data-explorer', 'questions'];

/** The questions I may open (only mine: `mine`). */
export const useQuestions = (mine: boolean) =>
  useQuery({
    queryKey: [...KEY, mine],
    queryFn: () => api.get<{ items: QuestionView[] }>(`/api/data-explorer/questions${qs({ mine: String(mine) })}`),
  });

export function QuestionChooser({ value, onOpen }: { value: string | null; onOpen: (q: QuestionView) => void }) {
  const { t } = useTranslation('reports');
  const [mine, setMine] = useState(false);
  const list = useQuestions(mine);
  const items = list.data?.items ?? [];
  const label = (q: QuestionView) => {
    if (q.builtIn) return t('{{name}} (built in)', { name: q.name });
    if (q.mine) return q.name;
    return t('{{name}} (shared by {{owner}})', { name: q.name, owner: q.ownerName ?? t('another user') });
  };
  return (
    <Group align="end">
      <Select
        label={t('Questions')}
        placeholder={items.length ? t('Search for a question') : t('No questions yet')}
        searchable
        data={items.map((q) => ({ value: q.id, label: label(q) }))}
        value={items.some((q) => q.id === value) ? value : null}
        onChange={(id) => {
          const q = items.find((i) => i.id === id);
          if (q) onOpen(q);
        }}
        w={420}
      />
      <Checkbox
        label={t('Only show my questions')}
        checked={mine}
        onChange={(e) => setMine(e.currentTarget.checked)}
        mb={8}
      />
    </Group>
  );
}

/** Saves the question on the form (a new one, or changes to one of mine); `onSaved` opens what was saved. */
export function SaveQuestion({
  current,
  opened,
  onSaved,
}: {
  current: () => Record<string, unknown>;
  opened: QuestionView | null;
  onSaved: (q: QuestionView) => void;
}) {
  const { t } = useTranslation('reports');
  const qc = useQueryClient();
  const own = opened?.mine ? opened : null;
  const [name, setName] = useState(own?.name ?? '');
  const [shared, setShared] = useState(own?.shared ?? false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  async function save(asNew: boolean) {
    const { subject, columns, filters, groupBy } = current();
    const question = { subject, columns, groupBy, filters: JSON.parse(String(filters || '[]')) };
    try {
      const saved =
        own && !asNew
          ? await api.put<QuestionView>(`/api/data-explorer/questions/${own.id}`, {
              name,
              shared,
              question,
              version: own.version,
            })
          : await api.post<QuestionView>('/api/data-explorer/questions', { name, shared, question });
      setMessage({
        ok: true,
        text: shared
          ? t('Saved “{{name}}”, shared with other Data Explorer users.', { name })
          : t('Saved “{{name}}”.', { name }),
      });
      await qc.invalidateQueries({ queryKey: KEY });
      onSaved(saved);
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    }
  }
  return (
    <Stack gap="xs">
      <Group align="end">
        <TextInput
          label={t('Save question as')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          w={300}
        />
        <Checkbox
          label={t('Share with other Data Explorer users')}
          checked={shared}
          onChange={(e) => setShared(e.currentTarget.checked)}
          mb={8}
        />
        {own && (
          <Button variant="default" onClick={() => save(false)} disabled={!name.trim()}>
            {t('Save Changes')}
          </Button>
        )}
        <Button variant="default" onClick={() => save(true)} disabled={!name.trim()}>
          {t('Save Question')}
        </Button>
        {opened?.builtIn && (
          <Badge variant="light">{t('Built-in question: save it under a new name to change it')}</Badge>
        )}
      </Group>
      {message && <Alert color={message.ok ? 'green' : 'red'}>{message.text}</Alert>}
    </Stack>
  );
}
