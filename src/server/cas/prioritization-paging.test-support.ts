// A CoC queue larger than the prioritization list once loaded (5,000 households in name order):
// copies of one queued household, each its own client, CAS enrollment and placing assessment.
import { sql } from 'drizzle-orm';
import type { TestApp } from '../../../test/support/test-app.ts';
import { addDays } from '../../hud/rules/dates.ts';
import { hudToday } from '../http/ids.ts';
import { type CasFamily, casIntake } from './cas.test-support.ts';

/**
 * Households on the queue that CAS staff see: the copies Bulk00001 … Bulk05100 and the original,
 * less the one hidden at a victim service provider (HIDDEN).
 */
export const QUEUED = 5_100;
/** Copies assessed but not placed (Bulk05101 …): only `status=all` lists them. */
export const NOT_PLACED = 20;
/** The highest score, held by a household whose name sorts past the 5,000th. */
export const TOP = { name: 'Bulk05050', score: 99 };
/** The second highest: also at a victim service provider's shelter, so hidden outside it. */
export const HIDDEN = { name: 'Bulk05060', score: 98 };
/** Every 100th copy is a veteran. */
export const VETERANS = 51;

/** Score of copy `g`: 0–19 by number, but TOP and HIDDEN above everyone. */
const scoreSql = sql`CASE g WHEN 5050 THEN 99 WHEN 5060 THEN 98 ELSE g % 20 END`;

export const queueOf5100 = (t: TestApp, cookie: string) => queueOfCopies(t, cookie, QUEUED, NOT_PLACED);

/**
 * The original household and `queued` placed copies (`notPlaced` more assessed but not placed);
 * with 5,060 copies or more, HIDDEN stays at a victim service provider's shelter (bench/cas-list.ts
 * fills larger queues the same way).
 */
export async function queueOfCopies(t: TestApp, cookie: string, queued: number, notPlaced: number): Promise<CasFamily> {
  const today = hudToday();
  const f = await casIntake(t, cookie, { EntryDate: addDays(today, -20), lastName: 'Original' });
  const copies = queued + notPlaced;
  const db = t.database.db;
  await db.execute(sql`
    INSERT INTO client SELECT (jsonb_populate_record(NULL::client, to_jsonb(c) || jsonb_build_object(
        'personal_id', 'BULK-' || g, 'last_name', 'Bulk' || lpad(g::text, 5, '0'),
        'veteran_status', CASE WHEN g % 100 = 0 THEN 1 ELSE 0 END))).*
      FROM client c, generate_series(1, ${copies}) g WHERE c.personal_id = ${f.hoh}`);
  // Entered 20 to 49 days ago: equal scores are ordered by days since CAS enrollment.
  await db.execute(sql`
    INSERT INTO enrollment SELECT (jsonb_populate_record(NULL::enrollment, to_jsonb(e) || jsonb_build_object(
        'enrollment_id', 'BULK-E' || g, 'personal_id', 'BULK-' || g, 'household_id', 'BULK-H' || g,
        'entry_date', e.entry_date - (g % 30)))).*
      FROM enrollment e, generate_series(1, ${copies}) g WHERE e.enrollment_id = ${f.EnrollmentID}`);
  await db.execute(sql`
    INSERT INTO assessment SELECT (jsonb_populate_record(NULL::assessment, to_jsonb(a) || jsonb_build_object(
        'assessment_id', 'BULK-A' || g, 'enrollment_id', 'BULK-E' || g, 'personal_id', 'BULK-' || g,
        'prioritization_status', CASE WHEN g <= ${queued} THEN 1 ELSE 2 END))).*
      FROM assessment a, generate_series(1, ${copies}) g WHERE a.enrollment_id = ${f.EnrollmentID}`);
  await db.execute(sql`
    INSERT INTO assessment_results SELECT (jsonb_populate_record(NULL::assessment_results, to_jsonb(r) || jsonb_build_object(
        'assessment_result_id', md5(r.assessment_result_id || '-' || g), 'assessment_id', 'BULK-A' || g,
        'enrollment_id', 'BULK-E' || g, 'personal_id', 'BULK-' || g,
        'assessment_result', CASE WHEN r.assessment_result_type IN (SELECT score_name FROM cas_assessment_tool)
          THEN (${scoreSql})::text ELSE r.assessment_result END))).*
      FROM assessment_results r, generate_series(1, ${copies}) g WHERE r.enrollment_id = ${f.EnrollmentID}`);
  // The hidden household also stays at a victim service provider's shelter.
  const hidden = Number(HIDDEN.name.slice(4));
  if (copies < hidden) return f;
  await db.execute(sql`
    INSERT INTO enrollment SELECT (jsonb_populate_record(NULL::enrollment, to_jsonb(e) || jsonb_build_object(
        'enrollment_id', 'VSP-STAY-Q', 'personal_id', ${`BULK-${hidden}`}::text, 'household_id', 'VSP-HH-Q',
        'project_id', 'PRJ-DV'))).*
      FROM enrollment e WHERE e.enrollment_id = ${f.EnrollmentID}`);
  return f;
}
