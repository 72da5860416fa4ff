// The daily CAS no-contact check (a scheduled system task: pg-boss's cron lock makes it fire once
// across app servers, and the notifications' dedupe keys make a second run harmless): a case with
// no recorded contact for the CoC's configured number of days is brought to its case managers,
// once per last contact.
import { sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { sqlRows } from '../clients/client-summary.ts';
import type { Deps } from '../deps.ts';
import { hudToday } from '../http/ids.ts';
import { defineSystemTask } from '../jobs/job-runner.ts';
import { type CasCaseRow, casCaseSql } from './cas-cases.ts';
import { notifyNoContact } from './cas-notify.ts';
import { loadCasSettings } from './get-cas-settings.ts';

export const NO_CONTACT_TASK = 'cas-no-contact-check';
const SYSTEM = { userId: null, username: 'system' };

export async function checkCasNoContact(deps: Deps) {
  return deps.database.db.transaction(async (tx) => {
    const { noContactDays } = await loadCasSettings(tx);
    // Every overdue case, however many: the screens' 5,000-row cap must not skip a case here.
    const overdue = await sqlRows<CasCaseRow>(
      tx,
      casCaseSql(null, { kind: 'coc' }, sql`ct.last_contact <= ${hudToday()}::date - ${noContactDays}::int`),
    );
    let cases = 0;
    for (const r of overdue) {
      if (!r.caseManagers.length) continue;
      await notifyNoContact(tx, {
        EnrollmentID: r.EnrollmentID,
        PersonalID: r.PersonalID,
        userIds: r.caseManagers.map((m) => m.userId),
        since: r.lastContact,
        days: noContactDays,
        organizationId: r.OrganizationID,
      });
      cases += 1;
    }
    await recordAudit(tx, SYSTEM, { action: 'cas.no_contact_checked', detail: { noContactDays, cases } });
    return { cases };
  });
}

defineSystemTask(NO_CONTACT_TASK, {
  cron: (config) => config.casNoContactCron,
  run: async (deps) => {
    await checkCasNoContact(deps);
  },
});
