// Who might already be this person. The rule (docs/decisions.md, "Duplicates"): two records are
// likely the same person when at least two of a valid SSN, the full name and the date of birth
// agree, or when the SSN or the date of birth agrees and the names are close (one typo, sound
// alike, similar, or first and last swapped).
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { SSNDataQuality } from '../../hud/codes.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import type { RequestContext } from '../http/context.ts';
import { clientVisibleSql, mayViewFullPii } from './client-access.ts';
import type { DuplicateCandidate } from './client-schemas.ts';
import { type SummaryRow, sqlRows, summarize, summaryColumns } from './client-summary.ts';
import { type ClientValues, invalidSsnReason } from './validate-client.ts';

type Match = SummaryRow & {
  same_ssn: boolean;
  same_name: boolean;
  same_dob: boolean;
  close_name: boolean;
};

/** A valid full SSN: the only kind that can say two records are one person. */
export function usableSsn(v: Pick<ClientValues, 'SSN' | 'SSNDataQuality'>): string | null {
  return v.SSN && v.SSNDataQuality === SSNDataQuality.Full && !invalidSsnReason(v.SSN) ? v.SSN : null;
}

/** Why a matched row counts as a likely duplicate, or null when it does not. */
export function duplicateReasons(m: Omit<Match, keyof SummaryRow>): string[] | null {
  const agree = [m.same_ssn && 'SSN', m.same_name && 'name', m.same_dob && 'date of birth'].filter((r): r is string =>
    Boolean(r),
  );
  if (agree.length >= 2) return agree;
  if ((m.same_ssn || m.same_dob) && (m.same_name || m.close_name))
    return m.same_name ? agree : [...agree, 'similar name'];
  return null;
}

export async function findDuplicateCandidates(
  db: DbOrTx,
  ctx: RequestContext,
  v: ClientValues,
  excludePersonalId?: string,
): Promise<DuplicateCandidate[]> {
  const org = currentOrganization(ctx);
  const ssn = usableSsn(v);
  const dob = v.DOB ?? null;
  const hasName = Boolean(v.FirstName && v.LastName);
  if (!ssn && !dob) return [];
  const kf = sql`hearth_name_key(${v.FirstName ?? ''})`;
  const kl = sql`hearth_name_key(${v.LastName ?? ''})`;
  const fk = sql.raw('hearth_name_key(c.first_name)');
  const lk = sql.raw('hearth_name_key(c.last_name)');
  const sameName = hasName ? sql`(${fk} = ${kf} AND ${lk} = ${kl})` : sql`false`;
  const closeName = hasName
    ? sql`(levenshtein_less_equal(${fk} || ${lk}, ${kf} || ${kl}, 2) <= 2
        OR (${fk} = ${kl} AND ${lk} = ${kf})
        OR (dmetaphone(${fk}) = dmetaphone(${kf}) AND dmetaphone(${lk}) = dmetaphone(${kl}))
        OR similarity(${fk} || ' ' || ${lk}, ${kf} || ' ' || ${kl}) >= 0.5)`
    : sql`false`;
  const sameSsn = ssn ? sql`(c.ssn = ${ssn} AND c.ssn_data_quality = ${SSNDataQuality.Full})` : sql`false`;
  const sameDob = dob ? sql`(c.dob = ${dob})` : sql`false`;
  const rows = await sqlRows<Match>(
    db,
    sql`SELECT ${summaryColumns}, ${sameSsn} AS same_ssn, ${sameName} AS same_name, ${sameDob} AS same_dob,
        ${closeName} AS close_name
      FROM client c LEFT JOIN client_profile cp ON cp.personal_id = c.personal_id
      WHERE c.date_deleted IS NULL AND (${ssn ? sql`c.ssn = ${ssn}` : sql`false`} OR ${sameDob})
        AND c.personal_id <> ${excludePersonalId ?? ''}
        AND ${clientVisibleSql(sql.raw('c.personal_id'), org)}
      LIMIT 500`,
  );
  const found = rows
    .map((r) => ({ row: r, reasons: duplicateReasons(r) }))
    .filter((x): x is { row: Match; reasons: string[] } => x.reasons !== null)
    .sort((a, b) => b.reasons.length - a.reasons.length)
    .slice(0, 10);
  const summaries = await summarize(
    db,
    found.map((f) => f.row),
    mayViewFullPii(ctx),
  );
  return summaries.map((s, i) => ({ ...s, reasons: found[i]?.reasons ?? [] }));
}
