import { parse, type Options } from 'csv-parse';
import { parse as parseAll } from 'csv-parse/sync';

/**
 * The one CSV reader of the kit, on `csv-parse` (well kept, streaming, RFC 4180: quoted fields with
 * commas and newlines, doubled quotes, CRLF/LF/CR, a BOM). `readCsv` reads a small file whole and
 * `csvRows` streams a large one; both use these options, so they give the same rows.
 */
export function csvOptions(text: string): Options {
  return {
    delimiter: delimiterOf(text),
    bom: true,
    relax_column_count: true, // short and long records are checked by the row rules, not refused here
    relax_quotes: true, // a quote inside an unquoted field is kept as text
    skip_empty_lines: false, // blank lines are skipped by the reader but still counted in row numbers
  };
}

/**
 * `;` when the header line has more semicolons than commas (Excel in Indonesian locale, where the comma
 * is the decimal separator), else `,`.
 */
export function delimiterOf(text: string): ',' | ';' {
  const end = text.search(/[\r\n]/);
  const header = end === -1 ? text : text.slice(0, end);
  const count = (char: string) => header.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

export function parseCsvRecords(text: string): string[][] {
  return parseAll(text, csvOptions(text)) as string[][];
}

export function streamCsvRecords(text: string): AsyncIterable<string[]> {
  return parse(text, csvOptions(text));
}
