import { cleanFileName, contentDisposition, detectFileType } from './file-type';

const bytes = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('detectFileType', () => {
  it('knows each accepted format by its first bytes when the name agrees', () => {
    expect(detectFileType(bytes('%PDF-1.7\n'), 'opas.pdf')?.mimeType).toBe('application/pdf');
    expect(detectFileType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'rest'), 'kansi.PNG')?.mimeType).toBe(
      'image/png',
    );
    expect(detectFileType(bytes([0xff, 0xd8, 0xff, 0xe0]), 'kuva.jpeg')?.mimeType).toBe('image/jpeg');
    expect(detectFileType(bytes('GIF89a....'), 'a.gif')?.mimeType).toBe('image/gif');
    expect(detectFileType(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'a.webp')?.mimeType).toBe('image/webp');
    expect(detectFileType(bytes([0x50, 0x4b, 0x03, 0x04], 'zip'), 'ohje.docx')?.mimeType).toContain('wordprocessingml');
    expect(detectFileType(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'vanha.xls')?.mimeType).toBe(
      'application/vnd.ms-excel',
    );
  });

  it('refuses text named as a PDF, a zip that is not Office, and content that disagrees with its name', () => {
    expect(detectFileType(bytes('just text'), 'fake.pdf')).toBeNull();
    expect(detectFileType(bytes([0x50, 0x4b, 0x03, 0x04]), 'archive.zip')).toBeNull();
    expect(detectFileType(bytes('%PDF-1.4'), 'image.png')).toBeNull();
    expect(detectFileType(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'logo.svg')).toBeNull();
  });
});

describe('file names', () => {
  it('drops paths and quotes and keeps non-ASCII names in the UTF-8 form', () => {
    expect(cleanFileName('C:\\temp\\"Opas".pdf')).toBe('Opas.pdf');
    expect(contentDisposition('application/pdf', 'Perehdytys ä.pdf')).toBe(
      `inline; filename="Perehdytys a_.pdf"; filename*=UTF-8''Perehdytys%20%C3%A4.pdf`,
    );
    expect(contentDisposition('application/msword', 'a.doc')).toMatch(/^attachment;/);
  });

  it('strips control, bidi and invisible characters from names, also when serving a name stored before', () => {
    expect(cleanFileName('lasku\u202egpj.pdf')).toBe('laskugpj.pdf');
    expect(cleanFileName('a\r\nb\u2066c\u200bd\u0085.pdf')).toBe('abcd.pdf');
    expect(cleanFileName('\u202e\u200f')).toBe('file');
    const header = contentDisposition('application/pdf', 'lasku\u202egpj\ud800.pdf');
    expect(header).toBe(`inline; filename="laskugpj.pdf"; filename*=UTF-8''laskugpj.pdf`);
  });
});
