import fc from 'fast-check';

import { CSV_BOM, csvCell, csvRow } from './csv-writer';

/** A strict RFC 4180 reader with `;`, to check what a spreadsheet would see. */
function parseLine(line: string): string[] {
  expect(line.endsWith('\r\n')).toBe(true);
  const body = line.slice(0, -2);
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (body[i] === '"') {
      i++;
      for (;;) {
        const end = body.indexOf('"', i);
        if (end < 0) throw new Error('unterminated quote');
        cell += body.slice(i, end);
        i = end + 1;
        if (body[i] === '"') {
          cell += '"';
          i++;
        } else break;
      }
    } else {
      const end = body.indexOf(';', i);
      cell = body.slice(i, end < 0 ? body.length : end);
      expect(cell).not.toMatch(/["\r\n]/);
      i += cell.length;
    }
    cells.push(cell);
    if (i >= body.length) return cells;
    if (body[i] !== ';') throw new Error(`expected separator at ${i}`);
    i++;
    if (i === body.length) return [...cells, ''];
  }
}

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('Äänekoski')).toBe('Äänekoski');
    expect(csvCell('')).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes separators, quotes and newlines, doubling quotes', () => {
    expect(csvCell('Laukaa; Keuruu')).toBe('"Laukaa; Keuruu"');
    expect(csvCell('the "hot work" card')).toBe('"the ""hot work"" card"');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['=1+1', "'=1+1"],
    ['+358 40 123', "'+358 40 123"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', `"'\r=cmd"`],
  ])('neutralises a formula start in %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes numbers as data with a decimal comma, negative ones without a prefix', () => {
    expect(csvCell(42)).toBe('42');
    expect(csvCell(87.5)).toBe('87,5');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('csvRow', () => {
  it('joins with semicolons and ends with CRLF', () => {
    expect(csvRow(['Jämsä', 'decision_maker', 12, 3.5, null])).toBe('Jämsä;decision_maker;12;3,5;\r\n');
  });

  it('starts the file with a byte-order mark constant', () => {
    expect(CSV_BOM).toBe('\uFEFF');
    expect(CSV_BOM.length).toBe(1);
  });

  it('reads back as the same cells, formula starts prefixed, whatever the text', () => {
    const textArb = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'ä', ';', '"', '\r', '\n', '\t', '=', '+', '-', '@', ' ', "'") }),
      fc.string({ unit: 'grapheme' }),
    );
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 1, maxLength: 6 }), (cells) => {
        const read = parseLine(csvRow(cells));
        expect(read).toHaveLength(cells.length);
        read.forEach((cell, i) => {
          const dangerous = /^[=+\-@\t\r\n]/.test(cells[i]);
          expect(cell).toBe(dangerous ? `'${cells[i]}` : cells[i]);
          expect(cell).not.toMatch(/^[=+\-@\t\r\n]/);
        });
      }),
    );
  });
});
