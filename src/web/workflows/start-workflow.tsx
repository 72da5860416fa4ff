// Starting a workflow. An intake is saved only once something is entered (opening Intake leaves
// nothing behind); other workflows are saved at once. When the user already has that workflow
// paused for the enrollment (or, for an intake, the client), they are offered to resume it or
// to start over, never a second copy.

import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Draft } from '../enrollments/types.ts';
import { ApiError, api } from '../lib/api.ts';
import { KIND_LABELS, type WorkflowKind } from './kind-labels.ts';

export type { WorkflowKind } from './kind-labels.ts';
export { KIND_LABELS } from './kind-labels.ts';

type Options = { PersonalID?: string; EnrollmentID?: string; data?: Record<string, unknown> };
type PausedOne = { kind: WorkflowKind; o: Options; draftId: string; updatedAt: string };
type Listed = { id: string; kind: WorkflowKind; PersonalID: string | null; updatedAt: string };

/** An intake not saved yet: the workflow saves it the first time something is entered. */
export const unsavedIntake = (personalId?: string): Draft => ({
  id: '',
  kind: 'intake',
  step: 'start',
  PersonalID: personalId ?? null,
  EnrollmentID: null,
  organizationId: null,
  data: {},
  version: 0,
});

export function useStartWorkflow(): {
  start: (kind: WorkflowKind, o?: Options) => Promise<void>;
  /** Render it: the "resume or start over" question. */
  dialog: ReactNode;
} {
  const { t } = useTranslation('workflows');
  const navigate = useNavigate();
  const [paused, setPaused] = useState<PausedOne | null>(null);

  async function start(kind: WorkflowKind, o: Options = {}): Promise<void> {
    if (kind === 'intake') {
      const open = o.PersonalID
        ? (await api.get<Listed[]>('/api/workflows')).find((w) => w.kind === 'intake' && w.PersonalID === o.PersonalID)
        : undefined;
      if (open) return setPaused({ kind, o, draftId: open.id, updatedAt: open.updatedAt });
      navigate(o.PersonalID ? `/clients/${encodeURIComponent(o.PersonalID)}/intake` : '/intake');
      return;
    }
    try {
      const d = await api.post<Draft>('/api/workflows', { kind, ...o });
      navigate(`/workflows/${d.id}`);
    } catch (e) {
      if (!(e instanceof ApiError) || e.body.code !== 'paused_workflow_exists') throw e;
      setPaused({ kind, o, draftId: String(e.body.draftId), updatedAt: String(e.body.updatedAt) });
    }
  }

  async function startOver(p: PausedOne) {
    await api.delete(`/api/workflows/${p.draftId}`);
    setPaused(null);
    await start(p.kind, p.o);
  }

  const dialog = paused && (
    <Modal
      opened
      onClose={() => setPaused(null)}
      title={t('{{workflow}} is paused', { workflow: t(KIND_LABELS[paused.kind]) })}
    >
      <Stack>
        <Text size="sm">
          {t(
            'You started this {{workflow}} before and it is paused (last saved {{saved}}). Resume it where you left off, or start over: the paused one is then deleted.',
            { workflow: t(KIND_LABELS[paused.kind]).toLowerCase(), saved: new Date(paused.updatedAt).toLocaleString() },
          )}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" color="red" onClick={() => startOver(paused)}>
            {t('Start over')}
          </Button>
          <Button onClick={() => navigate(`/workflows/${paused.draftId}`)}>{t('Resume')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
  return { start, dialog };
}
