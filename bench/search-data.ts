// Bulk synthetic clients for the search benchmark: one INSERT … SELECT over generate_series per
// batch (no row-by-row inserts), with skewed name frequencies and a long tail of rare surnames.
import type { Database } from '../src/db/connect.ts';
import { ENDINGS, FIRST_NAMES, LAST_NAMES, MIDDLES, ONSETS, VOWELS } from './search-names.ts';

const literal = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(',')}]`;
// random()^k picks early (more common) list entries more often.
const pick = (arr: string, n: number, skew = 1) => `(${arr})[1 + floor(power(random(), ${skew}) * ${n})::int]`;

function batchSql(size: number): string {
  // Skews chosen so the most common names are about as common as in the US (James ≈ 1%, Smith ≈ 1%).
  const listed = pick(literal(FIRST_NAMES), FIRST_NAMES.length, 1.3);
  const common = pick(literal(LAST_NAMES), LAST_NAMES.length, 1.5);
  const onset = pick(literal(ONSETS), ONSETS.length);
  const vowel = pick(literal(VOWELS), VOWELS.length);
  const middle = pick(literal(MIDDLES), MIDDLES.length);
  const ending = pick(literal(ENDINGS), ENDINGS.length);
  const rare = `${onset} || ${vowel} || ${middle} || CASE WHEN random() < 0.6 THEN ${vowel} || ${middle} ELSE '' END || ${ending}`;
  const rareFirst = `${onset} || ${vowel} || ${middle} || (ARRAY['a','o','ie','en','el','on','is','y'])[1 + floor(random() * 8)::int]`;
  const first = `CASE WHEN random() < 0.85 THEN ${listed} ELSE ${rareFirst} END`;
  const digits = (n: number, max: number) => `lpad((1 + floor(random() * ${max}))::text, ${n}, '0')`;
  return `INSERT INTO client (personal_id, first_name, middle_name, last_name, name_data_quality, ssn,
      ssn_data_quality, dob, dob_data_quality, sex, am_ind_ak_native, asian, black_af_american, hispanic_latinao,
      mid_east_n_african, native_hi_pacific, white, race_none, veteran_status, date_created, date_updated, user_id)
    SELECT nextval('client_personal_id_seq')::text, s.first_name,
      CASE WHEN random() < 0.4 THEN ${first} END,
      s.last_name, 1,
      CASE WHEN s.has_ssn THEN ${digits(3, 665)} || ${digits(2, 98)} || ${digits(4, 9998)} END,
      CASE WHEN s.has_ssn THEN 1 ELSE 99 END,
      DATE '1940-01-01' + floor(random() * 23700)::int, 1,
      floor(random() * 2)::int, 0, 0, 1, 0, 0, 0, 0, NULL, 0,
      now()::timestamp(0), now()::timestamp(0), 'USR-ADMIN'
    FROM (SELECT ${first} AS first_name,
            CASE WHEN random() < 0.45 THEN ${common} ELSE ${rare} END AS last_name,
            random() < 0.9 AS has_ssn
          FROM generate_series(1, ${size})) s`;
}

/** Adds clients until the database holds at least `target` of them; reports progress. */
export async function generateClients(database: Database, target: number, log: (s: string) => void) {
  const { raw } = database;
  const count = async () => Number((await raw.query<{ n: string }>('SELECT count(*) AS n FROM client')).rows[0]?.n);
  let have = await count();
  if (have >= target) {
    log(`${have} clients already there`);
    return;
  }
  const started = Date.now();
  const batch = 100_000;
  while (have < target) {
    const size = Math.min(batch, target - have);
    await raw.exec(batchSql(size));
    have += size;
    log(`${have} / ${target} clients (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  await raw.exec('ANALYZE client');
}
