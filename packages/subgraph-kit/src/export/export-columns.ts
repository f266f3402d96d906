import {
  dateRange,
  sqlList,
  sqlLiteral,
  yearRange,
  type ExportColumn,
  type ExportColumnLookup,
  type ExportDataset,
  type ExportFilters,
} from './export-dataset.js';

/** A date column as `YYYY-MM-DD`. */
export const isoDate = (column: string): string => `to_char(${column}, 'YYYY-MM-DD')`;

/** A timestamptz column as an ISO 8601 instant in UTC (`2025-03-04T02:00:00Z`). */
export const utcInstant = (column: string): string => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** A `boolean` column's text: `true` when the condition holds, else `false`. */
export const trueOrFalse = (condition: string): string => `case when ${condition} then 'true' else 'false' end`;

/** The `modeled` column (text `true`/`false`) every export ends with: is the row modeled (demo) rather than published? */
export const modeledColumn = (
  sql: string,
  description = 'true when the figure is modeled (the demo dataset), not published',
): ExportColumn => ({ name: 'modeled', sql, kind: 'boolean', description });

/**
 * A fact's data source, its columns rendered once per source rather than once per row: a lateral subquery
 * on the source key of `<schema>.data_source`, kept whole by `offset 0`, so that PostgreSQL memoizes it
 * (a few dozen sources for a million rows). Joined in key order (a nested loop over the fact's primary
 * key), the export needs no sort. `optional`: a fact may name no source (its columns are then empty).
 */
export const sourceJoin = (schema: string, sourceCode: string, optional = false): string =>
  `${optional ? 'left join' : 'join'} lateral (select s.code, s.name, s.publisher, ${isoDate('s.published_on')} as published_on, s.url,
      case when s.modeled then 'true' when s.modeled is not null then 'false' end as modeled
    from ${schema}.data_source s where s.code = ${sourceCode} offset 0) s on true`;

/** The provenance columns a fact export ends with, from `sourceJoin`'s `s`. */
export const SOURCE_COLUMNS: ExportColumn[] = [
  { name: 'source_code', sql: 's.code', description: 'Code of the data source' },
  { name: 'source_name', sql: 's.name', description: 'Name of the data source' },
  { name: 'source_publisher', sql: 's.publisher', description: 'Who published it' },
  { name: 'source_published_on', sql: 's.published_on', description: 'Publication date' },
  { name: 'source_url', sql: 's.url', description: 'Where it was published' },
  modeledColumn('s.modeled'),
];

/**
 * SOURCE_COLUMNS as a lookup by the fact's source code (`ExportColumnLookup`): each source's columns
 * read once, with the very SQL of `sourceJoin`, for the CSV export on PostgreSQL. Facts name a source
 * by foreign key, so every key has a row.
 */
export const sourceLookup = (schema: string, sourceCode: string): ExportColumnLookup => ({
  columns: SOURCE_COLUMNS.map((column) => column.name),
  key: sourceCode,
  sql: `select k.code as key, ${SOURCE_COLUMNS.map((column, index) => `(${column.sql})::text as c${index}`).join(', ')}
    from ${schema}.data_source k ${sourceJoin(schema, 'k.code')}`,
});

/** The catalogue's `sources` query: the data sources that rows of `<schema>.<factTable>` name. */
export const sourcesOf = (schema: string, factTable: string): string =>
  `select s.code, s.name, s.publisher, ${isoDate('s.published_on')} as published_on, s.undated_reason, s.url, s.modeled
    from ${schema}.data_source s where exists (select 1 from ${schema}.${factTable} f where f.source_code = s.code) order by s.code`;

type ExportFilter = NonNullable<ExportDataset['filters'][keyof ExportDataset['filters']]>;
type ListFilterName = 'province' | 'regency' | 'indicator' | 'scheme' | 'status';

/** The filter that keeps rows whose `column` is one of the values given for `name` (`?scheme=BSPS,FLPP`). */
export const anyOf =
  (name: ListFilterName, column: string): ExportFilter =>
  (filters: ExportFilters) => {
    const values = filters[name];
    return values && `${column} in (${sqlList(values)})`;
  };

/** `from` and `to` on a year column (`r.year`): a date given is its year. */
export const yearFilters = (year: string): Record<'from' | 'to', ExportFilter> => ({
  from: (filters) => filters.from && `${year} >= ${yearRange(filters).from}`,
  to: (filters) => filters.to && `${year} <= ${yearRange(filters).to}`,
});

/** `from` and `to` on a date column (`m.starts_on`): a year given is its 1 January / 31 December. */
export const dateFilters = (date: string): Record<'from' | 'to', ExportFilter> => ({
  from: (filters) => filters.from && `${date} >= ${sqlLiteral(dateRange(filters).from!)}::date`,
  to: (filters) => filters.to && `${date} <= ${sqlLiteral(dateRange(filters).to!)}::date`,
});
