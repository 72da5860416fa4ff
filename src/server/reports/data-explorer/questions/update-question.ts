// Changes a question its owner saved (name, sharing, what it asks), version-checked.
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../../db/connect.ts';
import { explorerQuestionTable } from '../../../../db/schema/index.ts';
import { recordAudit } from '../../../audit/record-audit.ts';
import type { RequestContext } from '../../../http/context.ts';
import { notFound, staleVersion } from '../../../http/errors.ts';
import { assertVersion } from '../../../http/versions.ts';
import { assertNameFree, checkQuestion } from './save-question.ts';
import type { questionUpdate } from './schemas.ts';

export async function updateQuestion(db: Db, ctx: RequestContext, id: string, input: z.infer<typeof questionUpdate>) {
  const question = checkQuestion(input.question);
  const t = explorerQuestionTable;
  return db.transaction(async (tx) => {
    const mine = and(eq(t.id, id), eq(t.ownerId, ctx.user.id));
    const [stored] = await tx.select().from(t).where(mine);
    if (!stored) throw notFound('The question');
    assertVersion(stored.version, input.version, 'This question');
    await assertNameFree(tx, ctx.user.id, input.name, id);
    const [row] = await tx
      .update(t)
      .set({
        name: input.name,
        description: input.description || null,
        question,
        shared: input.shared,
        version: stored.version + 1,
        updatedAt: new Date(),
      })
      .where(and(mine, eq(t.version, input.version)))
      .returning();
    if (!row) throw staleVersion('This question');
    await recordAudit(tx, ctx, { action: 'explorer_question.update', entityType: 'explorer_question', entityId: id });
    return row;
  });
}
