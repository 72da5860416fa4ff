// The demo CoC's own recent work, dated back from the day the demo starts, so each demo user finds
// rows and charts on first start: households entering and leaving the Hearth Housing Partners and
// Open Door Outreach projects every month of the last year, the case managers' caseloads (some with
// annual assessments due now or overdue, some records with the gaps a data-quality officer fixes,
// some entered late), services, bed nights and batches, and the Coordinated Access queue
// (seed-cas-queue.ts). The Data Lab kit (load-demo-clients.ts) is
// years old: it serves the reports' fixed periods, this serves "the last 12 months".
import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { addDays } from '../../hud/rules/dates.ts';
import { hudToday } from '../../server/http/ids.ts';
import type { Database, Tx } from '../connect.ts';
import {
  caseAssignmentTable,
  clientProfileTable,
  clientTable,
  enrollmentTable,
  exitTable,
  incomeBenefitsTable,
  serviceBatchEntryTable,
  serviceBatchTable,
  servicesTable,
  serviceTable,
} from '../schema/index.ts';
import { type DemoHousehold, demoHouseholds } from './activity-plan.ts';
import { seedDemoCasQueue } from './seed-cas-queue.ts';

const CM = 'USR-CM';
const CM2 = 'USR-CM2';
const BED_NIGHT = 'SVC-001';
const CASE_MANAGEMENT = 'SVC-002';
const MEAL = 'SVC-003';
const HYGIENE_KIT = 'SVC-004';
const BUS_PASS = 'SVC-005';
const BED_NIGHT_RECORD = 200;
const BED_NIGHT_TYPE = 200;

export type Written = { household: DemoHousehold; members: { PersonalID: string; EnrollmentID: string }[] };

/** A timestamp `lag` days after `date`, mid-morning: when the record was typed in. */
const enteredAt = (date: string, lag: number) => `${addDays(date, lag)} 10:${String(10 + (lag % 40))}:00`;

export async function seedDemoActivity(
  database: Database,
  today = hudToday(),
): Promise<{ clients: number; enrollments: number; casQueue: number }> {
  const households = demoHouseholds(today);
  const people = households.reduce((n, h) => n + h.members.length, 0);
  return database.db.transaction(async (tx) => {
    const ids = await freePersonalIds(tx, people);
    const rows: HudRows = { client: [], profile: [], enrollment: [], exit: [], income: [] };
    const written = households.map((h) => writeHousehold(rows, h, ids));
    // One statement per table and chunk: first start stays quick on a busy machine.
    await insertAll(tx, clientTable, rows.client);
    await insertAll(tx, clientProfileTable, rows.profile);
    await insertAll(tx, enrollmentTable, rows.enrollment);
    await insertAll(tx, exitTable, rows.exit);
    await insertAll(tx, incomeBenefitsTable, rows.income);
    await assignCases(tx, written);
    await writeServices(tx, written, today);
    const queue = await seedDemoCasQueue(tx, written, today);
    return { clients: people, enrollments: people, casQueue: queue.length };
  });
}

type HudRows = {
  client: (typeof clientTable.$inferInsert)[];
  profile: (typeof clientProfileTable.$inferInsert)[];
  enrollment: (typeof enrollmentTable.$inferInsert)[];
  exit: (typeof exitTable.$inferInsert)[];
  income: (typeof incomeBenefitsTable.$inferInsert)[];
};

async function insertAll<T extends PgTable>(tx: Tx, table: T, rows: T['$inferInsert'][]) {
  for (let i = 0; i < rows.length; i += 500) await tx.insert(table).values(rows.slice(i, i + 500));
}

/** `count` PersonalIDs from the clients' sequence, skipping any an import already used. */
async function freePersonalIds(tx: Tx, count: number): Promise<string[]> {
  const ids: string[] = [];
  while (ids.length < count) {
    const { rows } = (await tx.execute(
      sql`SELECT s.id FROM (SELECT nextval('client_personal_id_seq')::text AS id
          FROM generate_series(1, ${count - ids.length})) s
        WHERE NOT EXISTS (SELECT 1 FROM client c WHERE c.personal_id = s.id)`,
    )) as unknown as { rows: { id: string }[] };
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

function writeHousehold(rows: HudRows, h: DemoHousehold, ids: string[]): Written {
  const HouseholdID = `DEMO-HH-${h.key}`;
  const members: Written['members'] = [];
  for (const [i, m] of h.members.entries()) {
    const PersonalID = ids.shift() as string;
    const EnrollmentID = `DEMO-EN-${h.key}-${i + 1}`;
    const created = enteredAt(h.entryDate, h.entryLag);
    const stamp = { DateCreated: created, DateUpdated: created, UserID: h.userId };
    rows.client.push({ PersonalID, ...m.client, ...stamp });
    rows.profile.push({
      personalId: PersonalID,
      createdOrganizationId: h.organizationId,
      createdBy: h.userId,
      updatedBy: h.userId,
    });
    const head = m.role === 'head';
    const adult = m.role !== 'child';
    rows.enrollment.push({
      EnrollmentID,
      PersonalID,
      ProjectID: h.projectId,
      EntryDate: h.entryDate,
      HouseholdID,
      RelationshipToHoH: head ? 1 : m.role === 'child' ? 2 : 3,
      EnrollmentCoC: head ? 'TX-600' : null,
      LivingSituation: adult ? h.livingSituation : null,
      LengthOfStay: adult ? 3 : null,
      LOSUnderThreshold: adult ? 1 : null,
      PreviousStreetESSH: adult ? 1 : null,
      DateToStreetESSH: adult ? addDays(h.entryDate, -60) : null,
      TimesHomelessPastThreeYears: adult ? 1 : null,
      MonthsHomelessPastThreeYears: adult ? 102 : null,
      DisablingCondition: h.gaps.includes('disability') && head ? 99 : 0,
      MoveInDate: h.moveInDate ?? null,
      ...stamp,
    });
    if (adult && !(head && h.gaps.includes('income')))
      rows.income.push(incomeAt(EnrollmentID, PersonalID, h.entryDate, 1, stamp));
    if (h.exit) {
      const exitStamp = {
        ...stamp,
        DateCreated: enteredAt(h.exit.date, h.exit.lag),
        DateUpdated: enteredAt(h.exit.date, h.exit.lag),
      };
      rows.exit.push({
        ExitID: `DEMO-EX-${h.key}-${i + 1}`,
        EnrollmentID,
        PersonalID,
        ExitDate: h.exit.date,
        Destination: h.exit.destination,
        ...exitStamp,
      });
      if (adult) rows.income.push(incomeAt(EnrollmentID, PersonalID, h.exit.date, 3, exitStamp));
    }
    members.push({ PersonalID, EnrollmentID });
  }
  return { household: h, members };
}

function incomeAt(
  EnrollmentID: string,
  PersonalID: string,
  InformationDate: string,
  DataCollectionStage: number,
  stamp: { DateCreated: string; DateUpdated: string; UserID: string },
) {
  return {
    IncomeBenefitsID: `${EnrollmentID.replace('DEMO-EN-', 'DEMO-IB-')}-${DataCollectionStage}`,
    EnrollmentID,
    PersonalID,
    InformationDate,
    IncomeFromAnySource: 0,
    BenefitsFromAnySource: 0,
    InsuranceFromAnySource: 0,
    DataCollectionStage,
    ...stamp,
  };
}

/** Each household's head is on a case manager's caseload, ended when the household left. */
async function assignCases(tx: Tx, written: Written[]) {
  const rows = written.flatMap(({ household: h, members: [head] }) =>
    head && h.caseManager
      ? [
          {
            id: `DEMO-CA-${h.key}`,
            personalId: head.PersonalID,
            userId: h.caseManager,
            organizationId: h.organizationId,
            enrollmentId: head.EnrollmentID,
            startDate: h.entryDate,
            endDate: h.exit?.date ?? null,
            endReason: h.exit ? ('exit' as const) : null,
            createdBy: h.caseManager,
            updatedBy: h.caseManager,
          },
        ]
      : [],
  );
  await insertAll(tx, caseAssignmentTable, rows);
}

type ServiceRow = typeof serviceTable.$inferInsert;

/**
 * Services the case managers recorded over the last weeks (My Services), bed nights at the night
 * shelter (its utilization is counted from them), a posted batch and one still open (Batches).
 */
async function writeServices(tx: Tx, written: Written[], today: string) {
  const rows: ServiceRow[] = [];
  const hud: (typeof servicesTable.$inferInsert)[] = [];
  const active = written.filter((w) => !w.household.exit || w.household.exit.date > addDays(today, -30));
  for (const [n, { household: h, members }] of active.entries()) {
    const head = members[0];
    if (!head || h.organizationId !== 'ORG-HHP') continue;
    const last = h.exit ? addDays(h.exit.date, -1) : today;
    for (const [k, type] of [CASE_MANAGEMENT, BUS_PASS, HYGIENE_KIT].entries()) {
      // A third of the households saw their case manager today (My Services opens on today).
      const date = addDays(last, k === 0 && n % 3 === 0 ? 0 : -(3 + ((n + 5 * k) % 20)));
      if (date < h.entryDate) continue;
      rows.push(service(`DEMO-SV-${h.key}-${k}`, type, head, h.projectId, date, CM, h.organizationId));
    }
  }
  // The night shelter's guests: a bed night each night of the last 30 they were staying.
  for (const { household: h, members } of written) {
    if (h.projectId !== 'PRJ-NBN') continue;
    for (const m of members) {
      for (let d = 1; d <= 30; d++) {
        const night = addDays(today, -d);
        if (night < h.entryDate || (h.exit && night >= h.exit.date)) continue;
        const id = `DEMO-BN-${m.EnrollmentID.slice(8)}-${d}`;
        hud.push({
          ServicesID: id,
          EnrollmentID: m.EnrollmentID,
          PersonalID: m.PersonalID,
          DateProvided: night,
          RecordType: BED_NIGHT_RECORD,
          TypeProvided: BED_NIGHT_TYPE,
          DateCreated: enteredAt(night, 0),
          DateUpdated: enteredAt(night, 0),
          UserID: CM2,
        });
        rows.push({
          ...service(id, BED_NIGHT, m, h.projectId, night, CM2, h.organizationId),
          servicesId: id,
          bedNight: true,
        });
      }
    }
  }
  await writeBatches(tx, written, today, rows);
  await insertAll(tx, servicesTable, hud);
  await insertAll(tx, serviceTable, rows);
}

const service = (
  id: string,
  serviceTypeId: string,
  m: { PersonalID: string; EnrollmentID: string },
  projectId: string,
  dateProvided: string,
  userId: string,
  organizationId: string,
): ServiceRow => ({
  id,
  serviceTypeId,
  enrollmentId: m.EnrollmentID,
  personalId: m.PersonalID,
  projectId,
  dateProvided,
  units: 1,
  unitValue: serviceTypeId === BUS_PASS ? 2.5 : 0,
  organizationId,
  recordedBy: userId,
  createdBy: userId,
  updatedBy: userId,
});

/** Last week's lunch at the family shelter, posted, and today's, scanned but not posted yet. */
async function writeBatches(tx: Tx, written: Written[], today: string, rows: ServiceRow[]) {
  const staying = (date: string) =>
    written.filter(
      (w) =>
        w.household.projectId === 'PRJ-ES' &&
        w.household.entryDate <= date &&
        (!w.household.exit || w.household.exit.date > date),
    );
  const batches = [
    { id: 'DEMO-BATCH-1', name: 'Family shelter lunch', date: addDays(today, -7), posted: true },
    { id: 'DEMO-BATCH-2', name: 'Family shelter supper', date: today, posted: false },
  ];
  for (const b of batches) {
    const guests = staying(b.date).flatMap((w) => w.members);
    await tx.insert(serviceBatchTable).values({
      id: b.id,
      name: b.name,
      organizationId: 'ORG-HHP',
      projectId: 'PRJ-ES',
      serviceTypeId: MEAL,
      dateProvided: b.date,
      units: 1,
      status: b.posted ? 'posted' : 'open',
      postedAt: b.posted ? new Date(`${b.date}T13:30:00`) : null,
      postedBy: b.posted ? CM : null,
      postedCount: b.posted ? guests.length : null,
      createdBy: CM,
      updatedBy: CM,
    });
    for (const [i, m] of guests.entries()) {
      const entryId = `${b.id}-E${i + 1}`;
      await tx
        .insert(serviceBatchEntryTable)
        .values({ id: entryId, batchId: b.id, personalId: m.PersonalID, createdBy: CM, updatedBy: CM });
      if (b.posted)
        rows.push({
          ...service(`${b.id}-S${i + 1}`, MEAL, m, 'PRJ-ES', b.date, CM, 'ORG-HHP'),
          batchEntryId: entryId,
        });
    }
  }
}
