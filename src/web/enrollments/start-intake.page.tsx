// /intake and /clients/:personalId/intake — start an intake workflow (a new draft) and open it.
// The CAS & Diversion intake starts the same way (kind `cas-intake`).
import { Alert, Loader } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { errorMessage } from '../lib/forms.ts';
import { useStartWorkflow } from '../workflows/start-workflow.ts';

export function StartIntakePage({ kind = 'intake' }: { kind?: 'intake' | 'cas-intake' }) {
  const { personalId } = useParams();
  const start = useStartWorkflow();
  const started = useRef(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    // Strict mode mounts twice; one intake is enough.
    if (started.current) return;
    started.current = true;
    start(kind, personalId ? { PersonalID: personalId } : {}).catch((e) => setProblem(errorMessage(e)));
  }, [personalId, start, kind]);
  return problem ? <Alert color="red">{problem}</Alert> : <Loader aria-label="Starting intake" />;
}
