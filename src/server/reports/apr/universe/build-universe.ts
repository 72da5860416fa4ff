// Builds a run's universe in one read-only snapshot (REPEATABLE READ), so every table counts the
// same data even while people keep working. The database handle is a parameter: a deployment
// with a read replica passes the replica's.
import type { RawSql } from '../../../../db/connect.ts';
import { addDays } from '../../../../hud/rules/dates.ts';
import { type Candidates, candidateQuery } from './sql/enrollments.ts';
import { type ProjectInfo, projectInfoQuery, toProjectInfo } from './sql/project-info.ts';
import { universeQuery } from './sql/universe-query.ts';
import { toUniverseRow, type UniverseRow } from './universe-row.ts';

export type Universe = {
  startDate: string;
  endDate: string;
  /** The last Wednesday of January, April, July and October within the period (null if outside it). */
  pitDates: (string | null)[];
  projects: ProjectInfo[];
  rows: UniverseRow[];
};

export type UniverseParams = { startDate: string; endDate: string; projectIds: string[] };

/** Universe rows fetched at a time. */
const FETCH_ROWS = 1000;

const WEDNESDAY = 3;
const PIT_MONTHS = [1, 4, 7, 10];

function lastWednesday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  const back = (last.getUTCDay() - WEDNESDAY + 7) % 7;
  return addDays(last.toISOString().slice(0, 10), -back);
}

/** HUD's point-in-time dates: each month's last Wednesday; in a period over a year, the latest one. */
export function pitDatesOf(startDate: string, endDate: string): (string | null)[] {
  const first = Number(startDate.slice(0, 4));
  const last = Number(endDate.slice(0, 4));
  return PIT_MONTHS.map((month) => {
    for (let y = last; y >= first; y--) {
      const d = lastWednesday(y, month);
      if (d >= startDate && d <= endDate) return d;
    }
    return null;
  });
}

export async function buildUniverse(raw: RawSql, params: UniverseParams): Promise<Universe> {
  const pitDates = pitDatesOf(params.startDate, params.endDate);
  return raw.transaction(async (q) => {
    await q.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    // The planner cannot estimate the CTEs' row counts; a nested loop over a CTE is quadratic on a
    // large CoC, so joins are hashed or merged. JIT would spend seconds compiling this one query.
    await q.exec('SET LOCAL enable_nestloop = off');
    await q.exec('SET LOCAL jit = off');
    const period = [params.startDate, params.endDate, params.projectIds];
    const candidates = await q.query<Candidates>(candidateQuery, period);
    const { enrollments, clients, nbn } = candidates.rows[0] ?? { enrollments: null, clients: null, nbn: [] };
    // Read through a cursor a slice at a time, each slice turned into universe rows before the
    // next is fetched: the driver's rows (a hundred-odd fields each) are never all held at once
    // beside the universe, which halves the memory a large CoC's run peaks at. Planned, as a
    // plain query would be, for reading every row.
    await q.exec('SET LOCAL cursor_tuple_fraction = 1');
    await q.query(`DECLARE apr_universe NO SCROLL CURSOR FOR ${universeQuery}`, [
      ...period,
      enrollments ?? [],
      clients ?? [],
      nbn,
      pitDates,
    ]);
    const rows: UniverseRow[] = [];
    for (;;) {
      const slice = await q.query(`FETCH FORWARD ${FETCH_ROWS} FROM apr_universe`);
      for (const r of slice.rows) rows.push(toUniverseRow(r, params.endDate));
      if (slice.rows.length < FETCH_ROWS) break;
    }
    await q.exec('CLOSE apr_universe');
    const projects = await q.query(projectInfoQuery, [params.startDate, params.endDate, params.projectIds]);
    return {
      startDate: params.startDate,
      endDate: params.endDate,
      pitDates,
      projects: projects.rows.map(toProjectInfo),
      rows,
    };
  });
}
