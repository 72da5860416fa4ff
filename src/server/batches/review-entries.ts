// The review list of a batch: each scanned entry flagged Ready, No open enrollment (no
// enrollment in the batch's project open on its date), Duplicate (scanned before in this
// batch), Already received this service (recorded outside the batch that day), or Posted.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import {
  clientTable,
  enrollmentTable,
  serviceBatchEntryTable,
  servicesTable,
  serviceTable,
} from '../../db/schema/index.ts';
import { RecordType } from '../../hud/codes.ts';
import { hudToday } from '../http/ids.ts';
import { type EnrollmentFacts, openEnrollmentsOn } from '../services/enrollment-lookup.ts';
import { isBedNight, serviceTypesById } from '../services/service-types.ts';
import type { BatchRow } from './load-batch.ts';
import type { EntryFlag, EntryOut } from './schemas.ts';

export type ReviewedEntry = EntryOut & { enrollment: EnrollmentFacts | undefined };

const LABELS: Record<Exclude<EntryFlag, 'already_served'>, string> = {
  ready: 'Ready',
  no_open_enrollment: 'No open enrollment',
  duplicate: 'Duplicate',
  posted: 'Posted',
};

function labelOf(flag: EntryFlag, date: string): { flagLabel: string; flagReason: string | null } {
  if (flag === 'already_served') {
    return {
      flagLabel: `Already received this service ${date === hudToday() ? 'today' : `on ${date}`}`,
      flagReason: 'It was recorded outside this batch, so it will not be posted again',
    };
  }
  const reasons: Partial<Record<EntryFlag, string>> = {
    duplicate: 'Scanned earlier in this batch: only the first scan is posted',
    no_open_enrollment: 'No enrollment in this project is open on the service date',
  };
  return { flagLabel: LABELS[flag], flagReason: reasons[flag] ?? null };
}

export type BatchKey = Pick<BatchRow, 'id' | 'organizationId' | 'projectId' | 'serviceTypeId' | 'dateProvided'>;

export async function reviewEntries(db: DbOrTx, batch: BatchKey): Promise<ReviewedEntry[]> {
  const entries = await db
    .select({
      id: serviceBatchEntryTable.id,
      PersonalID: serviceBatchEntryTable.personalId,
      createdAt: serviceBatchEntryTable.createdAt,
      FirstName: clientTable.FirstName,
      LastName: clientTable.LastName,
      serviceId: serviceTable.id,
    })
    .from(serviceBatchEntryTable)
    .innerJoin(clientTable, eq(clientTable.PersonalID, serviceBatchEntryTable.personalId))
    .leftJoin(serviceTable, eq(serviceTable.batchEntryId, serviceBatchEntryTable.id))
    .where(and(eq(serviceBatchEntryTable.batchId, batch.id), isNull(serviceBatchEntryTable.removedAt)))
    .orderBy(asc(serviceBatchEntryTable.scanOrder));
  const ids = [...new Set(entries.map((e) => e.PersonalID))];
  const type = (await serviceTypesById(db, [batch.serviceTypeId])).get(batch.serviceTypeId);
  const bedNight = type ? isBedNight(type) : false;
  const open = await openEnrollmentsOn(db, {
    projectId: batch.projectId,
    date: batch.dateProvided,
    bedNight,
    visibleTo: batch.organizationId,
    personalIds: ids,
  });
  const already = await alreadyServed(db, batch, ids, bedNight);
  const seen = new Set<string>();
  return entries.map((e) => {
    let flag: EntryFlag;
    if (e.serviceId) flag = 'posted';
    else if (seen.has(e.PersonalID)) flag = 'duplicate';
    else if (already.has(e.PersonalID)) flag = 'already_served';
    else if (!open.has(e.PersonalID)) flag = 'no_open_enrollment';
    else flag = 'ready';
    seen.add(e.PersonalID);
    return {
      id: e.id,
      PersonalID: e.PersonalID,
      FirstName: e.FirstName,
      LastName: e.LastName,
      scannedAt: e.createdAt.toISOString(),
      flag,
      ...labelOf(flag, batch.dateProvided),
      enrollment: open.get(e.PersonalID),
    };
  });
}

// Clients who already have the batch's service on its date in its project, recorded outside
// this batch (for bed nights, also nights that arrived in an import).
async function alreadyServed(db: DbOrTx, batch: BatchKey, ids: string[], bedNight: boolean): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const recorded = await db
    .select({ PersonalID: serviceTable.personalId })
    .from(serviceTable)
    .where(
      and(
        eq(serviceTable.projectId, batch.projectId),
        eq(serviceTable.serviceTypeId, batch.serviceTypeId),
        eq(serviceTable.dateProvided, batch.dateProvided),
        isNull(serviceTable.deletedAt),
        inArray(serviceTable.personalId, ids),
      ),
    );
  const nights = bedNight
    ? await db
        .select({ PersonalID: servicesTable.PersonalID })
        .from(servicesTable)
        .innerJoin(enrollmentTable, eq(enrollmentTable.EnrollmentID, servicesTable.EnrollmentID))
        .where(
          and(
            eq(servicesTable.RecordType, RecordType.BedNight),
            eq(servicesTable.DateProvided, batch.dateProvided),
            eq(enrollmentTable.ProjectID, batch.projectId),
            isNull(servicesTable.DateDeleted),
            inArray(servicesTable.PersonalID, ids),
          ),
        )
    : [];
  return new Set([...recorded, ...nights].map((r) => r.PersonalID));
}

export function summarize(entries: readonly { flag: EntryFlag }[]) {
  const n = (f: EntryFlag) => entries.filter((e) => e.flag === f).length;
  return {
    ready: n('ready'),
    noOpenEnrollment: n('no_open_enrollment'),
    duplicate: n('duplicate'),
    alreadyServed: n('already_served'),
    posted: n('posted'),
  };
}
