import { TIME_ZONE } from '@kotopaikka/contracts';

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

export const CERTIFICATE_ISSUER = 'Kotopaikka';

export interface CertificateContent {
  locale: string;
  learnerName: string;
  courseTitle: string;
  completedAt: Date;
  estimatedMinutes: number;
  municipalityName: string | null;
  code: string;
  verifyUrl: string;
}

const LABELS: Record<
  string,
  { heading: string; completed: string; date: string; hours: string; issuer: string; verify: string }
> = {
  fi: {
    heading: 'Todistus',
    completed: 'on suorittanut kurssin',
    date: 'Suoritettu',
    hours: 'Arvioitu laajuus',
    issuer: 'Myöntäjä',
    verify: 'Tarkista todistus',
  },
  en: {
    heading: 'Certificate',
    completed: 'has completed the course',
    date: 'Completed',
    hours: 'Estimated workload',
    issuer: 'Issued by',
    verify: 'Verify this certificate',
  },
};

// The server bundle copies src/assets next to main.js; under ts-jest the file sits in the source tree.
const FONT_CANDIDATES = [
  join(__dirname, 'assets', 'fonts', 'DejaVuSans.ttf'),
  join(__dirname, '..', '..', 'assets', 'fonts', 'DejaVuSans.ttf'),
];

function fontPath(): string {
  const found = FONT_CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error(`certificate font missing; looked in ${FONT_CANDIDATES.join(', ')}`);
  return found;
}

export function issuerLine(municipalityName: string | null): string {
  return municipalityName ? `${CERTIFICATE_ISSUER} · ${municipalityName}` : CERTIFICATE_ISSUER;
}

function hours(minutes: number, locale: string): string {
  const value = Math.round((minutes / 60) * 10) / 10;
  const number = new Intl.NumberFormat(locale === 'fi' ? 'fi-FI' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
  return locale === 'fi' ? `${number} h` : `${number} h`;
}

function helsinkiDate(instant: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'fi' ? 'fi-FI' : 'en-GB', {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(instant);
}

/**
 * One A4 page. One embedded font (DejaVu Sans: Latin, Cyrillic, Arabic) for every line, so the text can be
 * read back through its single ToUnicode map; the fields also go into the document information.
 */
export async function renderCertificatePdf(content: CertificateContent): Promise<Buffer> {
  const labels = LABELS[content.locale] ?? LABELS['fi'];
  const qr = QRCode.create(content.verifyUrl, { errorCorrectionLevel: 'M' });
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: {
      Title: `${labels.heading}: ${content.courseTitle}`,
      Author: CERTIFICATE_ISSUER,
      Subject: content.learnerName,
      Keywords: content.code,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font(fontPath());
  const width = doc.page.width - 112;
  doc.fillColor('#0b5394').fontSize(14).text(CERTIFICATE_ISSUER, { width, align: 'center' });
  doc.moveDown(1.5).fillColor('#1a1a1a').fontSize(32).text(labels.heading, { width, align: 'center' });
  doc.moveDown(1).fontSize(24).text(content.learnerName, { width, align: 'center' });
  doc.moveDown(0.5).fontSize(14).text(labels.completed, { width, align: 'center' });
  doc.moveDown(0.5).fontSize(20).text(content.courseTitle, { width, align: 'center' });
  doc.moveDown(1.5).fontSize(12);
  doc.text(`${labels.date}: ${helsinkiDate(content.completedAt, content.locale)}`, { width, align: 'center' });
  doc.text(`${labels.hours}: ${hours(content.estimatedMinutes, content.locale)}`, { width, align: 'center' });
  doc.text(`${labels.issuer}: ${issuerLine(content.municipalityName)}`, { width, align: 'center' });

  // The QR code as filled squares: vector, sharp at any zoom, no image decoder needed.
  const modules = qr.modules;
  const cell = 3;
  const size = modules.size * cell;
  const left = (doc.page.width - size) / 2;
  const top = doc.y + 24;
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) doc.rect(left + col * cell, top + row * cell, cell, cell);
    }
  }
  doc.fill('#000000');
  doc.fillColor('#1a1a1a').fontSize(10);
  doc.text(`${labels.verify}:`, 56, top + size + 16, { width, align: 'center' });
  // The address on one unbroken line, so it can be typed or copied whole: shrink it rather than wrap it.
  let urlSize = 10;
  while (urlSize > 6 && doc.fontSize(urlSize).widthOfString(content.verifyUrl) > width) urlSize -= 0.5;
  doc.text(content.verifyUrl, { width, align: 'center', lineBreak: false });
  doc.moveDown(0.2).fontSize(10).text(content.code, 56, doc.y, { width, align: 'center' });
  doc.end();
  return done;
}
