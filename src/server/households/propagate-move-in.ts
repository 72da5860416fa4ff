// A household moves in together: members without a move-in date take the head of household's
// (or their own start date, if they joined after the move-in).
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { enrollmentTable } from '../../db/schema/index.ts';
import { laterOf } from '../../hud/rules/dates.ts';
import type { RequestContext } from '../http/context.ts';
import { hudNow } from '../http/ids.ts';
import type { HouseholdMember } from './load-household.ts';

export async function propagateMoveIn(tx: DbOrTx, ctx: RequestContext, members: HouseholdMember[], moveIn: string) {
  for (const m of members) {
    const e = m.enrollment;
    if (e.RelationshipToHoH === 1 || m.exit) continue;
    await tx
      .update(enrollmentTable)
      .set({
        MoveInDate: laterOf(moveIn, e.EntryDate),
        DateUpdated: hudNow(),
        UserID: ctx.user.id,
        version: sql`${enrollmentTable.version} + 1`,
      })
      .where(and(eq(enrollmentTable.EnrollmentID, e.EnrollmentID), isNull(enrollmentTable.MoveInDate)));
  }
}
