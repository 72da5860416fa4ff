// Tables as a PDF: landscape pages, the header row repeated on every page a table runs onto, and
// "Page n of m" at the foot of each page. Wide tables get legal paper and a smaller type size.
import PDFDocument from 'pdfkit';
import { cellText, ENGLISH_WORDS, type OutputDocument, type OutputTable, type OutputWords } from './table.ts';

const MARGIN = 30;
const FOOT = 18;
const PAD = 2;

type Doc = PDFKit.PDFDocument;

function fontSizeFor(columns: number): number {
  if (columns <= 8) return 9;
  if (columns <= 14) return 8;
  if (columns <= 22) return 7;
  return 6;
}

/**
 * Column widths in points: every column at least as wide as its longest word (IDs and dates do not
 * break), the rest of the page shared by how long its text typically is.
 */
function widths(doc: Doc, table: OutputTable, total: number, size: number): number[] {
  doc.font('Helvetica').fontSize(size);
  const sample = table.rows.slice(0, 200);
  const mins: number[] = [];
  const wants = table.columns.map((c) => {
    let longest = doc.widthOfString(c.label) * 0.7;
    let word = size * 3;
    for (const r of sample) {
      const text = cellText(r[c.key], c.type);
      longest = Math.max(longest, doc.widthOfString(text));
      for (const w of text.split(/\s+/)) if (w.length > 3) word = Math.max(word, doc.widthOfString(w));
    }
    mins.push(Math.min(word, size * 16) + PAD * 2);
    return Math.min(Math.max(longest, size * 3), size * 22) + PAD * 2;
  });
  const minSum = mins.reduce((a, b) => a + b, 0);
  if (minSum >= total) return mins.map((m) => (m / minSum) * total);
  const extra = wants.map((w, i) => Math.max(0, w - (mins[i] ?? 0)));
  const extraSum = extra.reduce((a, b) => a + b, 0);
  const spare = total - minSum;
  return mins.map((m, i) => m + (extraSum ? ((extra[i] ?? 0) / extraSum) * spare : spare / mins.length));
}

function cellHeight(doc: Doc, text: string, width: number, size: number): number {
  const inner = width - PAD * 2;
  if (!text || doc.widthOfString(text) <= inner) return size * 1.2 + PAD * 2;
  return doc.heightOfString(text, { width: inner }) + PAD * 2;
}

function drawRow(doc: Doc, texts: string[], ws: number[], y: number, h: number, header: boolean) {
  let x = MARGIN;
  if (header)
    doc
      .rect(
        MARGIN,
        y,
        ws.reduce((a, b) => a + b, 0),
        h,
      )
      .fill('#e8e8e8');
  doc.fillColor('#000').font(header ? 'Helvetica-Bold' : 'Helvetica');
  texts.forEach((t, i) => {
    const w = ws[i] ?? 0;
    doc.text(t, x + PAD, y + PAD, { width: w - PAD * 2, lineBreak: true });
    x += w;
  });
  doc
    .moveTo(MARGIN, y + h)
    .lineTo(x, y + h)
    .lineWidth(0.3)
    .strokeColor('#bbb')
    .stroke();
}

function drawTable(doc: Doc, table: OutputTable, bottom: number, words: OutputWords) {
  const size = fontSizeFor(table.columns.length);
  const ws = widths(doc, table, doc.page.width - MARGIN * 2, size);
  const labels = table.columns.map((c) => c.label);
  const headerHeight = () => {
    doc.font('Helvetica-Bold').fontSize(size);
    return Math.max(...labels.map((l, i) => cellHeight(doc, l, ws[i] ?? 0, size)));
  };
  const header = () => {
    const h = headerHeight();
    const y = doc.y;
    drawRow(doc, labels, ws, y, h, true);
    doc.y = y + h;
  };
  doc.font('Helvetica-Bold').fontSize(11).text(table.name, MARGIN, doc.y);
  doc.moveDown(0.3);
  doc.fontSize(size);
  header();
  if (!table.rows.length) {
    doc
      .font('Helvetica-Oblique')
      .fontSize(size)
      .text(words.noRows, MARGIN + PAD, doc.y + PAD);
    return;
  }
  for (const r of table.rows) {
    const texts = table.columns.map((c) => cellText(r[c.key], c.type));
    doc.font('Helvetica').fontSize(size);
    const h = Math.max(...texts.map((t, i) => cellHeight(doc, t, ws[i] ?? 0, size)));
    if (doc.y + h > bottom) {
      doc.addPage();
      doc.y = MARGIN;
      header();
      doc.font('Helvetica').fontSize(size);
    }
    const y = doc.y;
    drawRow(doc, texts, ws, y, h, false);
    doc.y = y + h;
  }
}

export function documentToPdf(input: OutputDocument): Promise<Buffer> {
  const words = input.words ?? ENGLISH_WORDS;
  const widest = Math.max(0, ...input.tables.map((t) => t.columns.length));
  const doc = new PDFDocument({
    size: widest > 16 ? 'LEGAL' : 'LETTER',
    layout: 'landscape',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: input.title, Creator: 'Hearth HMIS' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const bottom = doc.page.height - MARGIN - FOOT;
  doc.font('Helvetica-Bold').fontSize(14).text(input.title);
  doc.font('Helvetica').fontSize(8).fillColor('#444');
  for (const line of input.lines ?? []) doc.text(line);
  doc.fillColor('#000').moveDown(0.5);
  input.tables.forEach((t, i) => {
    if (i > 0) {
      if (doc.y + 80 > bottom) doc.addPage();
      else doc.moveDown(1);
    }
    drawTable(doc, t, bottom, words);
  });
  const range = doc.bufferedPageRange();
  const page = (n: number) => words.page.replace('{n}', String(n)).replace('{count}', String(range.count));
  // The footer sits in the bottom margin; without this pdfkit would start a new page for it.
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(7)
      .fillColor('#444')
      .text(`${input.title} · ${page(i + 1)}`, MARGIN, doc.page.height - MARGIN - 8, {
        width: doc.page.width - MARGIN * 2,
        align: 'right',
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}
