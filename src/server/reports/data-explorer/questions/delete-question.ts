// Deletes a question its owner saved; others' questions (shared or not) answer 404.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../../db/connect.ts';
import { explorerQuestionTable } from '../../../../db/schema/index.ts';
import { recordAudit } from '../../../audit/record-audit.ts';
import type { RequestContext } from '../../../http/context.ts';
import { notFound } from '../../../http/errors.ts';

export async function deleteQuestion(db: Db, ctx: RequestContext, id: string): Promise<void> {
  const t = explorerQuestionTable;
  await db.transaction(async (tx) => {
    const gone = await tx
      .delete(t)
      .where(and(eq(t.id, id), eq(t.ownerId, ctx.user.id)))
      .returning({ id: t.id });
    if (!gone.length) throw notFound('The question');
    await recordAudit(tx, ctx, { action: 'explorer_question.delete', entityType: 'explorer_question', entityId: id });
  });
}
