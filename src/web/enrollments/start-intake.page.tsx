// /intake and /clients/:personalId/intake — a new intake. Nothing is saved until something is
// entered; from then on it is either finished or paused (Home → Paused Workflows). The CAS &
// Diversion intake (kind `cas-intake`) starts as a saved draft and opens it.

import { Alert, Loader } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../lib/forms.ts';
import { unsavedIntake, useStartWorkflow } from '../workflows/start-workflow.tsx';
import { IntakeWorkflow } from './intake-workflow.tsx';

export function StartIntakePage({ kind = 'intake' }: { kind?: 'intake' | 'cas-intake' }) {
  const { personalId } = useParams();
  if (kind === 'intake') return <IntakeWorkflow key={personalId ?? 'new'} draft={unsavedIntake(personalId)} />;
  return <StartSavedIntake kind={kind} personalId={personalId} />;
}

function StartSavedIntake({ kind, personalId }: { kind: 'cas-intake'; personalId: string | undefined }) {
  const { t } = useTranslation('enrollments');
  const { start, dialog } = useStartWorkflow();
  const started = useRef(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    // Strict mode mounts twice; one intake is enough.
    if (started.current) return;
    started.current = true;
    start(kind, personalId ? { PersonalID: personalId } : {}).catch((e) => setProblem(errorMessage(e)));
  }, [personalId, start, kind]);
  if (problem) return <Alert color="red">{problem}</Alert>;
  return dialog ?? <Loader aria-label={t('Starting intake')} />;
}
