// CAS & Diversion intake: the household intake at a CE access point (its pages come from the
// data collection rules), then area ties, the assessment and the decision; Finish records all
// of it in one transaction and opens the household's CAS record.
import { Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IntakeWorkflow } from '../enrollments/intake-workflow.tsx';
import type { Draft, ProjectOption } from '../enrollments/types.ts';
import { api } from '../lib/api.ts';
import { useAreas, useTools } from './cas-api.ts';
import { type CasValues, casBody, emptyCas } from './cas-intake-model.ts';
import { casIntakeSteps } from './cas-intake-steps.tsx';

export function CasIntakeWorkflow({ draft }: { draft: Draft }) {
  const { t } = useTranslation('cas');
  const [cas, setCas] = useState<CasValues>(() => (draft.data.cas as CasValues | undefined) ?? emptyCas());
  const areas = useAreas();
  const tools = useTools();
  const accessPoints = useQuery({
    queryKey: ['cas', 'access-points'],
    queryFn: () => api.get<ProjectOption[]>('/api/cas/access-points'),
  });
  if (!areas.data || !tools.data || !accessPoints.data) return <Loader aria-label={t('Loading')} />;
  const allowed = new Set(accessPoints.data.map((p) => p.ProjectID));
  return (
    <IntakeWorkflow
      draft={draft}
      extension={{
        title: t('CAS & Diversion intake'),
        projectFilter: (p) => allowed.has(p.ProjectID),
        steps: ({ v, errors }) =>
          casIntakeSteps({
            cas,
            setCas,
            errors,
            areas: areas.data,
            tools: tools.data,
            entryDate: v.EntryDate,
            t,
          }),
        review: [
          [t('Area ties'), String(cas.areaTies.length)],
          [
            t('Assessment'),
            cas.assessment ? t('on {{date}}', { date: cas.assessment.AssessmentDate ?? '—' }) : t('none'),
          ],
          [
            t('Decision'),
            cas.decision.outcome === 'queue'
              ? t('Placed on the queue')
              : cas.decision.outcome === 'diverted'
                ? t('Diverted')
                : '—',
          ],
        ],
        data: { cas },
        input: (intake) => ({ ...intake, cas: casBody(cas) }),
        finishedPath: (id) => `/cas/households/${id}`,
      }}
    />
  );
}
