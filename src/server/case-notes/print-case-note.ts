// A read-only case note as a clean PDF for the paper file. Only read-only notes print, so the
// paper copy cannot drift from what is stored.
import { eq } from 'drizzle-orm';
import PDFDocument from 'pdfkit';
import { organizationTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireClientAccess } from '../clients/client-access.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { AppError } from '../http/errors.ts';
import { hudNow } from '../http/ids.ts';
import { findServices } from '../services/find-services.ts';
import { findCaseNote } from './find-case-notes.ts';

export async function printCaseNote(deps: Deps, ctx: RequestContext, id: string): Promise<Buffer> {
  const { db } = deps.database;
  const note = await findCaseNote(db, ctx, id);
  if (!note.readOnly) {
    throw new AppError(409, 'not_read_only', 'Only read-only case notes print: check Read Only and save first');
  }
  const { client } = await requireClientAccess(db, ctx, note.PersonalID);
  const [{ items: services }, [org]] = await Promise.all([
    findServices(db, ctx, { caseNoteId: id }),
    db
      .select({ name: organizationTable.OrganizationName })
      .from(organizationTable)
      .where(eq(organizationTable.OrganizationID, note.organizationId)),
  ]);
  await recordAudit(db, ctx, {
    action: 'case_note.print',
    entityType: 'case_note',
    entityId: id,
    clientId: note.PersonalID,
  });

  const doc = new PDFDocument({ size: 'LETTER', margin: 54, info: { Title: note.title, Author: org?.name ?? '' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor('#555')
    .text(`${org?.name ?? ''} · Case note`);
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(18).fillColor('#000').text(note.title);
  doc.moveDown(0.5).font('Helvetica').fontSize(11);
  const line = (label: string, value: string) =>
    doc.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(value);
  const name = [client.FirstName, client.LastName].filter(Boolean).join(' ');
  line('Client', `${name} (Client ID ${note.PersonalID})`);
  line('Date', note.noteDate);
  if (note.ProjectName) line('Enrollment', note.ProjectName);
  line('Written by', note.author.name);
  doc.moveDown().moveTo(54, doc.y).lineTo(558, doc.y).strokeColor('#999').stroke().moveDown();
  doc.font('Helvetica').fontSize(11).text(note.note, { align: 'left', lineGap: 2 });
  if (services.length) {
    doc.moveDown().font('Helvetica-Bold').text('Services recorded with this note');
    doc.font('Helvetica');
    for (const s of services) {
      doc.text(
        `${s.DateProvided}  ${s.serviceName}: ${s.units} ${s.unitLabel}${s.unitValue ? ` × $${s.unitValue.toFixed(2)}` : ''} (${s.ProjectName})`,
      );
    }
  }
  doc
    .moveDown(2)
    .fontSize(8)
    .fillColor('#555')
    .text(`Printed ${hudNow()} by ${ctx.user.firstName} ${ctx.user.lastName}. Confidential client information.`);
  doc.end();
  return done;
}
