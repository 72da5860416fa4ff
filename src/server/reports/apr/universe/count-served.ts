// How many clients the chosen projects served in the period, by the same active-client rule the
// universe uses: a run with nobody in it is refused before it is queued.
import type { RawSql } from '../../../../db/connect.ts';
import type { UniverseParams } from './build-universe.ts';
import { type Candidates, candidateQuery, enrollmentCtes } from './sql/enrollments.ts';

export async function countServed(raw: RawSql, p: UniverseParams): Promise<number> {
  const period = [p.startDate, p.endDate, p.projectIds];
  const candidates = await raw.query<Candidates>(candidateQuery, period);
  const { enrollments, clients, nbn } = candidates.rows[0] ?? { enrollments: null, clients: null, nbn: [] };
  if (!enrollments?.length) return 0;
  const { rows } = await raw.query<{ n: number }>(
    `WITH ${enrollmentCtes} SELECT count(DISTINCT personal_id)::int AS n FROM enr`,
    [...period, enrollments, clients ?? [], nbn],
  );
  return rows[0]?.n ?? 0;
}
