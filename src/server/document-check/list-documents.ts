// A client's Document Check page: the documents the user's organization may see and the checklist
// of the CoC's document types (required ones first), with what is still missing.
import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/connect.ts';
import { documentTypeTable } from '../../db/schema/index.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import type { RequestContext } from '../http/context.ts';
import { toDocumentView, visibleDocuments } from './document-access.ts';
import { requiredDocuments } from './document-check-status.ts';
import type { ClientDocumentView, checklistView } from './schemas.ts';

type Checklist = z.infer<typeof checklistView>;
type ItemStatus = Checklist['items'][number]['status'];
// Which document of a type counts for the checklist: the most complete one.
const RANK: Record<ClientDocumentView['status'], number> = { verified: 4, received: 3, requested: 2, expired: 1 };

export async function listDocuments(
  db: DbOrTx,
  ctx: RequestContext,
  personalId: string,
): Promise<{ items: ClientDocumentView[]; checklist: Checklist }> {
  const items = (await visibleDocuments(db, ctx, personalId)).map(toDocumentView);
  const required = await requiredDocuments(db, currentOrganization(ctx), [personalId]);
  const requiredIds = new Set(required.map((r) => r.type_id));
  const types = await db
    .select({ id: documentTypeTable.id, name: documentTypeTable.name })
    .from(documentTypeTable)
    .where(eq(documentTypeTable.active, true))
    .orderBy(asc(documentTypeTable.sortOrder), asc(documentTypeTable.name));
  const best = new Map<string, ClientDocumentView['status']>();
  for (const i of items) {
    const prev = best.get(i.documentTypeId);
    if (!prev || RANK[i.status] > RANK[prev]) best.set(i.documentTypeId, i.status);
  }
  const checklistItems = types
    .filter((t) => requiredIds.has(t.id) || best.has(t.id))
    .map((t) => ({
      documentTypeId: t.id,
      name: t.name,
      required: requiredIds.has(t.id),
      status: (best.get(t.id) ?? 'missing') as ItemStatus,
    }))
    .sort((a, b) => Number(b.required) - Number(a.required));
  return {
    items,
    checklist: {
      ready: required.filter((r) => r.ready).length,
      required: required.length,
      missing: required.filter((r) => !r.ready).map((r) => r.name),
      items: checklistItems,
    },
  };
}
