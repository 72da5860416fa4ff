// Remove Photo: the client has no current photo afterwards. The photo row is kept, marked
// removed (nothing a user does is a hard delete), so a merge undo or an audit can still find it.
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { clientPhotoTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestContext } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import { requireClientAccess } from './client-access.ts';
import { setProfilePhoto } from './client-profile.ts';

export async function removePhoto(tx: DbOrTx, ctx: RequestContext, personalId: string) {
  const { profile } = await requireClientAccess(tx, ctx, personalId);
  const photoId = profile?.photoId;
  if (!photoId) throw notFound('The client photo');
  await tx
    .update(clientPhotoTable)
    .set({ removedAt: new Date(), removedBy: ctx.user.id, updatedAt: new Date(), updatedBy: ctx.user.id })
    .where(and(eq(clientPhotoTable.id, photoId), isNull(clientPhotoTable.removedAt)));
  await setProfilePhoto(tx, personalId, null, ctx.user.id);
  await recordAudit(tx, ctx, {
    action: 'client.photo_removed',
    entityType: 'client_photo',
    entityId: photoId,
    clientId: personalId,
  });
}
