// Client Photo: an uploaded or camera image, checked to be an image and re-encoded as JPEG
// (EXIF and location data dropped, size bounded) with a thumbnail for lists.
import sharp from 'sharp';
import { clientPhotoTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { AppError } from '../http/errors.ts';
import { newId } from '../http/ids.ts';
import { requireClientAccess } from './client-access.ts';
import { setProfilePhoto } from './client-profile.ts';

const IMAGE_FORMATS = ['jpeg', 'png', 'webp', 'gif', 'heif', 'avif', 'tiff'];

export const notAnImage = () =>
  new AppError(415, 'unsupported_media_type', 'A client photo must be an image (JPEG, PNG, WebP, GIF or HEIC)');

/** Decodes the upload and returns the stored JPEG and its thumbnail; 415 when it is no image. */
export async function reencodePhoto(data: Buffer) {
  const format = await sharp(data)
    .metadata()
    .then((m) => m.format)
    .catch(() => undefined);
  if (!format || !IMAGE_FORMATS.includes(format)) throw notAnImage();
  try {
    const photo = await sharp(data)
      .rotate()
      .resize({ width: 1200, height: 1200, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 85 })
      .toBuffer({ resolveWithObject: true });
    const thumbnail = await sharp(photo.data).resize({ width: 160, height: 160, fit: 'cover' }).jpeg().toBuffer();
    return { photo: photo.data, width: photo.info.width, height: photo.info.height, thumbnail };
  } catch {
    // Headers said image but the pixels do not decode.
    throw notAnImage();
  }
}

export async function uploadPhoto(deps: Deps, ctx: RequestContext, personalId: string, data: Buffer) {
  const { db } = deps.database;
  const organizationId = currentOrganization(ctx);
  await requireClientAccess(db, ctx, personalId);
  const { photo, thumbnail, width, height } = await reencodePhoto(data);
  const id = newId();
  const storageKey = `clients/photos/${id}.jpg`;
  const thumbnailKey = `clients/photos/${id}-thumb.jpg`;
  await deps.storage.put(storageKey, photo);
  await deps.storage.put(thumbnailKey, thumbnail);
  try {
    await db.transaction(async (tx) => {
      await requireClientAccess(tx, ctx, personalId);
      await tx.insert(clientPhotoTable).values({
        id,
        personalId,
        storageKey,
        thumbnailKey,
        width,
        height,
        sizeBytes: photo.length,
        organizationId,
        createdBy: ctx.user.id,
        updatedBy: ctx.user.id,
      });
      await setProfilePhoto(tx, personalId, id, ctx.user.id);
      await recordAudit(tx, ctx, {
        action: 'client.photo_uploaded',
        entityType: 'client_photo',
        entityId: id,
        clientId: personalId,
      });
    });
  } catch (e) {
    // The row never committed: do not leave its files behind.
    await deps.storage.remove(storageKey);
    await deps.storage.remove(thumbnailKey);
    throw e;
  }
  return { photoId: id };
}
