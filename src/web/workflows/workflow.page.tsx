// /workflows/:id — resumes a workflow exactly where its draft stopped.

import { Alert, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CasIntakeWorkflow } from '../cas/cas-intake-workflow.tsx';
import { ReferralIntakeWorkflow } from '../cas/referral-intake-workflow.tsx';
import { AssessmentWorkflow } from '../enrollments/assessment-workflow.tsx';
import { EditEntryWorkflow } from '../enrollments/edit-entry-workflow.tsx';
import { EditExitWorkflow } from '../enrollments/edit-exit-workflow.tsx';
import { ExitWorkflow } from '../enrollments/exit-workflow.tsx';
import { IntakeWorkflow } from '../enrollments/intake-workflow.tsx';
import type { Draft } from '../enrollments/types.ts';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';

export function WorkflowPage() {
  const { t } = useTranslation('workflows');
  const { id } = useParams();
  const draft = useQuery({
    queryKey: ['workflow', id],
    queryFn: () => api.get<Draft>(`/api/workflows/${id}`),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
  if (draft.isError) return <Alert color="red">{errorMessage(draft.error)}</Alert>;
  if (!draft.data) return <Loader aria-label={t('Loading')} />;
  const d = draft.data;
  if (d.kind === 'intake') return <IntakeWorkflow key={d.id} draft={d} />;
  if (d.kind === 'cas-intake') return <CasIntakeWorkflow key={d.id} draft={d} />;
  if (d.kind === 'referral-intake') return <ReferralIntakeWorkflow key={d.id} draft={d} />;
  if (d.kind === 'assessment') return <AssessmentWorkflow key={d.id} draft={d} />;
  if (d.kind === 'exit') return <ExitWorkflow key={d.id} draft={d} />;
  if (d.kind === 'edit-entry') return <EditEntryWorkflow key={d.id} draft={d} />;
  return <EditExitWorkflow key={d.id} draft={d} />;
}
