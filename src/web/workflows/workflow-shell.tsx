// The frame of every multi-page workflow: progress list (a compact step menu on a phone), Back / Save & continue / Pause /
// Finish. Every step saves the draft (values and step) on the server, and answers typed on a
// page are saved a moment later (and when the tab closes), so leaving the page in any way
// leaves a paused workflow that resumes exactly here.

import { Alert, Anchor, Button, Card, Grid, Group, List, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Draft } from '../enrollments/types.ts';
import { ApiError, api } from '../lib/api.ts';
import { ClientFacingHudLabels } from '../lib/hud-labels.ts';
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
  // What was last rendered. Actions wait a tick first, so an answer typed just before a click
  // has been rendered (and checked and saved) too.
  const latest = useRef({ data, steps, index, personalId });
  latest.current = { data, steps, index, personalId };
  const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
  // Saves run one after another, each with the version the previous one returned.
  const saving = useRef({
    /** '' until a workflow opened without a draft (an intake) is first saved. */
    id: draft.id,
    version: draft.version,
    queue: Promise.resolve() as Promise<unknown>,
    saved: JSON.stringify([draft.step, data]),
    open: true,
    // A step change, pause or finish is under way and saves for itself.
    moving: false,
  });

  function body(nextStep: string) {
    const now = latest.current;
    return {
      step: nextStep,
      data: now.data,
      version: saving.current.version,
      ...(now.personalId ? { PersonalID: now.personalId } : {}),
    };
  }

  /** The first save of a workflow not saved yet (an intake) creates its draft. */
  function createBody(b: ReturnType<typeof body>) {
    return {
      kind: draft.kind,
      step: b.step,
      data: b.data,
      ...(b.PersonalID ? { PersonalID: b.PersonalID } : {}),
      ...(draft.EnrollmentID ? { EnrollmentID: draft.EnrollmentID } : {}),
    };
  }

  function save(nextStep: string): Promise<number> {
    const run = saving.current.queue.then(async () => {
      await settled();
      const b = body(nextStep);
      const saved = saving.current.id
        ? await api.put<Draft>(`/api/workflows/${saving.current.id}`, b)
        : await api.post<Draft>('/api/workflows', createBody(b));
      if (!saving.current.id) {
        saving.current.id = saved.id;
        // Reloading the tab, or coming back to it, resumes this draft.
        window.history.replaceState(window.history.state, '', `/workflows/${saved.id}`);
      }
      saving.current.version = saved.version;
      saving.current.saved = JSON.stringify([b.step, b.data]);
      return saved.version;
    });
    saving.current.queue = run.catch(() => undefined);
    return run;
  }

  // Answers typed on this page are saved a moment after the last change.
  const currentStepId = step?.id ?? stepId;
  const snapshot = JSON.stringify([currentStepId, data]);
  useEffect(() => {
    if (busy || !saving.current.open || snapshot === saving.current.saved) return;
    const timer = setTimeout(() => {
      if (saving.current.open && !saving.current.moving) save(currentStepId).catch(() => undefined);
    }, 600);
    return () => clearTimeout(timer);
  });

  /** The unsaved page, or null when the server already holds it. */
  function unsaved() {
    const b = body(latest.current.steps[latest.current.index]?.id ?? stepId);
    return saving.current.open && JSON.stringify([b.step, b.data]) !== saving.current.saved ? b : null;
  }
  const leaving = useRef({ unsaved, save, createBody });
  leaving.current = { unsaved, save, createBody };

  useEffect(() => {
    // Closing the tab or leaving the site: one last save the browser sends even as the page goes.
    const flush = () => {
      const b = leaving.current.unsaved();
      if (!b) return;
      const id = saving.current.id;
      fetch(id ? `/api/workflows/${id}` : '/api/workflows', {
        method: id ? 'PUT' : 'POST',
        credentials: 'same-origin',
        keepalive: true,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(id ? b : leaving.current.createBody(b)),
      }).catch(() => undefined);
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      // Leaving the workflow inside the app (a menu link, sign-out): save what is on the page.
      const b = leaving.current.unsaved();
      if (b) leaving.current.save(b.step).catch(() => undefined);
    };
  }, []);

  /** Finish's own rules run on the values so far (nothing is written): every problem, by key. */
  async function check(): Promise<{ message: string | null; fields: Record<string, string> }> {
    if (!saving.current.id) await save(latest.current.steps[latest.current.index]?.id ?? stepId);
    const r = await api.post<{ ok: boolean; message: string | null; fields: Record<string, string> }>(
      `/api/workflows/${saving.current.id}/check`,
      { data: latest.current.data },
    );
    return { message: r.message, fields: r.fields };
  }

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
