// Shapes of the CAS API as the screens use them (the server's zod schemas, as types) and the
// lists every CAS screen reads.

import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { ToolQuestion } from '../../db/schema/cas.ts';
import type { areaView } from '../../server/cas/areas.ts';
import type { toolView } from '../../server/cas/assessment-tool.schema.ts';
import type { casHouseholdView } from '../../server/cas/get-cas-household.ts';
import type { CasCaseView } from '../../server/cas/list-cas-cases.ts';
import type { IncomingReferral } from '../../server/cas/list-incoming-referrals.ts';
import type { queueRowView } from '../../server/cas/prioritization-list.ts';
import type { casMeView } from '../../server/cas/settings.schema.ts';
import { api } from '../lib/api.ts';

export type Area = z.infer<typeof areaView>;
export type Tool = z.infer<typeof toolView>;
export type CasCase = CasCaseView;
export type QueueRow = z.infer<typeof queueRowView>;
export type CasHousehold = z.infer<typeof casHouseholdView>;
export type CasMe = z.infer<typeof casMeView>;
export type { IncomingReferral, ToolQuestion };
export type ReferralProject = {
  ProjectID: string;
  ProjectName: string;
  ProjectType: number | null;
  OrganizationID: string;
  OrganizationName: string;
  Event: number;
  EventLabel: string;
};

/** How a household is tied to an area, in the screen's language (`t` of the cas namespace). */
export const tieKindOptions = (t: TFunction) => [
  { value: 'lived', label: t('Lived there') },
  { value: 'family', label: t('Family there') },
  { value: 'work', label: t('Works there') },
  { value: 'school', label: t('School there') },
  { value: 'services', label: t('Receives services there') },
  { value: 'other', label: t('Other') },
];
export const tieKindLabel = (t: TFunction, k: string) => tieKindOptions(t).find((o) => o.value === k)?.label ?? k;

export const providerResultOptions = (t: TFunction) => [
  { value: 'enrolled', label: t('Enrolled') },
  { value: 'rejected', label: t('Rejected') },
  { value: 'no_show', label: t('No show') },
];

export const useCasMe = () => useQuery({ queryKey: ['cas', 'me'], queryFn: () => api.get<CasMe>('/api/cas/me') });
export const useAreas = () =>
  useQuery({ queryKey: ['cas', 'areas'], queryFn: () => api.get<Area[]>('/api/cas/areas') });
export const useTools = () =>
  useQuery({ queryKey: ['cas', 'tools'], queryFn: () => api.get<Tool[]>('/api/cas/assessment-tools') });

/** The score of the answers as the server computes it: the chosen answers' points added up. */
export function scoreOf(tool: Tool, answers: Record<string, string | number | null>): number {
  let score = 0;
  for (const q of tool.questions) {
    const chosen = q.options.find((o) => o.value === answers[q.id]);
    if (q.kind === 'choice' && chosen) score += chosen.points;
  }
  return score;
}

export const bandOf = (tool: Tool, score: number) => [...tool.bands].reverse().find((b) => score >= b.min)?.label;
