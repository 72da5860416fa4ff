// The frame of every multi-page workflow: progress list (a compact step menu on a phone), Back / Save & continue / Pause /
// Finish. The draft behind it is saved as the user goes (workflow-draft.ts), so leaving the page
// in any way leaves a paused workflow that resumes exactly here.

import { Alert, Anchor, Button, Card, Grid, Group, List, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Draft } from '../enrollments/types.ts';
import { ApiError, api } from '../lib/api.ts';
import { ClientFacingHudLabels } from '../lib/hud-labels.ts';
import { settled, useWorkflowDraft } from './workflow-draft.ts';
import { StepIndicator, StepList } from './workflow-steps.tsx';

export type Step = {
  id: string;
  label: string;
  /** Heading the step is listed under (a person's name, or the household). */
  group: string;
  render: () => ReactNode;
  /** True when a server message key belongs to this step. */
  owns?: (key: string) => boolean;
  /** A problem that must be fixed before leaving the step. */
  check?: () => string | null;
};

type Props = {
  title: string;
  /** Who the workflow is about, once known (Paused Workflows shows their name). */
  personalId?: string;
  draft: Draft;
  data: Record<string, unknown>;
  steps: Step[];
  errors: Record<string, string>;
  setErrors: (e: Record<string, string>) => void;
  /** Where Finish goes (default: the enrollment's household page). */
  finishedPath?: (enrollmentId: string) => string;
};

export function WorkflowShell({ title, personalId, draft, data, steps, errors, setErrors, finishedPath }: Props) {
  const { t } = useTranslation('workflows');
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [stepId, setStepId] = useState(draft.step);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const index = Math.max(
    0,
    steps.findIndex((s) => s.id === stepId),
  );
  const step = steps[index];
  const isLast = index === steps.length - 1;
  const { latest, saving, save, check, snapshot } = useWorkflowDraft({
    draft,
    data,
    steps,
    index,
    personalId,
    stepId,
    busy,
  });

  /** The problems that belong to the steps up to `index` (pages already seen). */
  function seenUpTo(fields: Record<string, string>, index: number): Record<string, string> {
    const all = latest.current.steps;
    return Object.fromEntries(
      Object.entries(fields).filter(([k]) => {
        const owner = all.findIndex((s) => s.owns?.(k));
        return owner !== -1 && owner <= index;
      }),
    );
  }

  // Messages on screen follow the values: once an answer is corrected its message goes
  // (re-checked a moment after the last change, like the save), and none are added meanwhile.
  const shownKeys = Object.keys(errors).join('|');
  const rechecked = useRef('');
  useEffect(() => {
    const key = `${shownKeys}|${snapshot}`;
    if (!shownKeys || busy || rechecked.current === key) return;
    const timer = setTimeout(() => {
      rechecked.current = key;
      check()
        .then(({ fields }) => {
          const still = Object.fromEntries(shownKeys.split('|').flatMap((k) => (fields[k] ? [[k, fields[k]]] : [])));
          setErrors(still);
          if (!Object.keys(still).length) setProblem(null);
        })
        .catch(() => undefined);
    }, 600);
    return () => clearTimeout(timer);
  });

  /** Moves to a step: `+1`/`-1` from the current one, or a step's id. */
  async function go(to: number | string) {
    saving.current.moving = true;
    try {
      await move(to);
    } finally {
      saving.current.moving = false;
    }
  }

  async function move(to: number | string) {
    await settled();
    const now = latest.current;
    const target = typeof to === 'string' ? now.steps.findIndex((s) => s.id === to) : now.index + to;
    const s = now.steps[target];
    if (!s) return;
    const issue = target > now.index ? (now.steps[now.index]?.check?.() ?? null) : null;
    setProblem(issue);
    if (issue) return;
    setBusy(true);
    try {
      if (target > now.index) {
        // Each page is checked where it is answered, by the rules Finish applies.
        const found = seenUpTo((await check()).fields, now.index);
        setErrors(found);
        if (Object.keys(found).length) return;
      }
      await save(s.id);
      setStepId(s.id);
      window.scrollTo(0, 0);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : t('Could not save'));
    } finally {
      setBusy(false);
    }
  }

  async function pause() {
    saving.current.moving = true;
    setBusy(true);
    try {
      await save(step?.id ?? stepId);
      navigate('/paused-workflows');
    } finally {
      saving.current.moving = false;
      setBusy(false);
    }
  }

  async function finish() {
    saving.current.moving = true;
    setBusy(true);
    setProblem(null);
    try {
      const v = await save(step?.id ?? stepId);
      saving.current.open = false;
      const res = await api.post<{ EnrollmentID: string }>(`/api/workflows/${saving.current.id}/finish`, {
        version: v,
      });
      // Everything the workflow changed is re-read, except the finished draft itself: it is gone (404).
      await qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'workflow' });
      notifications.show({ color: 'green', message: t('{{title}} finished', { title }) });
      navigate(finishedPath ? finishedPath(res.EnrollmentID) : `/enrollments/${res.EnrollmentID}`);
    } catch (e) {
      if (e instanceof ApiError) {
        saving.current.open = true;
        setErrors(e.body.fields ?? {});
        setProblem(e.body.message);
      } else {
        saving.current.open = true;
        setProblem(e instanceof Error ? e.message : t('Could not finish'));
      }
    } finally {
      saving.current.moving = false;
      setBusy(false);
    }
  }

  const messages = Object.entries(errors);
  const hasError = (s: Step) => messages.some(([k]) => s.owns?.(k));
  const linked = ([k, m]: [string, string]) => {
    const owner = steps.find((s) => s.owns?.(k));
    return owner && owner.id !== step?.id ? <Anchor onClick={() => go(owner.id)}>{m}</Anchor> : m;
  };
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 3 }} visibleFrom="md">
        <Card withBorder p="xs">
          <Text fw={700} mb="xs">
            {title}
          </Text>
          <StepList steps={steps} current={step?.id} hasError={hasError} onGo={go} />
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 9 }}>
        <Stack>
          <Title order={1}>{title}</Title>
          <StepIndicator steps={steps} index={index} hasError={hasError} onGo={go} />
          {(problem || messages.length > 0) && (
            <Alert color="red" title={t('Please check')} role="alert">
              {/* Each message once: alone, or listed under how many there are. */}
              {messages.length === 1 && messages[0] ? (
                linked(messages[0])
              ) : messages.length > 1 ? (
                <>
                  {t('{{count}} answers need fixing:', { count: messages.length })}
                  <List size="sm" mt="xs">
                    {messages.map(([k, m]) => (
                      <List.Item key={k}>{linked([k, m])}</List.Item>
                    ))}
                  </List>
                </>
              ) : (
                problem
              )}
            </Alert>
          )}
          <ClientFacingHudLabels>{step?.render()}</ClientFacingHudLabels>
          <Group>
            <Button variant="default" disabled={busy || index === 0} onClick={() => go(-1)}>
              {t('Back')}
            </Button>
            {isLast ? (
              <Button loading={busy} onClick={finish}>
                {t('Finish')}
              </Button>
            ) : (
              <Button loading={busy} onClick={() => go(1)}>
                {t('Save & continue')}
              </Button>
            )}
            <Button variant="subtle" disabled={busy} onClick={pause}>
              {t('Pause')}
            </Button>
          </Group>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
