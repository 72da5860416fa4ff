// The APR browser's runs: built on request (after the access check) and kept a few minutes per
// app server, so drilling into cell after cell does not rebuild the universe each time.
import { type Deps, readDatabase } from '../../../deps.ts';
import { validationFailed } from '../../../http/errors.ts';
import type { AprRunParams } from '../csv-apr-params.ts';
import { type AprRun, runApr } from '../run-apr.ts';

const KEEP_MS = 5 * 60_000;
const MAX_RUNS = 4;
const runs = new Map<string, { at: number; run: Promise<AprRun> }>();

const keyOf = (p: AprRunParams) =>
  JSON.stringify([p.reportType, p.startDate, p.endDate, [...new Set(p.projectIds)].sort()]);

/** The run for these parameters; the caller has checked the user may report on the projects. */
export async function aprRunFor(deps: Deps, p: AprRunParams): Promise<AprRun> {
  const now = Date.now();
  for (const [k, v] of runs) if (now - v.at > KEEP_MS) runs.delete(k);
  const key = keyOf(p);
  let entry = runs.get(key);
  if (!entry) {
    const projectIds = [...new Set(p.projectIds)];
    entry = { at: now, run: runApr(readDatabase(deps).raw, { ...p, projectIds }) };
    entry.run.catch(() => runs.delete(key));
    runs.set(key, entry);
    while (runs.size > MAX_RUNS) runs.delete(runs.keys().next().value as string);
  }
  const run = await entry.run;
  if (run.universe.rows.length === 0) {
    throw validationFailed({
      startDate: `Nobody was served by the chosen project${p.projectIds.length > 1 ? 's' : ''} between ${p.startDate} and ${p.endDate}`,
    });
  }
  return run;
}
