import { CsvError, parse } from 'csv-parse/sync';

/** One record of a CSV file with the 1-based line it starts on (quoted cells may span lines). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export class NotText extends Error {}

/** A file that is text but not CSV (an unclosed or stray quote), with the line of the offending quote. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

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

/**
 * RFC 4180 through csv-parse: quoted cells with doubled quotes, CRLF, LF or CR line ends (a line break inside a quoted
 * cell is read as LF), cells trimmed, a leading BOM dropped; blank lines and rows of only empty cells (what Excel writes
 * for an empty row) are skipped. Throws CsvSyntaxError for a quote that does not close or opens mid-cell.
 */
export function parseCsv(text: string, separator: ';' | ','): CsvRecord[] {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text.replace(/\r\n?/g, '\n'), {
      delimiter: separator,
      record_delimiter: '\n',
      bom: true,
      trim: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      // csv-parse's types do not follow `info: true`, which turns each row into { record, info }.
    }) as unknown as typeof rows;
  } catch (err) {
    if (err instanceof CsvError)
      throw new CsvSyntaxError(Number((err as CsvError & { lines?: number }).lines ?? 0), err.message);
    throw err;
  }
  return rows
    .filter((r) => r.record.some((cell) => cell !== ''))
    .map(({ record, info }) => ({
      // csv-parse counts the line a record ends on; the record starts as many lines earlier as its cells hold breaks.
      line: info.lines - record.reduce((breaks, cell) => breaks + (cell.match(/\n/g)?.length ?? 0), 0),
      cells: record,
    }));
}
