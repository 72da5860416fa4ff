// Loading a household and its stored answers for the workflows and the enrollment page.
import { useQuery } from '@tanstack/react-query';
import { api, qs } from '../lib/api.ts';
import type { AnswersView, HouseholdMemberView, HouseholdView, Person } from './types.ts';

export const useHousehold = (enrollmentId: string | null | undefined) =>
  useQuery({
    queryKey: ['household', enrollmentId],
    enabled: Boolean(enrollmentId),
    queryFn: () => api.get<HouseholdView>(`/api/enrollments/${enrollmentId}`),
  });

export type AnswersQuery = { stage?: number; date?: string; latest?: boolean; before?: string };

export const fetchAnswers = (enrollmentId: string, q: AnswersQuery) =>
  api.get<AnswersView>(
    `/api/enrollments/${enrollmentId}/answers${qs({ ...q, latest: q.latest ? 'true' : undefined })}`,
  );

export const useAnswers = (enrollmentId: string | null | undefined, q: AnswersQuery, enabled = true) =>
  useQuery({
    queryKey: ['answers', enrollmentId, q],
    enabled: Boolean(enrollmentId) && enabled,
    queryFn: () => fetchAnswers(enrollmentId ?? '', q),
  });

export const personOf = (m: HouseholdMemberView): Person => ({
  PersonalID: m.PersonalID,
  FirstName: m.FirstName,
  LastName: m.LastName,
  DOB: m.DOB,
  VeteranStatus: m.VeteranStatus,
  version: m.clientVersion,
});

/** Answers by EnrollmentID. */
export const answersByEnrollment = (v: AnswersView | undefined) =>
  Object.fromEntries((v?.members ?? []).map((m) => [m.EnrollmentID, m.assessment]));
