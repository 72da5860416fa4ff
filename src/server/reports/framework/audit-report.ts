// Every run leaves an audit row; a run that shows client-level rows also writes one client read
// per client it showed (recordClientReads), in the same transaction.
import type { DbOrTx } from '../../../db/connect.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { RequestContext } from '../../http/context.ts';
import { recordClientReads } from '../../services/audit-many.ts';
import type { ComputedReport } from './compute-report.ts';
import type { Row } from './types.ts';

/** What the audit needs of a run: the report and the parameters it ran with. */
type AuditedRun = Pick<ComputedReport, 'def' | 'params'>;

export function clientIdsOf(report: AuditedRun, rows: Row[]): string[] {
  const keys = report.def.clientIdKeys ?? [];
  const ids = new Set<string>();
  for (const r of rows) for (const k of keys) if (typeof r[k] === 'string') ids.add(r[k]);
  return [...ids];
}

export async function auditReport(
  db: DbOrTx,
  ctx: RequestContext,
  report: AuditedRun,
  shown: Row[],
  event: { action: 'report.run' | 'report.downloaded'; detail: Record<string, unknown> },
) {
  const ids = clientIdsOf(report, shown);
  await db.transaction(async (tx) => {
    await recordAudit(tx, ctx, {
      action: event.action,
      entityType: 'report',
      entityId: report.def.id,
      detail: { ...(report.def.auditParams?.(report.params) ?? report.params), ...event.detail },
    });
    if (ids.length) await recordClientReads(tx, ctx, ids, `report:${report.def.id}`);
  });
}
