// Client ID card: a printable card (CR80, 3.375 × 2.125 in) with the client ID as a Code 128
// barcode. Scanners type the ID followed by Enter, which Find Client and service batches accept.
import bwipjs from 'bwip-js/node';
import { eq } from 'drizzle-orm';
import PDFDocument from 'pdfkit';
import { clientPhotoTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { requireClientAccess } from './client-access.ts';

const WIDTH = 243;
const HEIGHT = 153;

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c));
  return Buffer.concat(chunks);
}

export async function clientIdCard(deps: Deps, ctx: RequestContext, personalId: string): Promise<Buffer> {
  const { db } = deps.database;
  const { client, profile } = await requireClientAccess(db, ctx, personalId);
  const barcode = await bwipjs.toBuffer({
    bcid: 'code128',
    text: client.PersonalID,
    scale: 3,
    height: 12,
    includetext: false,
  });
  let photo: Buffer | undefined;
  if (profile?.photoId) {
    const [row] = await db.select().from(clientPhotoTable).where(eq(clientPhotoTable.id, profile.photoId));
    if (row) photo = await readAll(await deps.storage.get(row.thumbnailKey));
  }
  const doc = new PDFDocument({ size: [WIDTH, HEIGHT], margin: 0, info: { Title: 'Client ID card' } });
  const done = readAll(doc);
  doc.rect(0, 0, WIDTH, 22).fill('#1c4e80');
  doc.fillColor('#ffffff').font('Helvetica-Bold').fontSize(10).text('Hearth HMIS  ·  Client ID card', 10, 7);
  const textX = photo ? 78 : 12;
  if (photo) doc.image(photo, 12, 30, { width: 58, height: 58 });
  const name = [client.FirstName, client.LastName].filter(Boolean).join(' ') || 'Client';
  doc
    .fillColor('#000000')
    .font('Helvetica-Bold')
    .fontSize(12)
    .text(name, textX, 34, { width: WIDTH - textX - 10 });
  doc.font('Helvetica').fontSize(9).text('Client ID', textX, 58);
  doc.font('Helvetica-Bold').fontSize(14).text(client.PersonalID, textX, 68);
  doc.image(barcode, 12, 98, { fit: [WIDTH - 24, 40], align: 'center' });
  doc.end();
  const pdf = await done;
  await recordAudit(db, ctx, {
    action: 'client.id_card_printed',
    entityType: 'client',
    entityId: personalId,
    clientId: personalId,
  });
  return pdf;
}
