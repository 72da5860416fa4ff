// Saves a new Data Explorer question under a name; checked against its subject's catalog first.
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, DbOrTx } from '../../../../db/connect.ts';
import { explorerQuestionTable } from '../../../../db/schema/index.ts';
import { recordAudit } from '../../../audit/record-audit.ts';
import type { RequestContext } from '../../../http/context.ts';
import { conflict, validationFailed } from '../../../http/errors.ts';
import { newId } from '../../../http/ids.ts';
import { type questionInput, savedQuestion } from './schemas.ts';

/** The question part checked; a problem names its field under `question.` (question.filters.0.to). */
export function checkQuestion(raw: Record<string, unknown>) {
  const parsed = savedQuestion.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[['question', ...issue.path].join('.')] ??= issue.message;
  throw validationFailed(fields);
}

/** Names are unique per owner (case aside). */
export async function assertNameFree(tx: DbOrTx, ownerId: string, name: string, except?: string) {
  const t = explorerQuestionTable;
  const [same] = await tx
    .select({ id: t.id })
    .from(t)
    .where(
      and(
        eq(t.ownerId, ownerId),
        sql`lower(${t.name}) = lower(${name})`,
        except ? sql`${t.id} <> ${except}` : undefined,
      ),
    );
  if (same) throw conflict(`You already have a question named “${name}”. Choose another name.`);
}

export async function saveQuestion(db: Db, ctx: RequestContext, input: z.infer<typeof questionInput>) {
  const question = checkQuestion(input.question);
  return db.transaction(async (tx) => {
    await assertNameFree(tx, ctx.user.id, input.name);
    const [row] = await tx
      .insert(explorerQuestionTable)
      .values({
        id: newId(),
        ownerId: ctx.user.id,
        name: input.name,
        description: input.description || null,
        question,
        shared: input.shared,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, ctx, {
      action: 'explorer_question.create',
      entityType: 'explorer_question',
      entityId: row.id,
    });
    return row;
  });
}
