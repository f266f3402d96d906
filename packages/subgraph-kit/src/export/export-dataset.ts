import { isAuthenticated, Role, type Caller } from '../caller.js';
import { ErrorCode, HubError } from '../errors.js';

/** How a column reads in JSON Lines (CSV is text either way). */
export type ExportValueKind = 'string' | 'integer' | 'boolean';

/** One column of an export: its name in the header, the SQL that yields it as text, what it means. */
export interface ExportColumn {
  name: string;
  /** A SQL expression yielding text (or null); `integer` and `boolean` columns must cast cleanly. */
  sql: string;
  kind?: ExportValueKind;
  description: string;
}

/**
 * Columns that repeat with a key of the fact (a kab/kota's codes and name, a source's provenance),
 * which a CSV export on PostgreSQL renders once per key in the owner instead of on every row: the
 * database sends the key with the fact's own columns (as narrow as the table), and the owner puts
 * the key's columns in its place. The columns must come first or last in the row; the dataset's
 * `where` and filters must read the fact table alone (the lookups' joins are left out of that COPY).
 */
export interface ExportColumnLookup {
  /** The names of the dataset's consecutive columns it yields. */
  columns: string[];
  /** SQL on the fact table alone yielding the key as text (never null), e.g. `r.source_code`. */
  key: string;
  /** A query of every key it knows: `key`, then the columns' texts as `c0`, `c1`, ... (the same SQL as the columns'). */
  sql: string;
  /** The columns of a key the query does not list (a left join's row), or undefined when a fact cannot have one (an inner join on a foreign key). */
  missing?: (key: string) => (string | null)[];
}

/** The filters an export URL may carry (`?province=52&from=2019`); each dataset says which it takes. */
export const EXPORT_FILTERS = [
  'province',
  'regency',
  'level',
  'from',
  'to',
  'indicator',
  'scheme',
  'status',
  'updatedSince',
] as const;
export type ExportFilterName = (typeof EXPORT_FILTERS)[number];

/** Filter values as parsed and checked: lists for codes and enums, years or dates for ranges. */
export interface ExportFilters {
  province?: string[];
  regency?: string[];
  level?: 'PROVINCE' | 'REGENCY';
  /** `YYYY` or `YYYY-MM-DD`; year datasets compare the year, date datasets the date (a year is its 1 January / 31 December). */
  from?: string;
  to?: string;
  indicator?: string[];
  scheme?: string[];
  status?: string[];
  updatedSince?: Date;
  /** `updatedSince` given as a position of this service's changes feed (`<xid>.<seq>`): exact, see exportConditions. */
  changedAfter?: { xid: string; seq: string };
}

/** A SQL literal of a value already checked against its pattern (COPY takes no bind parameters). */
export const sqlLiteral = (value: string): string => `'${value.replace(/'/g, "''")}'`;
export const sqlList = (values: string[]): string => values.map(sqlLiteral).join(', ');

/** The first and last year a range covers, for datasets counted in years. */
export function yearRange(filters: ExportFilters): { from?: number; to?: number } {
  return {
    from: filters.from ? Number(filters.from.slice(0, 4)) : undefined,
    to: filters.to ? Number(filters.to.slice(0, 4)) : undefined,
  };
}

/** The first and last day a range covers, for datasets dated by day. */
export function dateRange(filters: ExportFilters): { from?: string; to?: string } {
  const day = (value: string | undefined, end: boolean) =>
    value === undefined ? undefined : value.length === 4 ? `${value}-${end ? '12-31' : '01-01'}` : value;
  return { from: day(filters.from, false), to: day(filters.to, true) };
}

/**
 * A dataset a subgraph serves as a file: its metadata (for the catalogue), its columns, and the SQL
 * it is read with. Rows come in `key` order, which must be unique: PGlite reads in chunks after the
 * last key, PostgreSQL in one `COPY`.
 */
export interface ExportDataset {
  /** The URL name: `/export/<name>.<format>`; also its `dataset` in the change log. */
  name: string;
  title: string;
  description: string;
  keywords: string[];
  /** A DCAT frequency: `annual`, `monthly`, `irregular`, ... */
  updateFrequency: string;
  columns: ExportColumn[];
  /** The table of the facts, with its alias: `regions.need_observation o`. */
  table: string;
  /** What the columns join to it: `join regions.data_source s on s.code = o.source_code ...`. */
  joins?: string;
  /** The unique order key on `table`, e.g. `o.id`; also what the change log records as the record's key. */
  key: string;
  /** The filters it takes, each as a SQL condition of its checked value. */
  filters: Partial<Record<Exclude<ExportFilterName, 'updatedSince'>, (filters: ExportFilters) => string | undefined>>;
  /** The SQL text of the dataset's own condition, always applied (e.g. only figures, not rollups). */
  where?: string;
  /** The year of a row, on `table` (`o.year`): the catalogue's temporal coverage is its range. */
  years?: string;
  /** A query of the sources behind the rows: code, name, publisher, published_on (text), undated_reason, url, modeled. */
  sources?: string;
  /** Repeated columns a CSV export on PostgreSQL renders once per key (see ExportColumnLookup). */
  lookups?: ExportColumnLookup[];
}

const AREA_CODE = /^[0-9]{2}([.][0-9]{2})?$/;
const PROVINCE_CODE = /^[0-9]{2}$/;
const REGENCY_CODE = /^[0-9]{2}[.][0-9]{2}$/;
const ENUM_VALUE = /^[A-Z][A-Z0-9_]{0,40}$/;
const YEAR_OR_DATE = /^[0-9]{4}(-[0-9]{2}-[0-9]{2})?$/;
/** A position of the service's changes feed, as the gateway passes a changes cursor on. */
const FEED_POSITION = /^([0-9]{1,20})\.([0-9]{1,20})$/;

function invalid(argument: string, message: string, value?: unknown): HubError {
  return new HubError(ErrorCode.VALIDATION_FAILED, message, { argument, value });
}

/**
 * Reads the filters of an export URL, each checked against its pattern (these values go into SQL as
 * literals); a filter the dataset does not take is refused rather than ignored.
 */
export function parseExportFilters(dataset: ExportDataset, search: URLSearchParams): ExportFilters {
  const filters: ExportFilters = {};
  const list = (name: string, pattern: RegExp, upper = false) => {
    const values = search
      .getAll(name)
      .flatMap((value) => value.split(','))
      .map((value) => (upper ? value.trim().toUpperCase() : value.trim()))
      .filter(Boolean);
    const bad = values.find((value) => !pattern.test(value));
    if (bad !== undefined) throw invalid(name, `${name} "${bad}" is not valid`, bad);
    if (values.length > 600) throw invalid(name, `${name} takes at most 600 values`);
    return values.length > 0 ? values : undefined;
  };
  for (const name of new Set(search.keys())) {
    if (['bom', 'delimiter'].includes(name)) continue;
    if (!(EXPORT_FILTERS as readonly string[]).includes(name))
      throw invalid(name, `Unknown parameter "${name}": filters are ${EXPORT_FILTERS.join(', ')}`);
    if (name !== 'updatedSince' && !dataset.filters[name as Exclude<ExportFilterName, 'updatedSince'>])
      throw invalid(name, `The ${dataset.name} export has no "${name}" filter`);
  }
  filters.province = list('province', PROVINCE_CODE);
  filters.regency = list('regency', REGENCY_CODE);
  filters.indicator = list('indicator', ENUM_VALUE, true);
  filters.scheme = list('scheme', ENUM_VALUE, true);
  filters.status = list('status', ENUM_VALUE, true);
  const level = search.get('level')?.trim().toUpperCase();
  if (level !== undefined) {
    if (level !== 'PROVINCE' && level !== 'REGENCY') throw invalid('level', 'level is province or regency', level);
    filters.level = level;
  }
  for (const name of ['from', 'to'] as const) {
    const value = search.get(name)?.trim();
    if (value === undefined) continue;
    if (!YEAR_OR_DATE.test(value) || (value.length > 4 && Number.isNaN(Date.parse(value))))
      throw new HubError(ErrorCode.INVALID_DATE_RANGE, `${name} is a year (2019) or a date (2019-06-30)`, {
        argument: name,
        value,
      });
    filters[name] = value;
  }
  if (filters.from && filters.to && dateRange(filters).from! > dateRange(filters).to!)
    throw new HubError(ErrorCode.INVALID_DATE_RANGE, 'from is after to', { argument: 'from' });
  const updatedSince = search.get('updatedSince');
  const position = updatedSince === null ? null : FEED_POSITION.exec(updatedSince);
  if (position) filters.changedAfter = { xid: position[1]!, seq: position[2]! };
  else if (updatedSince !== null) {
    const at = new Date(updatedSince);
    if (Number.isNaN(at.getTime()))
      throw invalid('updatedSince', 'updatedSince is an ISO 8601 instant or a changes cursor', updatedSince);
    filters.updatedSince = at;
  }
  return filters;
}

/** `AREA_CODE` check for datasets that take either level in one list. */
export const isAreaCode = (code: string): boolean => AREA_CODE.test(code);

/** The WHERE conditions of an export: the dataset's own, each filter's, and the change log's for `updatedSince`. */
export function exportConditions(dataset: ExportDataset, filters: ExportFilters, changeLogTable: string): string[] {
  const conditions = dataset.where ? [dataset.where] : [];
  for (const build of Object.values(dataset.filters)) {
    const condition = build?.(filters);
    if (condition) conditions.push(condition);
  }
  // By feed position: every row a change after the position touched, whenever its transaction began
  // (a time filter misses a transaction that began before the instant and committed after it).
  if (filters.changedAfter) {
    conditions.push(
      `(${dataset.key})::text in (select record_key from ${changeLogTable} where dataset = ${sqlLiteral(dataset.name)} and (xid, seq) > (${sqlLiteral(filters.changedAfter.xid)}::xid8, ${filters.changedAfter.seq}))`,
    );
  }
  if (filters.updatedSince) {
    conditions.push(
      `(${dataset.key})::text in (select record_key from ${changeLogTable} where dataset = ${sqlLiteral(dataset.name)} and changed_at >= ${sqlLiteral(filters.updatedSince.toISOString())}::timestamptz)`,
    );
  }
  return conditions;
}

/**
 * Who may export: staff (any role but the public's) and partner keys with the `export` scope.
 * Anonymous: UNAUTHENTICATED (401); a key without the scope: FORBIDDEN (403).
 */
export function exportRefusal(caller: Caller): HubError | null {
  if (!isAuthenticated(caller))
    return new HubError(ErrorCode.UNAUTHENTICATED, 'Exports need a credential: an API key (X-API-Key) or a staff token');
  if (caller.kind === 'partner' && !caller.scopes.includes('export'))
    return new HubError(ErrorCode.FORBIDDEN, 'This API key has no export scope');
  if (caller.kind === 'staff' && !caller.roles.some((role) => role !== Role.PUBLIC))
    return new HubError(ErrorCode.FORBIDDEN, 'Exports are for staff roles and partner keys with the export scope');
  return null;
}
