// Starting a workflow saves its draft at once: from then on it is either finished or paused.
import { useNavigate } from 'react-router';
import type { Draft } from '../enrollments/types.ts';
import { api } from '../lib/api.ts';

export type WorkflowKind = Draft['kind'];

export const KIND_LABELS: Record<WorkflowKind, string> = {
  intake: 'Intake',
  assessment: 'Update/annual assessment',
  exit: 'Exit',
  'edit-entry': 'Edit entry',
  'edit-exit': 'Edit exit',
  'cas-intake': 'CAS & Diversion intake',
  'referral-intake': 'Intake from a referral',
};

export function useStartWorkflow() {
  const navigate = useNavigate();
  return async (
    kind: WorkflowKind,
    o: { PersonalID?: string; EnrollmentID?: string; data?: Record<string, unknown> } = {},
  ): Promise<void> => {
    const d = await api.post<Draft>('/api/workflows', { kind, ...o });
    navigate(`/workflows/${d.id}`);
  };
}
