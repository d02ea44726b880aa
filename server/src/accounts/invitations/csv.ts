/** One record of a CSV file with the 1-based line it starts on (quoted cells may span lines). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export class NotText extends Error {}

/** Decodes UTF-8 (with or without BOM); anything else, or binary content, is not a CSV we accept. */
export function decodeCsvText(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new NotText('not UTF-8 text');
  }
  // C0 control characters other than tab and line ends do not occur in a spreadsheet's text.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) throw new NotText('contains binary data');
  }
  return text;
}

/** `;` (Finnish Excel) or `,`, whichever the header line uses more. */
export function detectSeparator(text: string): ';' | ',' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string): number => header.split(c).length - 1;
  return count(',') > count(';') ? ',' : ';';
}

/** RFC 4180 parsing: quoted cells with doubled quotes, CRLF or LF line ends; blank lines are skipped. */
export function parseCsv(text: string, separator: ';' | ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = (): void => {
    cells.push(cell);
    if (cells.length > 1 || cells[0].trim() !== '') records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
      i++;
      continue;
    }
    if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === separator) {
      cells.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      i++;
      continue;
    } else if (c === '\n' || c === '\r') {
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += c;
    }
    i++;
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}
