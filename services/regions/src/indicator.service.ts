import type { EntityManager } from '@mikro-orm/core';
import { DATA_SOURCE_COLUMNS, dataSourceOf, type DataSourceRow } from '@housing-hub/subgraph-kit';
import type { DataSource } from './data-source.entity.js';
import type { Indicator } from './indicator.entity.js';
import type { IndicatorValue } from './indicator-value.type.js';

/** A request for the indicator values of one area: some indicators (null: all) over a range of years. */
export interface IndicatorRequest {
  areaCode: string;
  codes: readonly string[] | null;
  from: number;
  to: number;
}

export const indicatorRequestId = (request: IndicatorRequest) =>
  `${request.areaCode}|${request.from}|${request.to}|${request.codes ? [...request.codes].sort().join(',') : '*'}`;

interface ValueRow extends DataSourceRow {
  req_id: number;
  area_code: string;
  year: number;
  period: string;
  indicator_code: string;
  value: string;
  note: string | null;
  name: string;
  unit: string;
  definition: string;
  publisher_wording: string | null;
  sort_order: number;
}

// `value::text`: the driver never turns a numeric into a float on the way out.
const VALUES_SQL = `
select r.req_id, v.area_code, v.year, v.period, v.indicator_code, v.value::text as value, v.note,
  i.name, i.unit, i.definition, i.publisher_wording, i.sort_order, ${DATA_SOURCE_COLUMNS}
from json_to_recordset(?::json) as r(req_id int, area_code text, year_from int, year_to int)
join regions.indicator_value v on v.area_code = r.area_code and v.year between r.year_from and r.year_to
join regions.indicator i on i.code = v.indicator_code
join regions.data_source s on s.code = v.source_code
order by r.req_id, i.sort_order, v.year, v.period, s.modeled, s.code`;

function toValue(row: ValueRow): IndicatorValue {
  return {
    indicator: {
      code: row.indicator_code,
      name: row.name,
      unit: row.unit,
      definition: row.definition,
      publisherWording: row.publisher_wording,
      sortOrder: row.sort_order,
    },
    areaCode: row.area_code,
    year: row.year,
    period: row.period === '' ? null : row.period,
    value: row.value,
    note: row.note,
    source: dataSourceOf<DataSource>(row),
  };
}

/** Indicators of any unit: the catalogue, and the values of areas (one statement for any number of areas). */
export class IndicatorService {
  constructor(private readonly em: EntityManager) {}

  catalogue(): Promise<Indicator[]> {
    return this.em.getConnection().execute<Indicator[]>(
      `select code, name, unit, definition, publisher_wording as "publisherWording", sort_order as "sortOrder"
         from regions.indicator order by sort_order, code`,
    );
  }

  async valuesOf(requests: readonly IndicatorRequest[]): Promise<IndicatorValue[][]> {
    const rows = await this.em.getConnection().execute<ValueRow[]>(VALUES_SQL, [
      JSON.stringify(
        requests.map((request, index) => ({
          req_id: index,
          area_code: request.areaCode,
          year_from: request.from,
          year_to: request.to,
        })),
      ),
    ]);
    const answers = requests.map(() => [] as IndicatorValue[]);
    for (const row of rows) {
      const request = requests[row.req_id]!;
      if (request.codes && !request.codes.includes(row.indicator_code)) continue;
      answers[row.req_id]!.push(toValue(row));
    }
    return answers;
  }
}
