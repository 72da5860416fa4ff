// The "report ready" notification the reports feature sends when a scheduled or background report
// has finished: its owner gets a link to the file's page on Files on Server.
import type { DbOrTx } from '../../db/connect.ts';
import { notifyUsers } from './notify-users.ts';

export function notifyReportReady(
  db: DbOrTx,
  input: { ownerId: string; jobId: string; reportTitle: string; organizationId?: string | null },
): Promise<string[]> {
  return notifyUsers(db, {
    userIds: [input.ownerId],
    kind: 'report_ready',
    title: `Report ready: ${input.reportTitle}`,
    link: `/reports/files/${input.jobId}`,
    organizationId: input.organizationId ?? null,
    dedupeKey: `report_ready:${input.jobId}`,
  });
}
