// Reads and writes the HUD rows of one person's assessment: IncomeBenefits, HealthAndDV,
// EmploymentEducation, YouthEducationStatus and Disabilities, each carrying the stage's
// InformationDate and DataCollectionStage. Updates keep row IDs; nothing is hard-deleted.
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/connect.ts';
import {
  disabilitiesTable,
  employmentEducationTable,
  healthAndDvTable,
  incomeBenefitsTable,
  youthEducationStatusTable,
} from '../../db/schema/index.ts';
import type { RequestContext } from '../http/context.ts';
import { hudNow, newId } from '../http/ids.ts';
import { hasAnswers, type MemberAnswers } from './answers.ts';
import { columnType } from './hud-fields.ts';
import {
  type Answers,
  DISABILITY_FIELDS,
  type DisabilityRow,
  EMPLOYMENT_EDUCATION_FIELDS,
  HEALTH_AND_DV_FIELDS,
  INCOME_BENEFITS_FIELDS,
  STAGE_RECORDS,
  type StageRecord,
  YOUTH_EDUCATION_FIELDS,
} from './schemas.ts';

const STAGE_TABLES = {
  IncomeBenefits: { table: incomeBenefitsTable, id: 'IncomeBenefitsID', fields: INCOME_BENEFITS_FIELDS },
  HealthAndDV: { table: healthAndDvTable, id: 'HealthAndDVID', fields: HEALTH_AND_DV_FIELDS },
  EmploymentEducation: {
    table: employmentEducationTable,
    id: 'EmploymentEducationID',
    fields: EMPLOYMENT_EDUCATION_FIELDS,
  },
  YouthEducationStatus: {
    table: youthEducationStatusTable,
    id: 'YouthEducationStatusID',
    fields: YOUTH_EDUCATION_FIELDS,
  },
} as const;

// The five tables share the columns used here; drizzle cannot type a union of tables, so the
// generic helpers below see them through this one shape.
type StageTable = typeof incomeBenefitsTable;
const asTable = (t: unknown) => t as StageTable;
type Row = Record<string, unknown>;

/** A stored row's answers: the record's columns, numbers as numbers. */
function answersOf(record: StageRecord | 'Disabilities', row: Row, fields: readonly string[]): Answers {
  const out: Answers = {};
  for (const f of fields) {
    const v = row[f];
    out[f] =
      v === null || v === undefined ? null : columnType(record, f) === 'decimal' ? Number(v) : (v as string | number);
  }
  return out;
}

/** Values to store: decimals as strings (numeric columns), everything else as is. */
function storable(record: StageRecord | 'Disabilities', a: Answers, fields: readonly string[]): Row {
  const out: Row = {};
  for (const f of fields) {
    if (!(f in a)) continue;
    const v = a[f];
    out[f] = v === null || v === undefined ? null : columnType(record, f) === 'decimal' ? String(v) : v;
  }
  return out;
}

const live = (t: StageTable, enrollmentId: string, stage: number) =>
  and(eq(t.EnrollmentID, enrollmentId), eq(t.DataCollectionStage, stage), isNull(t.DateDeleted));

/** The answers stored for a person's enrollment at a stage and date. */
export async function loadStageAnswers(
  db: DbOrTx,
  enrollmentId: string,
  stage: number,
  date: string,
): Promise<Pick<MemberAnswers, StageRecord | 'Disabilities'>> {
  const out = { IncomeBenefits: {}, HealthAndDV: {}, EmploymentEducation: {}, YouthEducationStatus: {} } as Pick<
    MemberAnswers,
    StageRecord
  >;
  for (const record of STAGE_RECORDS) {
    const { table, fields } = STAGE_TABLES[record];
    const t = asTable(table);
    const [row] = await db
      .select()
      .from(t)
      .where(and(live(t, enrollmentId, stage), eq(t.InformationDate, date)))
      .orderBy(sql`${t.DateUpdated} DESC`)
      .limit(1);
    if (row) out[record] = answersOf(record, row, fields);
  }
  const rows = await db
    .select()
    .from(disabilitiesTable)
    .where(and(live(asTable(disabilitiesTable), enrollmentId, stage), eq(disabilitiesTable.InformationDate, date)));
  const Disabilities = rows.map(
    (r) =>
      ({
        DisabilityType: r.DisabilityType,
        DisabilityResponse: r.DisabilityResponse,
        ...answersOf('Disabilities', r, DISABILITY_FIELDS),
      }) as DisabilityRow,
  );
  return { ...out, Disabilities };
}

type WriteTarget = {
  enrollmentId: string;
  personalId: string;
  stage: number;
  /** The InformationDate to store. */
  date: string;
  /** The InformationDate the rows have now, when an edit moves them (default: `date`). */
  fromDate?: string;
};

/** Writes the person's stage records: updates the rows of the stage and date, inserts missing ones. */
export async function writeStageAnswers(tx: DbOrTx, ctx: RequestContext, w: WriteTarget, a: MemberAnswers) {
  const now = hudNow();
  const stamp = { DateUpdated: now, UserID: ctx.user.id };
  const from = w.fromDate ?? w.date;
  for (const record of STAGE_RECORDS) {
    if (!hasAnswers(a[record])) continue;
    const { table, id, fields } = STAGE_TABLES[record];
    const t = asTable(table);
    const values = storable(record, a[record], fields);
    const [existing] = await tx
      .select()
      .from(t)
      .where(and(live(t, w.enrollmentId, w.stage), eq(t.InformationDate, from)))
      .limit(1);
    if (existing) {
      await tx
        .update(t)
        .set({ ...values, ...stamp, InformationDate: w.date, version: sql`${t.version} + 1` } as never)
        .where(eq((table as unknown as Record<string, PgColumn>)[id] as PgColumn, (existing as Row)[id] as string));
    } else {
      await tx.insert(t).values({
        ...values,
        [id]: newId(),
        EnrollmentID: w.enrollmentId,
        PersonalID: w.personalId,
        InformationDate: w.date,
        DataCollectionStage: w.stage,
        DateCreated: now,
        ...stamp,
      } as never);
    }
  }
  for (const d of a.Disabilities) {
    if (d.DisabilityResponse === null || d.DisabilityResponse === undefined) continue;
    const values = { ...storable('Disabilities', d, DISABILITY_FIELDS), DisabilityResponse: d.DisabilityResponse };
    const [existing] = await tx
      .select({ id: disabilitiesTable.DisabilitiesID })
      .from(disabilitiesTable)
      .where(
        and(
          live(asTable(disabilitiesTable), w.enrollmentId, w.stage),
          eq(disabilitiesTable.InformationDate, from),
          eq(disabilitiesTable.DisabilityType, Number(d.DisabilityType)),
        ),
      )
      .limit(1);
    if (existing) {
      await tx
        .update(disabilitiesTable)
        .set({ ...values, ...stamp, InformationDate: w.date, version: sql`${disabilitiesTable.version} + 1` } as never)
        .where(eq(disabilitiesTable.DisabilitiesID, existing.id));
    } else {
      await tx.insert(disabilitiesTable).values({
        ...values,
        DisabilitiesID: newId(),
        EnrollmentID: w.enrollmentId,
        PersonalID: w.personalId,
        InformationDate: w.date,
        DataCollectionStage: w.stage,
        DisabilityType: Number(d.DisabilityType),
        DateCreated: now,
        ...stamp,
      } as never);
    }
  }
}

const ALL_TABLES = [...Object.values(STAGE_TABLES).map((s) => s.table), disabilitiesTable].map(asTable);

/** Moves every row of a stage to a new InformationDate (entry rows follow the start date, exit rows the exit date). */
export async function moveStageDate(
  tx: DbOrTx,
  ctx: RequestContext,
  enrollmentId: string,
  stage: number,
  date: string,
) {
  for (const t of ALL_TABLES) {
    await tx
      .update(t)
      .set({
        InformationDate: date,
        DateUpdated: hudNow(),
        UserID: ctx.user.id,
        version: sql`${t.version} + 1`,
      } as never)
      .where(and(live(t, enrollmentId, stage), ne(t.InformationDate, date)));
  }
}

/** Soft-deletes every row of a stage (an exit entered in error takes its exit assessment with it). */
export async function deleteStageRows(tx: DbOrTx, ctx: RequestContext, enrollmentId: string, stage: number) {
  const now = hudNow();
  for (const t of ALL_TABLES) {
    await tx
      .update(t)
      .set({ DateDeleted: now, DateUpdated: now, UserID: ctx.user.id, version: sql`${t.version} + 1` } as never)
      .where(live(t, enrollmentId, stage));
  }
}

export type AssessmentRef = {
  EnrollmentID: string;
  PersonalID: string;
  DataCollectionStage: number;
  InformationDate: string;
};

/** Every assessment (stage and date) recorded for the enrollments. */
export async function listAssessments(db: DbOrTx, enrollmentIds: string[]): Promise<AssessmentRef[]> {
  if (!enrollmentIds.length) return [];
  const seen = new Map<string, AssessmentRef>();
  for (const t of ALL_TABLES) {
    const rows = await db
      .selectDistinct({
        EnrollmentID: t.EnrollmentID,
        PersonalID: t.PersonalID,
        DataCollectionStage: t.DataCollectionStage,
        InformationDate: t.InformationDate,
      })
      .from(t)
      .where(and(inArray(t.EnrollmentID, enrollmentIds), isNull(t.DateDeleted)));
    for (const r of rows) seen.set(`${r.EnrollmentID}|${r.DataCollectionStage}|${r.InformationDate}`, r);
  }
  return [...seen.values()].sort(
    (a, b) => a.InformationDate.localeCompare(b.InformationDate) || a.DataCollectionStage - b.DataCollectionStage,
  );
}

/** The most recent answers recorded for the enrollment (any stage), for "default from last assessment". */
export async function loadLatestAnswers(
  db: DbOrTx,
  enrollmentId: string,
  onOrBefore?: string,
): Promise<Pick<MemberAnswers, StageRecord | 'Disabilities'>> {
  const out = { IncomeBenefits: {}, HealthAndDV: {}, EmploymentEducation: {}, YouthEducationStatus: {} } as Pick<
    MemberAnswers,
    StageRecord
  >;
  const notAfter = (t: StageTable) => (onOrBefore ? sql`${t.InformationDate} <= ${onOrBefore}` : undefined);
  for (const record of STAGE_RECORDS) {
    const { table, fields } = STAGE_TABLES[record];
    const t = asTable(table);
    const [row] = await db
      .select()
      .from(t)
      .where(and(eq(t.EnrollmentID, enrollmentId), isNull(t.DateDeleted), notAfter(t)))
      .orderBy(sql`${t.InformationDate} DESC, ${t.DateUpdated} DESC`)
      .limit(1);
    if (row) out[record] = answersOf(record, row, fields);
  }
  const d = asTable(disabilitiesTable);
  const [latest] = await db
    .select({ date: d.InformationDate })
    .from(d)
    .where(and(eq(d.EnrollmentID, enrollmentId), isNull(d.DateDeleted), notAfter(d)))
    .orderBy(sql`${d.InformationDate} DESC`)
    .limit(1);
  const rows = latest
    ? await db
        .select()
        .from(disabilitiesTable)
        .where(
          and(
            eq(disabilitiesTable.EnrollmentID, enrollmentId),
            isNull(disabilitiesTable.DateDeleted),
            eq(disabilitiesTable.InformationDate, latest.date),
          ),
        )
    : [];
  const byType = new Map<number, DisabilityRow>();
  for (const r of rows)
    byType.set(r.DisabilityType, {
      DisabilityType: r.DisabilityType,
      DisabilityResponse: r.DisabilityResponse,
      ...answersOf('Disabilities', r, DISABILITY_FIELDS),
    } as DisabilityRow);
  return { ...out, Disabilities: [...byType.values()] };
}
