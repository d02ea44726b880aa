/** Finnish Excel opens UTF-8 only with a byte-order mark, and expects `;` because `,` is the decimal separator. */
export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_LINE_END = '\r\n';

export type CsvValue = string | number | null | undefined;

// Spreadsheets run a cell beginning with these as a formula (CSV injection); tab and CR are OWASP's additions.
const FORMULA_START = /^[=+\-@\t\r\n]/;
const NEEDS_QUOTES = /[";\r\n]/;

/** One cell: formula starts neutralised with a leading `'`, quoted when it holds a separator, quote or newline. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  // A number is data, never a formula; Finnish Excel reads a decimal comma.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line, CRLF-terminated. */
export function csvRow(cells: readonly CsvValue[]): string {
  return cells.map(csvCell).join(CSV_SEPARATOR) + CSV_LINE_END;
}
