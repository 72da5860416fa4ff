// Each workflow's name, apart from the screens so tests read it without the app.
import type { Draft } from '../enrollments/types.ts';
import { tKey } from '../i18n/keys.ts';

export type WorkflowKind = Draft['kind'];

/** Each workflow's name: keys of the workflows namespace, translated where shown. */
export const KIND_LABELS: Record<WorkflowKind, string> = {
  intake: tKey('Intake'),
  assessment: tKey('Update/annual assessment'),
  exit: tKey('Exit'),
  'edit-entry': tKey('Edit entry'),
  'edit-exit': tKey('Edit exit'),
  'cas-intake': tKey('CAS & Diversion intake'),
  'referral-intake': tKey('Intake from a referral'),
};
