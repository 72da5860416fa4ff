// The draft behind a workflow: every step change saves it (values and step) on the server, answers
// typed on a page are saved a moment later, and the tab closing or the app navigating away saves
// what is on the page, so leaving a workflow in any way leaves it paused exactly here.

import { useEffect, useRef } from 'react';
import type { Draft } from '../enrollments/types.ts';
import { api } from '../lib/api.ts';

/** Waits a tick, so an answer typed just before a click has been rendered (and checked and saved) too. */
export const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

type StepRef = { id: string };

type Options<S extends StepRef> = {
  draft: Draft;
  data: Record<string, unknown>;
  steps: S[];
  index: number;
  personalId?: string;
  /** The step shown, as the shell's state holds it. */
  stepId: string;
  /** A step change, pause or finish is being shown as under way. */
  busy: boolean;
};

export function useWorkflowDraft<S extends StepRef>({
  draft,
  data,
  steps,
  index,
  personalId,
  stepId,
  busy,
}: Options<S>) {
  // What was last rendered; actions wait a tick (settled) and then read it.
  const latest = useRef({ data, steps, index, personalId });
  latest.current = { data, steps, index, personalId };
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
  const currentStepId = steps[index]?.id ?? stepId;
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

  return { latest, saving, save, check, snapshot };
}
