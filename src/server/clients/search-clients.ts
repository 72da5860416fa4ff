// Find Client. Candidates come from a few cheap index lookups ("channels"), then are ranked:
// client ID, SSN, date of birth; exact and prefix names; one typo in the first or the last name;
// sound-alike names; and, when those find little, looser matches of the whole name.
// Every name comparison uses hearth_name_key() (no accents, case or punctuation), the same
// expression the indexes of migration 0100 are built on.
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { sqlOnce } from '../../db/prepared.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import type { RequestContext } from '../http/context.ts';
import { clientReadEntries, recordAuditMany } from '../services/audit-many.ts';
import { clientVisibleSql, mayViewFullPii } from './client-access.ts';
import type { ClientSummary } from './client-schemas.ts';
import {
  type LatestEnrollmentRow,
  latestEnrollmentSql,
  latestOf,
  type SummaryRow,
  summaryColumns,
  toSummary,
} from './client-summary.ts';
import { type ParsedSearch, parseSearch, type SearchKind } from './parse-search.ts';

// In channels: the indexed expressions. In scores: the keys computed once per candidate (c.fk, c.lk).
const FK = sql.raw('hearth_name_key(c.first_name)');
const LK = sql.raw('hearth_name_key(c.last_name)');
const SF = sql.raw('c.fk');
const SL = sql.raw('c.lk');
/** Most rows one channel contributes: enough to rank, few enough to stay fast. */
const CHANNEL_LIMIT = 1000;
const FUZZY_LIMIT = 200;

/**
 * The name keys of what was typed, computed once per search in the `k` row (each reading's words were
 * keyed again in every channel, and in the score once per candidate: ≈ 70 calls of
 * hearth_name_key per search). Channels read them as `(SELECT k_x FROM k)`, an initplan PostgreSQL
 * evaluates once and can still use as an index bound; the score reads `k.k_x` from the joined row.
 * A word is named by its place in the search (`n0f`: first name of reading 0), never by its value,
 * so the statement text depends only on the search's shape.
 */
class Keys {
  private readonly slots: string[] = [];
  private slot(name: string): string {
    if (!this.slots.includes(name)) this.slots.push(name);
    return `k_${name}`;
  }
  /** For channels: a one-time subquery. */
  channel(name: string): SQL {
    return sql.raw(`(SELECT ${this.slot(name)} FROM k)`);
  }
  /** For scores: the column of the joined `k` row. */
  score(name: string): SQL {
    return sql.raw(`k.${this.slot(name)}`);
  }
  /** The `k` row (a dummy column when nothing is a name, so it always has one). */
  row(): SQL {
    const cols = this.slots.map((n) => sql`hearth_name_key(${sql.placeholder(n)}) AS ${sql.raw(`k_${n}`)}`);
    return sql.join(cols.length ? cols : [sql`1 AS k`], sql`, `);
  }
}
// How many letters at either end of a word must be intact: a single typo leaves at least
// one end of this length untouched (see docs/decisions.md, "Find Client").
const endLength = (k: SQL) => sql`greatest(1, least(4, (length(${k}) - 1) / 2))`;

/**
 * `expr` starts with `prefix`, as an index range PostgreSQL can use without knowing the prefix:
 * LIKE 'abc%' reaches the index only when the pattern is a constant at planning, so every search
 * was planned anew (≈ 90% of its database time); with a range the statement keeps a generic plan.
 * chr(1114111) is the last Unicode character: every continuation of the prefix sorts below it.
 */
const startsWith = (expr: SQL, prefix: SQL) =>
  sql`(${expr} ~>=~ ${prefix} AND ${expr} ~<~ (${prefix} || chr(1114111)) AND starts_with(${expr}, ${prefix}))`;

function channel(where: SQL, limit = CHANNEL_LIMIT): SQL {
  return sql`(SELECT c.personal_id FROM client c WHERE ${where} LIMIT ${limit})`;
}

function twoWordChannels(keys: Keys, first: string, last: string): { channels: SQL[]; fuzzy: SQL } {
  const kf = keys.channel(first);
  const kl = keys.channel(last);
  const list = [
    channel(sql`${startsWith(LK, kl)} AND ${startsWith(FK, kf)}`),
    // One typo in the last name: first name exact, last name intact at its start or its end.
    channel(
      sql`${FK} = ${kf} AND ${startsWith(LK, sql`left(${kl}, ${endLength(kl)})`)}
        AND levenshtein_less_equal(${LK}, ${kl}, 2) <= 2`,
      FUZZY_LIMIT,
    ),
    channel(
      sql`${FK} = ${kf} AND ${startsWith(sql`reverse(${LK})`, sql`left(reverse(${kl}), ${endLength(kl)})`)}
        AND levenshtein_less_equal(${LK}, ${kl}, 2) <= 2`,
      FUZZY_LIMIT,
    ),
    // One typo in the first name.
    channel(
      sql`${LK} = ${kl} AND ${startsWith(FK, sql`left(${kf}, ${endLength(kf)})`)}
        AND levenshtein_less_equal(${FK}, ${kf}, 2) <= 2`,
      FUZZY_LIMIT,
    ),
    channel(
      sql`${LK} = ${kl} AND ${startsWith(sql`reverse(${FK})`, sql`left(reverse(${kf}), ${endLength(kf)})`)}
        AND levenshtein_less_equal(${FK}, ${kf}, 2) <= 2`,
      FUZZY_LIMIT,
    ),
    channel(sql`dmetaphone(${LK}) = dmetaphone(${kl}) AND dmetaphone(${FK}) = dmetaphone(${kf})`, FUZZY_LIMIT),
  ];
  // Both names start right and the whole name is at most three edits away.
  const fuzzy = channel(
    sql`${startsWith(FK, sql`left(${kf}, 2)`)} AND ${startsWith(LK, sql`left(${kl}, 2)`)}
        AND levenshtein_less_equal(${FK} || ${LK}, ${kf} || ${kl}, 3) <= 3`,
    FUZZY_LIMIT,
  );
  return { channels: list, fuzzy };
}

function oneWordChannels(keys: Keys, word: string): SQL[] {
  const k = keys.channel(word);
  return [
    channel(startsWith(LK, k)),
    channel(startsWith(FK, k)),
    channel(sql`dmetaphone(${LK}) = dmetaphone(${k})`, FUZZY_LIMIT),
  ];
}

function nameScore(keys: Keys, first: string, last: string | null): SQL {
  const kf = keys.score(first);
  if (last === null) {
    return sql`GREATEST(
      CASE WHEN ${SL} = ${kf} THEN 900 WHEN ${SF} = ${kf} THEN 850
        WHEN ${SL} LIKE ${kf} || '%' THEN 700 WHEN ${SF} LIKE ${kf} || '%' THEN 650 ELSE 0 END,
      CASE WHEN dmetaphone(${SL}) = dmetaphone(${kf}) THEN 300 ELSE 0 END)
      + 100 * greatest(similarity(${SL}, ${kf}), similarity(${SF}, ${kf}))`;
  }
  const kl = keys.score(last);
  return sql`GREATEST(
      CASE WHEN ${SF} = ${kf} AND ${SL} = ${kl} THEN 1000
        WHEN ${SF} LIKE ${kf} || '%' AND ${SL} LIKE ${kl} || '%' THEN 800 ELSE 0 END,
      500 - 100 * (levenshtein_less_equal(${SF}, ${kf}, 3) + levenshtein_less_equal(${SL}, ${kl}, 3)),
      CASE WHEN dmetaphone(${SF}) = dmetaphone(${kf}) AND dmetaphone(${SL}) = dmetaphone(${kl}) THEN 300 ELSE 0 END)
    + 100 * similarity(${SF} || ' ' || ${SL}, ${kf} || ' ' || ${kl})`;
}

/** What a search's statement is built from: its shape, never the values typed. */
type Shape = {
  ids: number;
  /** Per name reading: a second word or not. */
  names: boolean[];
  dob: boolean;
  ssn: boolean;
  ssnLast4: boolean;
  widen: boolean;
};

const shapeOf = (p: ParsedSearch, widen: boolean): Shape => ({
  ids: p.ids.length,
  names: p.names.map(([, last]) => last !== null),
  dob: p.dob !== undefined,
  ssn: p.ssn !== undefined,
  ssnLast4: p.ssnLast4 !== undefined,
  widen,
});

/** The placeholders' values; their names are the ones `plan` uses for the same shape. */
function valuesOf(p: ParsedSearch, organizationId: string, widenBelow: number, page: Page): Record<string, unknown> {
  const v: Record<string, unknown> = { org: organizationId, widen: widenBelow, limit: page.limit, offset: page.offset };
  p.ids.forEach((id, i) => {
    v[`id${i}`] = id;
  });
  p.names.forEach(([first, last], i) => {
    v[`n${i}f`] = first;
    if (last !== null) v[`n${i}l`] = last;
  });
  if (p.dob !== undefined) v.dob = p.dob;
  if (p.ssn !== undefined) v.ssn = p.ssn;
  if (p.ssnLast4 !== undefined) v.ssn4 = p.ssnLast4;
  return v;
}

const idList = (n: number) =>
  sql.join(
    Array.from({ length: n }, (_, i) => sql.placeholder(`id${i}`)),
    sql`, `,
  );

type Plan = { channels: SQL[]; fuzzy: SQL[]; scores: SQL[]; filters: SQL[]; keys: Keys };

function plan(s: Shape): Plan {
  const keys = new Keys();
  const channels: SQL[] = [];
  const fuzzy: SQL[] = [];
  const scores: SQL[] = [];
  const filters: SQL[] = [];
  const dob = sql.placeholder('dob');
  const ssn = sql.placeholder('ssn');
  const ssn4 = sql.placeholder('ssn4');
  if (s.ids) {
    channels.push(channel(sql`c.personal_id IN (${idList(s.ids)})`));
    scores.push(sql`CASE WHEN c.personal_id IN (${idList(s.ids)}) THEN 2000 END`);
  }
  if (s.names.length) {
    s.names.forEach((twoWords, i) => {
      const first = `n${i}f`;
      const last = twoWords ? `n${i}l` : null;
      if (last === null) channels.push(...oneWordChannels(keys, first));
      else {
        const two = twoWordChannels(keys, first, last);
        channels.push(...two.channels);
        fuzzy.push(two.fuzzy);
      }
      scores.push(nameScore(keys, first, last));
    });
    // Extra tokens narrow a name search: "mar qui 03/14/1981", "mar qui 6789".
    if (s.dob) filters.push(sql`c.dob = ${dob}`);
    if (s.ssnLast4) filters.push(sql`right(c.ssn, 4) = ${ssn4}`);
    return { channels, fuzzy, scores, filters, keys };
  }
  if (s.ssn) {
    channels.push(channel(sql`c.ssn = ${ssn}`));
    scores.push(sql`CASE WHEN c.ssn = ${ssn} THEN 1500 END`);
  }
  if (s.dob) {
    channels.push(channel(sql`c.dob = ${dob}`));
    scores.push(sql`CASE WHEN c.dob = ${dob} THEN 1400 END`);
  }
  if (s.ssnLast4) {
    channels.push(channel(sql`right(c.ssn, 4) = ${ssn4}`));
    scores.push(sql`CASE WHEN right(c.ssn, 4) = ${ssn4} THEN 1200 END`);
  }
  return { channels, fuzzy, scores, filters, keys };
}

type Ranked = SummaryRow & LatestEnrollmentRow & { total: number };
type Page = { limit: number; offset: number };
type Run = (db: DbOrTx, values: Record<string, unknown>) => Promise<Ranked[]>;

// One query: the looser channels run only when the others find fewer than `widen` clients
// the user may see (a one-time filter, so otherwise they cost nothing). Null when nothing is searchable.
function statementOf(shape: Shape): Run | null {
  const { channels, fuzzy, scores, filters, keys } = plan(shape);
  if (!channels.length) return null;
  const organizationId = sql.placeholder('org');
  // The candidates (`ids`, a CTE of personal IDs) the user may see, with their name keys. One
  // primary-key lookup and visibility check each (OFFSET 0 keeps the nested loop): not knowing how
  // few candidates the channels give, the planner hashed them against scans of whole tables.
  const visible = (ids: string) =>
    sql`SELECT c.personal_id, c.first_name, c.middle_name, c.last_name, c.name_suffix, c.dob, c.ssn,
          c.veteran_status, ${FK} AS fk, ${LK} AS lk
        FROM ${sql.raw(ids)} CROSS JOIN LATERAL (SELECT * FROM client c
          WHERE ${sql.join(
            [
              sql`c.personal_id = ${sql.raw(ids)}.personal_id AND c.date_deleted IS NULL`,
              clientVisibleSql(sql.raw('c.personal_id'), organizationId),
              ...filters,
            ],
            sql` AND `,
          )}
          OFFSET 0) c`;
  // Widening adds the looser matches not found already, checked for visibility once.
  const widened =
    shape.widen && fuzzy.length
      ? sql`, extra AS MATERIALIZED (SELECT DISTINCT personal_id FROM (${sql.join(fuzzy, sql` UNION ALL `)}) f
            WHERE (SELECT count(*) FROM seen) < ${sql.placeholder('widen')}
              AND NOT EXISTS (SELECT 1 FROM found WHERE found.personal_id = f.personal_id)),
          keyed AS (SELECT * FROM seen UNION ALL ${visible('extra')})`
      : sql`, keyed AS (SELECT * FROM seen)`;
  // Name keys are computed once per candidate (seen, extra), not once per use in the score.
  // Each client shown comes with their latest enrollment (one round trip fewer per search).
  return sqlOnce<Ranked, Record<string, unknown>>(
    sql`WITH k AS MATERIALIZED (SELECT ${keys.row()}),
      found AS MATERIALIZED (SELECT DISTINCT personal_id FROM (${sql.join(channels, sql` UNION ALL `)}) u),
      seen AS MATERIALIZED (${visible('found')})${widened},
      ranked AS (
        SELECT ${summaryColumns}, GREATEST(${sql.join(scores, sql`, `)}) AS score, c.lk, c.fk
        FROM keyed c CROSS JOIN k LEFT JOIN client_profile cp ON cp.personal_id = c.personal_id)
      SELECT r.*, l.* FROM (
        SELECT *, (count(*) OVER ())::int AS total FROM ranked
        ORDER BY score DESC, lk, fk, "PersonalID"
        LIMIT ${sql.placeholder('limit')} OFFSET ${sql.placeholder('offset')}) r
      LEFT JOIN LATERAL (${latestEnrollmentSql(sql.raw('r."PersonalID"'))}) l ON true
      ORDER BY r.score DESC, r.lk, r.fk, r."PersonalID"`,
  );
}

/**
 * One statement per search shape, built once and prepared: building this text (drizzle walking its
 * tree) was Hearth's largest own cost per search, and parsing it 2 ms of server CPU. Shapes are few
 * (how many IDs, name readings and extra tokens); the cap bounds what odd input could add.
 */
const statements = new Map<string, Run | null>();
const MAX_SHAPES = 500;

function statementFor(shape: Shape): Run | null {
  const key = JSON.stringify(shape);
  let run = statements.get(key);
  if (run === undefined) {
    run = statementOf(shape);
    if (statements.size < MAX_SHAPES) statements.set(key, run);
  }
  return run;
}

async function runSearch(
  db: DbOrTx,
  organizationId: string,
  p: ParsedSearch,
  widenBelow: number,
  page: Page,
): Promise<Ranked[]> {
  const run = statementFor(shapeOf(p, widenBelow > 0));
  return run ? run(db, valuesOf(p, organizationId, widenBelow, page)) : [];
}

export type SearchResult = { items: ClientSummary[]; total: number; kind: SearchKind };

export async function searchClients(
  db: DbOrTx,
  ctx: RequestContext,
  input: { search: string; limit: number; offset: number },
): Promise<SearchResult> {
  const organizationId = currentOrganization(ctx);
  const parsed = parseSearch(input.search);
  const page = { limit: input.limit, offset: input.offset };
  // Few or no good matches for a full name: widen to looser matches of the whole name.
  const rows = await runSearch(db, organizationId, parsed, input.offset === 0 ? Math.min(10, input.limit) : 0, page);
  const total = rows[0]?.total ?? 0;
  const fullPii = mayViewFullPii(ctx);
  const items = rows.map((r) => toSummary(r, fullPii, latestOf(r)));
  // The search, and each client shown as a read of that client (their access log finds it): one statement.
  await recordAuditMany(db, ctx, [
    {
      action: 'client.search',
      entityType: 'client',
      detail: { kind: parsed.kind, total, personalIds: items.map((i) => i.PersonalID) },
    },
    ...clientReadEntries(
      items.map((i) => i.PersonalID),
      'search',
    ),
  ]);
  return { items, total, kind: parsed.kind };
}
