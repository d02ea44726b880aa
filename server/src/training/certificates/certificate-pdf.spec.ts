import { renderCertificatePdf } from './certificate-pdf';
import { pdfText } from './pdf-text.test-support';

describe('renderCertificatePdf', () => {
  it('keeps the verification address on one unbroken line, however wide its characters', async () => {
    // W and M are the widest glyphs of the code alphabet: the case that used to wrap the address.
    const code = 'WMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWM';
    const verifyUrl = `https://koulutus.kotopaikka.example.fi/verify/${code}`;
    const pdf = await renderCertificatePdf({
      locale: 'fi',
      learnerName: 'محمد الأحمد',
      courseTitle: 'Kielitietoinen ohjaus',
      completedAt: new Date('2026-11-20T10:00:00Z'),
      estimatedMinutes: 70,
      municipalityName: 'Saarijärvi',
      code,
      verifyUrl,
    });
    const lines = pdfText(pdf).split('\n');
    expect(lines).toContain(verifyUrl);
    expect(lines).toContain(code);
  });
});
