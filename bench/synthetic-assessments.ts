// The synthetic CoC's assessments (bench/synthetic-coc.ts): income and benefits with health
// insurance (4.02–4.04) and disabilities (4.05–4.10), at project start for nearly everyone, at
// exit for most leavers and at the annual assessment for most stayers of a year or more, at rates
// near those of HUD's AHAR for people experiencing homelessness, so the APR's Q13 and Q16–Q21 (and
// the chronic-homelessness test) work on tables the size they are in a real CoC. A person's answers
// mostly stay the same from one stage to the next; a few gain work, a raise, or a disclosure.
import type pg from 'pg';

/** A pseudo-random percentile (0–99) of enrollment `i` for draw `salt`, the same on every run. */
const pct = (salt: number, i = 'i') => `(abs(hashint4(${i} * 128 + ${salt})) % 100)`;
/** The same draw for a stage: what may change between start, annual and exit. */
const stagePct = (salt: number) => `(abs(hashint4(i * 128 + ${salt} + stage * 7919)) % 100)`;

/** The enrollments' assessment points: start (1), exit (3) for leavers, annual (5) for long stayers. */
const STAGES = (n: number) => `
  e AS (
    SELECT i, date '2023-10-01' + (i % 700) AS entry,
      CASE WHEN i % 10 < 6 THEN date '2023-10-01' + (i % 700) + 30 + i % 200 END AS exit_date
    FROM generate_series(1, ${n}) i),
  s AS (
    SELECT i, 1 AS stage, entry AS info FROM e WHERE ${pct(1)} >= 4
    UNION ALL SELECT i, 3, exit_date FROM e WHERE exit_date IS NOT NULL AND ${pct(2)} >= 12
    UNION ALL SELECT i, 5, entry + 345 + i % 50 FROM e
      WHERE exit_date IS NULL AND entry + 365 <= date '2025-09-30' AND ${pct(3)} >= 15)`;

// Monthly amounts, in dollars; each source's share of adults (percent) beside it.
const SOURCES: { col: string; amount: string; rate: number; dollars: string }[] = [
  {
    col: 'earned',
    amount: 'earned_amount',
    rate: 18,
    dollars: `400 + ${pct(20)} * 15 + (${stagePct(21)} < 30)::int * 100`,
  },
  { col: 'unemployment', amount: 'unemployment_amount', rate: 3, dollars: `300 + ${pct(22)} * 5` },
  { col: 'ssi', amount: 'ssi_amount', rate: 12, dollars: '943' },
  { col: 'ssdi', amount: 'ssdi_amount', rate: 9, dollars: `800 + ${pct(23)} * 8` },
  { col: 'tanf', amount: 'tanf_amount', rate: 5, dollars: `250 + ${pct(24)} * 3` },
  { col: 'soc_sec_retirement', amount: 'soc_sec_retirement_amount', rate: 4, dollars: `900 + ${pct(25)} * 10` },
  { col: 'child_support', amount: 'child_support_amount', rate: 2, dollars: `150 + ${pct(26)} * 2` },
  { col: 'other_income_source', amount: 'other_income_amount', rate: 3, dollars: `50 + ${pct(27)} * 3` },
];
const BENEFITS: { col: string; rate: number }[] = [
  { col: 'snap', rate: 35 },
  { col: 'wic', rate: 4 },
  { col: 'other_tanf', rate: 2 },
];
const INSURANCES: { col: string; rate: number }[] = [
  { col: 'medicaid', rate: 52 },
  { col: 'medicare', rate: 9 },
  { col: 'vha_services', rate: 4 },
  { col: 'employer_provided', rate: 4 },
  { col: 'private_pay', rate: 2 },
  { col: 'state_health_ins', rate: 3 },
];

/** Flag expression: the person has it (salt `k`), or gained it at a later stage (earned income). */
const has = (k: number, rate: number, gain = 0) =>
  `(${pct(k)} < ${rate}${gain ? ` OR (stage <> 1 AND ${stagePct(k)} < ${gain})` : ''})`;

async function seedIncome(client: pg.Client, n: number, clients: number) {
  const flags = [
    // Children (every tenth enrollment) have no income of their own; 4% don't know, refused or weren't asked.
    `(i % 10 = 1) AS child`,
    `${stagePct(19)} < 4 AS unknown`,
    ...SOURCES.map((s, k) => `${has(30 + k, s.rate, s.col === 'earned' ? 8 : 0)} AS f_${s.col}`),
    ...SOURCES.map((s) => `(${s.dollars})::numeric AS d_${s.col}`),
    ...BENEFITS.map((b, k) => `${has(50 + k, b.rate)} AS f_${b.col}`),
    `${stagePct(59)} < 3 AS unknown_ins`,
    ...INSURANCES.map((c, k) => `${has(60 + k, c.rate)} AS f_${c.col}`),
  ];
  const income = (col: string) => `CASE WHEN unknown THEN NULL ELSE (f_${col} AND NOT child)::int END`;
  const amount = (col: string) => `CASE WHEN f_${col} AND NOT child AND NOT unknown THEN d_${col} END`;
  const total = SOURCES.map((s) => `coalesce(${amount(s.col)}, 0)`).join(' + ');
  const anyIncome = SOURCES.map((s) => `f_${s.col}`).join(' OR ');
  const anyBenefit = BENEFITS.map((b) => `f_${b.col}`).join(' OR ');
  const anyInsurance = INSURANCES.map((c) => `f_${c.col}`).join(' OR ');
  await client.query(`
    WITH ${STAGES(n)},
    f AS (SELECT s.*, ${flags.join(', ')} FROM s)
    INSERT INTO income_benefits (income_benefits_id, enrollment_id, personal_id, information_date, data_collection_stage,
      income_from_any_source, total_monthly_income, ${SOURCES.map((s) => `${s.col}, ${s.amount}`).join(', ')},
      benefits_from_any_source, ${BENEFITS.map((b) => b.col).join(', ')},
      insurance_from_any_source, ${INSURANCES.map((c) => c.col).join(', ')},
      date_created, date_updated, user_id)
    SELECT 'I' || i || '-' || stage, 'E' || i, 'C' || (1 + i % ${clients}), info, stage,
      CASE WHEN unknown THEN (ARRAY[8, 9, 99])[1 + i % 3] WHEN NOT child AND (${anyIncome}) THEN 1 ELSE 0 END,
      CASE WHEN NOT unknown THEN ${total} END,
      ${SOURCES.map((s) => `${income(s.col)}, ${amount(s.col)}`).join(', ')},
      CASE WHEN unknown THEN (ARRAY[8, 9, 99])[1 + i % 3] ELSE (${anyBenefit})::int END,
      ${BENEFITS.map((b) => `CASE WHEN unknown THEN NULL ELSE f_${b.col}::int END`).join(', ')},
      CASE WHEN unknown_ins THEN (ARRAY[8, 9, 99])[1 + i % 3] ELSE (${anyInsurance})::int END,
      ${INSURANCES.map((c) => `CASE WHEN unknown_ins THEN NULL ELSE f_${c.col}::int END`).join(', ')},
      '2024-01-01 00:00:00', '2024-01-01 00:00:00', 'bench'
    FROM f`);
}

// 4.05–4.10: type, share of people with it (percent), and whether "long-lasting and impairs" is
// asked (it is not for developmental disability and HIV/AIDS, which are disabling by definition).
const DISABILITIES: { type: number; rate: number; asksIndefinite: boolean }[] = [
  { type: 5, rate: 20, asksIndefinite: true }, // physical
  { type: 6, rate: 7, asksIndefinite: false }, // developmental
  { type: 7, rate: 22, asksIndefinite: true }, // chronic health condition
  { type: 8, rate: 2, asksIndefinite: false }, // HIV/AIDS
  { type: 9, rate: 33, asksIndefinite: true }, // mental health disorder
  { type: 10, rate: 20, asksIndefinite: true }, // substance use disorder: 1 alcohol, 2 drugs, 3 both
];

async function seedDisabilities(client: pg.Client, n: number, clients: number) {
  const types = `(VALUES ${DISABILITIES.map((d) => `(${d.type}, ${d.rate}, ${d.asksIndefinite})`).join(', ')}) AS d(type, rate, asks)`;
  await client.query(`
    WITH ${STAGES(n)},
    f AS (
      SELECT s.*, d.type, d.asks,
        ${stagePct(90)} < 2 AS unknown,
        (abs(hashint4(i * 128 + 100 + d.type)) % 100 < d.rate
          OR (s.stage <> 1 AND abs(hashint4(i * 128 + 110 + d.type + s.stage * 7919)) % 100 < 1)) AS yes,
        abs(hashint4(i * 128 + 120 + d.type)) % 100 < 70 AS impairs
      FROM s CROSS JOIN ${types})
    INSERT INTO disabilities (disabilities_id, enrollment_id, personal_id, information_date, disability_type,
      disability_response, indefinite_and_impairs, data_collection_stage, date_created, date_updated, user_id)
    SELECT 'D' || i || '-' || stage || '-' || type, 'E' || i, 'C' || (1 + i % ${clients}), info, type,
      CASE WHEN unknown THEN (ARRAY[8, 9, 99])[1 + i % 3] WHEN NOT yes THEN 0
           WHEN type = 10 THEN 1 + i % 3 ELSE 1 END,
      CASE WHEN yes AND NOT unknown AND asks THEN impairs::int END,
      stage, '2024-01-01 00:00:00', '2024-01-01 00:00:00', 'bench'
    FROM f;
    -- 3.08 follows from the start's answers: disabling when any is long-lasting and impairs (or
    -- is developmental or HIV/AIDS); not collected when the start has no disability record.
    UPDATE enrollment e SET disabling_condition = coalesce((
      SELECT max(CASE WHEN d.disability_response NOT IN (0, 8, 9, 99)
                       AND (d.indefinite_and_impairs = 1 OR d.disability_type IN (6, 8)) THEN 1 ELSE 0 END)
      FROM disabilities d WHERE d.enrollment_id = e.enrollment_id AND d.data_collection_stage = 1), 99)
    WHERE e.user_id = 'bench';`);
}

/** Income, benefits, insurance and disabilities for the `n` enrollments of the synthetic CoC. */
export async function seedAssessments(client: pg.Client, n: number, clients: number) {
  await seedIncome(client, n, clients);
  await seedDisabilities(client, n, clients);
}
