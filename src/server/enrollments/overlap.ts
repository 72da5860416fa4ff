// One person cannot be enrolled twice in the same project at the same time.
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { enrollmentTable } from '../../db/schema/index.ts';
import { loadExits } from '../households/load-household.ts';

export type Overlap = { EnrollmentID: string; EntryDate: string; ExitDate: string | null };

/**
 * The first other enrollment of the client in the project whose dates overlap [entry, exit)
 * (exit null = still open). Leaving on the day another stay starts is not an overlap.
 */
export async function findOverlap(
  db: DbOrTx,
  w: { PersonalID: string; ProjectID: string; EntryDate: string; ExitDate: string | null; except?: string },
): Promise<Overlap | undefined> {
  const rows = await db
    .select({ EnrollmentID: enrollmentTable.EnrollmentID, EntryDate: enrollmentTable.EntryDate })
    .from(enrollmentTable)
    .where(
      and(
        eq(enrollmentTable.PersonalID, w.PersonalID),
        eq(enrollmentTable.ProjectID, w.ProjectID),
        isNull(enrollmentTable.DateDeleted),
        w.except ? ne(enrollmentTable.EnrollmentID, w.except) : undefined,
      ),
    );
  const exits = await loadExits(
    db,
    rows.map((r) => r.EnrollmentID),
  );
  for (const r of rows.sort((a, b) => a.EntryDate.localeCompare(b.EntryDate))) {
    const otherExit = exits.get(r.EnrollmentID)?.ExitDate ?? null;
    const startsBeforeOtherEnds = otherExit === null || w.EntryDate < otherExit;
    const otherStartsBeforeThisEnds = w.ExitDate === null || r.EntryDate < w.ExitDate;
    if (startsBeforeOtherEnds && otherStartsBeforeThisEnds) return { ...r, ExitDate: otherExit };
  }
  return undefined;
}

export const overlapMessage = (name: string, projectName: string, o: Overlap) =>
  `${name} already has an enrollment in ${projectName} from ${o.EntryDate} ${
    o.ExitDate ? `to ${o.ExitDate}` : '(still open)'
  } that overlaps these dates. Exit or correct that enrollment first, or change the project start date.`;
