import { once } from 'node:events';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { CALLER_HEADER, ErrorCode, XLSX_MEDIA_TYPE, type ExportSize } from '@housing-hub/subgraph-kit';
import type { FeedPositions as Positions } from '@housing-hub/subgraph-kit';
import { sendError } from './export-route.js';
import { passChangesCursor } from './updated-since.js';

/** Data rows one sheet holds: Excel's 1,048,576 rows less the header. */
export const SHEET_DATA_ROWS = 1_048_575;
export const XLSX_CONTENT_TYPE = XLSX_MEDIA_TYPE;
/** The xlsx file is another representation of the JSON Lines export it is made from: another tag. */
const XLSX_TAG = '-xlsx';
/** Excel keeps 15 significant digits: a whole number longer than that stays text, so no digit is lost. */
const EXACT_IN_EXCEL = /^-?[0-9]{1,15}$/;
/** Rupiah columns (`amount_idr`) are exact integers sent as text in JSON Lines: numbers in a sheet. */
const RUPIAH_COLUMN = /_idr$/;

type Column = ExportSize['columns'][number];

/** Parts of the zip that tell the writer to wait: `write` returns false once a part holds its high-water mark. */
class ZipPart extends PassThrough {
  override write(chunk: unknown, ...rest: unknown[]): boolean {
    // exceljs writes its own string buffers as well as strings.
    const data = typeof chunk === 'string' || Buffer.isBuffer(chunk) ? chunk : (chunk as { toBuffer(): Buffer }).toBuffer();
    return (super.write as (...args: unknown[]) => boolean).call(this, data, ...rest);
  }
}

/**
 * exceljs's streaming writer, with one change: its zip parts are `ZipPart`s instead of its own
 * buffers, whose `write` never asks the writer to wait (a slow client would make the file pile up in
 * memory). The sheet's part is read by the zip, which is piped to the client: waiting for the part's
 * `drain` keeps memory flat whatever the file's size.
 */
class FlowControlledWorkbookWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
  _openStream(path: string): ZipPart {
    // 1 MB before the writer waits: fewer round trips through the event loop than Node's 64 KB default.
    const part = new ZipPart({ highWaterMark: 1 << 20 });
    (this as unknown as { zip: { append(source: ZipPart, data: { name: string }): void } }).zip.append(part, { name: path });
    part.on('finish', () => part.emit('zipped'));
    return part;
  }
}

/** A JSON Lines row with every number as its exact source text (a bigint above 2^53 keeps its digits). */
const parseRow = (line: string) =>
  JSON.parse(line, (_key: string, value: unknown, context?: { source?: string }) =>
    typeof value === 'number' ? (context?.source ?? String(value)) : value,
  ) as Record<string, unknown>;

/** One JSON Lines row as the sheet's cells, in the columns' order. */
export function sheetRow(columns: Column[], line: string): ExcelJS.CellValue[] {
  const row = parseRow(line);
  return columns.map((column) => cellValue(column, row[column.name]));
}

/** A cell of the sheet: integers and rupiah as numbers where Excel holds them exactly, else text. */
function cellValue(column: Column, value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (column.kind === 'boolean') return value === true || value === 'true';
  const text = String(value);
  if ((column.kind === 'integer' || RUPIAH_COLUMN.test(column.name)) && EXACT_IN_EXCEL.test(text)) return Number(text);
  return text;
}

/** The subgraph's answer passed on as it is (an error: 400, 403, 404 ...). */
async function passError(answer: IncomingMessage, response: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of answer) chunks.push(chunk as Buffer);
  response.statusCode = answer.statusCode ?? 502;
  response.setHeader('content-type', answer.headers['content-type'] ?? 'application/json; charset=utf-8');
  response.end(Buffer.concat(chunks));
}

const sheetRowLimit = () => Math.min(Number(process.env.HUB_EXPORT_XLSX_MAX_ROWS ?? SHEET_DATA_ROWS), SHEET_DATA_ROWS);

function request(url: URL, method: string, headers: Record<string, string>): Promise<IncomingMessage | undefined> {
  return new Promise<IncomingMessage>((resolve, reject) => {
    http.request(url, { method, headers }).once('response', resolve).once('error', reject).end();
  }).catch(() => undefined);
}

export interface XlsxExport {
  dataset: string;
  owner: string;
  ownerUrl: string;
  /** The owner's query (a changes cursor in `updatedSince` already made the owner's position). */
  search: URLSearchParams;
  /** The caller's changes cursor, if `updatedSince` was one: the next cursor keeps its other positions. */
  positions: Positions;
  callerToken: string;
}

/**
 * `GET /export/<dataset>.xlsx`: the owner's JSON Lines export written as one sheet as it streams in.
 * The rows are counted first (bounded: at most a sheet and one row are read): an export a sheet cannot
 * hold is refused with 413 `EXPORT_TOO_LARGE_FOR_SHEET` before anything is streamed. ETag and
 * Last-Modified are the JSON Lines export's (the tag marked as xlsx), so an unchanged file is a 304.
 * Returns the data rows sent, for the rate limit.
 */
export async function sendXlsxExport(incoming: IncomingMessage, response: ServerResponse, job: XlsxExport): Promise<number> {
  const unavailable = () =>
    sendError(response, 503, `The ${job.owner} subgraph, which owns this dataset, is unavailable`, {
      code: ErrorCode.SUBGRAPH_UNAVAILABLE,
      serviceName: job.owner,
    });
  if (job.search.has('bom') || job.search.has('delimiter')) {
    sendError(response, 400, 'bom and delimiter are options of csv', { code: ErrorCode.VALIDATION_FAILED, argument: 'format' });
    return 0;
  }
  const limit = sheetRowLimit();
  const sizeSearch = new URLSearchParams(job.search);
  sizeSearch.set('atMost', String(limit));
  const sizeAnswer = await request(new URL(`/export-size/${job.dataset}?${sizeSearch}`, job.ownerUrl), 'GET', {
    [CALLER_HEADER]: job.callerToken,
  });
  if (!sizeAnswer) {
    unavailable();
    return 0;
  }
  if (sizeAnswer.statusCode !== 200) {
    await passError(sizeAnswer, response);
    return 0;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of sizeAnswer) chunks.push(chunk as Buffer);
  const size = JSON.parse(Buffer.concat(chunks).toString()) as ExportSize;
  if (size.rows > limit) {
    sendError(
      response,
      413,
      `This export has more than ${limit.toLocaleString('en')} rows, more than a sheet holds: narrow it with filters (province, from, to, ...) or take the CSV`,
      { code: ErrorCode.EXPORT_TOO_LARGE_FOR_SHEET, limit, csv: `/export/${job.dataset}.csv` },
    );
    return 0;
  }

  const headers: Record<string, string> = { [CALLER_HEADER]: job.callerToken };
  // Only an xlsx tag stands for this file; the owner knows it by its JSON Lines tag.
  const xlsxTags = (incoming.headers['if-none-match'] ?? '')
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag.endsWith(`${XLSX_TAG}"`));
  if (xlsxTags.length > 0) headers['if-none-match'] = xlsxTags.map((tag) => tag.replace(`${XLSX_TAG}"`, '"')).join(', ');
  else if (incoming.headers['if-modified-since']) headers['if-modified-since'] = incoming.headers['if-modified-since'];
  const method = incoming.method === 'HEAD' ? 'HEAD' : 'GET';
  const answer = await request(new URL(`/export/${job.dataset}.jsonl?${job.search}`, job.ownerUrl), method, headers);
  if (!answer) {
    unavailable();
    return 0;
  }
  if (answer.statusCode !== 200 && answer.statusCode !== 304) {
    await passError(answer, response);
    return 0;
  }
  response.statusCode = answer.statusCode;
  passChangesCursor(answer.headers, response, job.positions, job.owner);
  const etag = answer.headers.etag;
  if (etag) response.setHeader('etag', etag.replace(/"$/, `${XLSX_TAG}"`));
  for (const name of ['last-modified', 'cache-control', 'x-content-type-options']) {
    const value = answer.headers[name];
    if (value) response.setHeader(name, value);
  }
  if (answer.statusCode === 200) {
    response.setHeader('content-type', XLSX_CONTENT_TYPE);
    const disposition = answer.headers['content-disposition'];
    if (disposition) response.setHeader('content-disposition', disposition.replace(/\.jsonl"$/, '.xlsx"'));
  }
  if (answer.statusCode === 304 || method === 'HEAD') {
    answer.resume();
    response.end();
    return 0;
  }
  return writeSheet(answer, response, job.dataset, size.columns, limit);
}

/** Writes the rows as they arrive, waiting whenever the zip (and so the client) is behind. */
async function writeSheet(rows: IncomingMessage, response: ServerResponse, name: string, columns: Column[], limit: number) {
  const workbook = new FlowControlledWorkbookWriter({ stream: response, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(columns.map((column) => column.name)).commit();
  const part = (sheet as unknown as { stream: ZipPart }).stream;
  const gone = new Promise<never>((_resolve, reject) =>
    response.once('close', () => {
      if (!response.writableFinished) reject(new Error('The client went away'));
    }),
  );
  gone.catch(() => undefined);
  let sent = 0;
  try {
    for await (const line of createInterface({ input: rows, crlfDelay: Infinity })) {
      if (line === '') continue;
      // Written between the count and now: the file is cut (the client sees it incomplete), not overfull.
      if (++sent > limit) throw new Error('The export grew past a sheet while it was written');
      sheet.addRow(sheetRow(columns, line)).commit();
      if (part.writableNeedDrain) await Promise.race([once(part, 'drain'), gone]);
    }
    // The owner cut its answer short: the file must not end as if it were whole.
    if (!rows.complete) throw new Error('The owner’s export ended early');
    sheet.commit();
    await Promise.race([workbook.commit(), gone]);
  } catch {
    // Mid-stream the status is sent: a cut connection tells the client its file is incomplete.
    rows.destroy();
    response.destroy();
  }
  return Math.min(sent, limit);
}
