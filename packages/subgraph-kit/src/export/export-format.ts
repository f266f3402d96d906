import { ErrorCode, HubError } from '../errors.js';
import type { ExportColumn } from './export-dataset.js';

/** The formats a dataset's owning service writes itself. */
export const EXPORT_FORMATS = ['csv', 'jsonl'] as const;
export type ExportFormatName = (typeof EXPORT_FORMATS)[number];

/** The spreadsheet the gateway writes from a dataset's JSON Lines (one sheet). */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Every format a dataset can be downloaded in, as the catalogues list them: the owner's own, and xlsx. */
export const DOWNLOAD_FORMATS = [...EXPORT_FORMATS, 'xlsx'] as const;

/** The media type of each download format, as the catalogues name it. */
export const DOWNLOAD_MEDIA_TYPES: Record<(typeof DOWNLOAD_FORMATS)[number], string> = {
  csv: 'text/csv',
  jsonl: 'application/jsonl',
  xlsx: XLSX_MEDIA_TYPE,
};

/** A format and its options: `?bom=1` (Excel reads UTF-8 only with it), `?delimiter=semicolon` (id-ID Excel). */
export interface ExportFormat {
  name: ExportFormatName;
  bom: boolean;
  delimiter: ',' | ';';
}

export const CONTENT_TYPES: Record<ExportFormatName, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/jsonl; charset=utf-8',
};

export function parseExportFormat(name: string, search: URLSearchParams): ExportFormat {
  if (!(EXPORT_FORMATS as readonly string[]).includes(name))
    throw new HubError(ErrorCode.VALIDATION_FAILED, `Formats are ${EXPORT_FORMATS.join(', ')}`, {
      argument: 'format',
      value: name,
    });
  const flag = (value: string | null) => value !== null && ['1', 'true', 'yes', ''].includes(value.toLowerCase());
  const delimiter = search.get('delimiter');
  if (delimiter !== null && ![',', ';', 'comma', 'semicolon'].includes(delimiter))
    throw new HubError(ErrorCode.VALIDATION_FAILED, 'delimiter is comma or semicolon', {
      argument: 'delimiter',
      value: delimiter,
    });
  if (name !== 'csv' && (delimiter !== null || search.has('bom')))
    throw new HubError(ErrorCode.VALIDATION_FAILED, 'bom and delimiter are options of csv', { argument: 'format' });
  return {
    name: name as ExportFormatName,
    bom: flag(search.get('bom')),
    delimiter: delimiter === ';' || delimiter === 'semicolon' ? ';' : ',',
  };
}

export const UTF8_BOM = '\uFEFF';

/**
 * One CSV field as PostgreSQL's `COPY ... (FORMAT csv)` writes it, so that both databases give the
 * same bytes: null is empty, an empty string is `""`, and a field with the delimiter, a quote or a
 * line break is quoted with its quotes doubled.
 */
export function csvField(value: string | null, delimiter: string): string {
  if (value === null) return '';
  if (value === '') return '""';
  if (value.includes(delimiter) || /["\r\n]/.test(value) || value === '\\.') return `"${value.replace(/"/g, '""')}"`;
  return value;
}

export function csvLine(values: (string | null)[], delimiter: string): string {
  return `${values.map((value) => csvField(value, delimiter)).join(delimiter)}\n`;
}

/** One JSON Lines record as PostgreSQL's `row_to_json` writes it (keys in column order, no spaces). */
export function jsonLine(columns: ExportColumn[], values: (string | null)[]): string {
  const record: Record<string, unknown> = {};
  columns.forEach((column, index) => {
    const value = values[index] ?? null;
    record[column.name] =
      value === null ? null : column.kind === 'integer' ? Number(value) : column.kind === 'boolean' ? value === 'true' : value;
  });
  return `${JSON.stringify(record)}\n`;
}

/** `need-2019-2025-province-52.csv`: the dataset and the filters that narrow it, as a file name. */
export function exportFileName(dataset: string, format: ExportFormatName, search: URLSearchParams): string {
  const parts = [dataset];
  const from = search.get('from')?.slice(0, 10);
  const to = search.get('to')?.slice(0, 10);
  if (from || to) parts.push(from && to ? `${from}-${to}` : from ? `from-${from}` : `to-${to}`);
  for (const name of ['level', 'province', 'regency', 'indicator', 'scheme', 'status']) {
    const value = search.getAll(name).join('_');
    if (value) parts.push(`${name}-${value}`);
  }
  if (search.get('updatedSince')) parts.push(`since-${search.get('updatedSince')!.slice(0, 10)}`);
  const name = parts
    .join('-')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .slice(0, 150);
  return `${name}.${format}`;
}
