// The access log printed for the client (HIPAA's accounting of disclosures): every entry, as a
// PDF table, headed with the client and when and by whom it was printed.
import PDFDocument from 'pdfkit';
import type { ClientRow } from '../access/client.ts';
import type { RequestContext } from '../http/context.ts';
import { hudNow } from '../http/ids.ts';
import type { AccessLogEntry } from './access-log.schema.ts';

const COLUMNS = [
  { title: 'When', width: 110 },
  { title: 'Who', width: 110 },
  { title: 'Organization', width: 130 },
  { title: 'What', width: 154 },
] as const;
const LEFT = 54;

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

export function accessLogPdf(client: ClientRow, entries: AccessLogEntry[], ctx: RequestContext): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'LETTER', margin: LEFT, info: { Title: 'Who has seen this record' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const name = [client.FirstName, client.LastName].filter(Boolean).join(' ') || 'Client';
  doc.font('Helvetica-Bold').fontSize(16).text('Who has seen this record');
  doc.moveDown(0.3).font('Helvetica').fontSize(11).text(`${name} (Client ID ${client.PersonalID})`);
  doc
    .fontSize(9)
    .fillColor('#555')
    .text(
      `Every view and change of this client's record in Hearth, newest first: ${entries.length} entries. ` +
        `Printed ${hudNow()} by ${ctx.user.firstName} ${ctx.user.lastName}. Confidential client information.`,
    );
  doc.moveDown().fillColor('#000');
  const row = (cells: string[], bold: boolean) => {
    const heights = cells.map((c, i) => doc.heightOfString(c, { width: (COLUMNS[i]?.width ?? 100) - 6 }));
    const height = Math.max(...heights) + 4;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    let x = LEFT;
    for (const [i, c] of cells.entries()) {
      const width = COLUMNS[i]?.width ?? 100;
      doc.text(c, x, y, { width: width - 6 });
      x += width;
    }
    doc.x = LEFT;
    doc.y = y + height;
  };
  row(
    COLUMNS.map((c) => c.title),
    true,
  );
  for (const e of entries) row([when(e.at), e.userName, e.organizationName ?? '', e.description], false);
  if (!entries.length) doc.font('Helvetica').fontSize(10).text('Nobody has opened this record yet.');
  doc.end();
  return done;
}
