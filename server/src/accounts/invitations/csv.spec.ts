import { decodeCsvText, detectSeparator, NotText, parseCsv } from './csv';

describe('invitation CSV reading', () => {
  it('strips a BOM and reads Finnish Excel output (semicolons, CRLF)', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('email;displayName\r\nä@x.fi;Äijä\r\n', 'utf8')]);
    const text = decodeCsvText(bytes);
    expect(detectSeparator(text)).toBe(';');
    expect(parseCsv(text, ';')).toEqual([
      { line: 1, cells: ['email', 'displayName'] },
      { line: 2, cells: ['ä@x.fi', 'Äijä'] },
    ]);
  });

  it('reads commas, quoted cells with separators, doubled quotes and line breaks, and skips blank lines', () => {
    const text = 'email,displayName,audience\n\na@x.fi,"Virtanen, ""Maija""\nK.",other\nb@x.fi,Bo,employer';
    expect(detectSeparator(text)).toBe(',');
    expect(parseCsv(text, ',')).toEqual([
      { line: 1, cells: ['email', 'displayName', 'audience'] },
      { line: 3, cells: ['a@x.fi', 'Virtanen, "Maija"\nK.', 'other'] },
      { line: 5, cells: ['b@x.fi', 'Bo', 'employer'] },
    ]);
  });

  it('refuses bytes that are not UTF-8 text', () => {
    expect(() => decodeCsvText(Buffer.from([0x65, 0x6d, 0xe4, 0x3b]))).toThrow(NotText);
    expect(() => decodeCsvText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]))).toThrow(NotText);
  });
});
