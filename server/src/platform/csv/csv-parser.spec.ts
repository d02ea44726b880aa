import { CsvSyntaxError, decodeCsvText, detectSeparator, NotText, parseCsv } from './csv-parser';

describe('CSV reading', () => {
  it('strips a BOM and reads Finnish Excel output (semicolons, CRLF)', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('email;displayName\r\nä@x.fi;Äijä\r\n', 'utf8'),
    ]);
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

  it('keeps a quoted separator, a quoted line break and a quoted formula as text in their cell', () => {
    const text =
      'email;displayName;note\r\na@x.fi;"Virtanen; Maija";"=HYPERLINK(""http://evil.example"")"\r\nb@x.fi;"Bo\r\nLine two";x\r\n';
    expect(parseCsv(text, ';')).toEqual([
      { line: 1, cells: ['email', 'displayName', 'note'] },
      { line: 2, cells: ['a@x.fi', 'Virtanen; Maija', '=HYPERLINK("http://evil.example")'] },
      { line: 3, cells: ['b@x.fi', 'Bo\nLine two', 'x'] },
    ]);
  });

  it('drops a BOM that reaches the parser, so the first header is not "\\uFEFFemail"', () => {
    expect(parseCsv('\uFEFFemail;displayName\nc@x.fi;Cee', ';')[0]).toEqual({
      line: 1,
      cells: ['email', 'displayName'],
    });
  });

  it('numbers records by the line they start on, past multi-line cells, blank lines and empty spreadsheet rows', () => {
    const text = 'email;name\r\n\r\n;;\r\n"x@x.fi";"one\rtwo\nthree"\r\n  y@x.fi  ; "Why" \r\nlast;row';
    expect(parseCsv(text, ';')).toEqual([
      { line: 1, cells: ['email', 'name'] },
      { line: 4, cells: ['x@x.fi', 'one\ntwo\nthree'] },
      { line: 7, cells: ['y@x.fi', 'Why'] },
      { line: 8, cells: ['last', 'row'] },
    ]);
  });

  it.each([
    ['an unclosed quote', 'email;name\na@x.fi;"Maija\n', 2],
    ['a quote opening mid-cell', 'email;name\na@x.fi;Ma"ija\n', 2],
    ['text after a closing quote', 'email;name\na@x.fi;"Maija"x\n', 2],
  ])('refuses %s, naming the line it is on', (_what, text, line) => {
    let refusal: unknown = null;
    try {
      parseCsv(text, ';');
    } catch (err) {
      refusal = err;
    }
    expect(refusal).toBeInstanceOf(CsvSyntaxError);
    expect((refusal as CsvSyntaxError).line).toBe(line);
  });
});
