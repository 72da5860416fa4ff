// Where a household stands on the queue: the prioritization status of its latest 4.19
// assessment (by assessment date, then when it was recorded).
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { assessmentTable } from '../../db/schema/index.ts';

export async function latestPrioritization(db: DbOrTx, hohEnrollmentId: string): Promise<number | null> {
  const [a] = await db
    .select({ status: assessmentTable.PrioritizationStatus })
    .from(assessmentTable)
    .where(and(eq(assessmentTable.EnrollmentID, hohEnrollmentId), isNull(assessmentTable.DateDeleted)))
    .orderBy(
      desc(assessmentTable.AssessmentDate),
      desc(assessmentTable.DateCreated),
      desc(assessmentTable.AssessmentID),
    )
    .limit(1);
  return a?.status ?? null;
}
