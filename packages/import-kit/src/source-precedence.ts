/**
 * "Which source wins" when several sources give the same figure, as an SQL `order by` list: published
 * before modeled, then the newest publication (undated last), then the source code so ties are stable.
 * Pass the column expressions.
 */
export function sourcePrecedence(columns: { modeled: string; publishedOn: string; code: string }): string {
  return `${columns.modeled} asc, ${columns.publishedOn} desc nulls last, ${columns.code} asc`;
}

export interface WinningSourceQuery {
  /** The columns to keep; the source's columns are there as `s.*` (e.g. `c.*, s.modeled`). */
  select: string;
  /** The rows and their joins, without the source (e.g. `cells c`). */
  from: string;
  /** The rows' source code column (e.g. `c.source_code`). */
  sourceCode: string;
  /** The service's source table (e.g. `programs.data_source`), joined as `s`. */
  sourceTable: string;
  /** The rows that compete with each other (e.g. one kab/kota, year and scheme). */
  partitionBy: readonly string[];
  /** What ranks ahead of the source, e.g. `o.year desc` where the latest year wins first. */
  rankFirstBy?: readonly string[];
  where?: string;
}

/**
 * The one "which source wins" SQL, used by funding (programs) and need (regions): of each partition's
 * rows, only those of the winning source (every row of it: a source may give several parts of one
 * figure). Selects `select` plus `source_rank` (always 1); its `?` are those of `from` then `where`.
 */
export function winningSourceRows(query: WinningSourceQuery): string {
  const order = [
    ...(query.rankFirstBy ?? []),
    sourcePrecedence({ modeled: 's.modeled', publishedOn: 's.published_on', code: 's.code' }),
  ];
  return `select * from (
    select ${query.select}, rank() over (partition by ${query.partitionBy.join(', ')} order by ${order.join(', ')}) as source_rank
    from ${query.from} join ${query.sourceTable} s on s.code = ${query.sourceCode}${query.where ? ` where ${query.where}` : ''}
  ) ranked where source_rank = 1`;
}
