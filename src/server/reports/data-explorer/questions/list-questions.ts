// The questions a user may open: built-in ones, their own, and those others shared ("Only show my
// questions" leaves just their own).
import { and, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../../db/connect.ts';
import { appUserTable, explorerQuestionTable } from '../../../../db/schema/index.ts';
import type { RequestContext } from '../../../http/context.ts';
import { BUILT_IN_QUESTIONS } from './built-in-questions.ts';
import type { QuestionView } from './schemas.ts';

export async function listQuestions(
  db: DbOrTx,
  ctx: RequestContext,
  opts: { mine: boolean; search?: string },
): Promise<QuestionView[]> {
  const t = explorerQuestionTable;
  const who: SQL | undefined = opts.mine
    ? eq(t.ownerId, ctx.user.id)
    : or(eq(t.ownerId, ctx.user.id), eq(t.shared, true));
  const text = opts.search?.trim().toLowerCase();
  const rows = await db
    .select({ q: t, first: appUserTable.firstName, last: appUserTable.lastName })
    .from(t)
    .leftJoin(appUserTable, eq(appUserTable.id, t.ownerId))
    .where(and(who, text ? ilike(t.name, `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`) : undefined))
    .orderBy(desc(t.updatedAt));
  const saved = rows.map(({ q, first, last }) =>
    toQuestionView(ctx, q, first ? `${first} ${last ?? ''}`.trim() : null),
  );
  const builtIn = opts.mine
    ? []
    : BUILT_IN_QUESTIONS.filter((b) => !text || b.name.toLowerCase().includes(text)).map((b) => ({
        id: b.id,
        name: b.name,
        description: b.description,
        question: b.question,
        shared: true,
        builtIn: true,
        mine: false,
        ownerName: null,
        version: 1,
      }));
  return [...builtIn, ...saved];
}

export function toQuestionView(
  ctx: RequestContext,
  q: typeof explorerQuestionTable.$inferSelect,
  ownerName: string | null,
): QuestionView {
  return {
    id: q.id,
    name: q.name,
    description: q.description,
    question: q.question,
    shared: q.shared,
    builtIn: false,
    mine: q.ownerId === ctx.user.id,
    ownerName,
    version: q.version,
  };
}
