// Real files for Document Check tests: a PDF made by pdfkit and a PNG made by sharp.
import PDFDocument from 'pdfkit';
import sharp from 'sharp';

export function pdfFile(text: string, pages = 1): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ compress: false });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (let i = 0; i < pages; i++) {
      if (i) doc.addPage();
      doc.text(text);
    }
    doc.end();
  });
}

export function pngFile(): Promise<Buffer> {
  return sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .png()
    .toBuffer();
}
