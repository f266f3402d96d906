import type { EntityManager } from '@mikro-orm/core';
import { DATA_SOURCE_COLUMNS, dataSourceOf, type DataSourceRow, ErrorCode, HubError } from '@housing-hub/subgraph-kit';
import type { DataSource } from './data-source.entity.js';
import { DELIVERED_STATUSES, type FundingService, type SummaryFigure } from './funding.service.js';
import { FundingGroup } from './funding.types.js';
import { HousingSegment } from './housing-segment.enum.js';
import type { SejutaRumahYear, ThreeMillionHomesProgress, ThreeMillionHomesTarget } from './national-programme.types.js';
import { SEGMENT_RULES } from './three-million-homes.rules.js';

const SEGMENTS = [HousingSegment.RURAL, HousingSegment.URBAN];

/** Program Sejuta Rumah as published, and Program 3 Juta Rumah: its targets and the progress the schemes make toward them. */
export class NationalProgrammeService {
  constructor(
    private readonly em: EntityManager,
    private readonly funding: FundingService,
  ) {}

  async sejutaRumah(from: number, to: number): Promise<SejutaRumahYear[]> {
    const rows: (DataSourceRow & Record<string, unknown>)[] = await this.em.getConnection().execute(
      `select y.year, y.units_total, y.units_mbr, y.units_non_mbr, y.units_csr, y.note, ${DATA_SOURCE_COLUMNS}
       from programs.sejuta_rumah_year y join programs.data_source s on s.code = y.source_code
       where y.year between ? and ? order by y.year`,
      [from, to],
    );
    return rows.map((row) => ({
      year: Number(row.year),
      unitsTotal: Number(row.units_total),
      unitsMbr: row.units_mbr == null ? null : Number(row.units_mbr),
      unitsNonMbr: row.units_non_mbr == null ? null : Number(row.units_non_mbr),
      unitsCsr: row.units_csr == null ? null : Number(row.units_csr),
      note: (row.note as string | null) ?? null,
      source: dataSourceOf<DataSource>(row),
    }));
  }

  async threeMillionHomesTarget(year: number): Promise<ThreeMillionHomesTarget | null> {
    const [row]: (DataSourceRow & Record<string, unknown>)[] = await this.em.getConnection().execute(
      `select t.year, t.units, t.rural_units, t.urban_units, t.note, ${DATA_SOURCE_COLUMNS}
       from programs.three_million_homes_target t join programs.data_source s on s.code = t.source_code where t.year = ?`,
      [year],
    );
    if (!row) return null;
    return {
      year: Number(row.year),
      units: Number(row.units),
      ruralUnits: Number(row.rural_units),
      urbanUnits: Number(row.urban_units),
      note: (row.note as string | null) ?? null,
      source: dataSourceOf<DataSource>(row),
    };
  }

  /** What the schemes delivered in the year, per province and scheme (one statement; the funding rules pick each kab/kota's source). */
  deliveredByProvince(year: number): Promise<SummaryFigure[]> {
    return this.funding.summary({
      years: [year],
      groupBy: FundingGroup.PROVINCE,
      statuses: DELIVERED_STATUSES,
      schemes: SEGMENT_RULES.map((rule) => rule.scheme),
    });
  }

  /**
   * Progress of the provinces given (null: the nation) from the delivered figures: each scheme's
   * units go to the segment its rule names, so the segments add up to the whole by construction.
   */
  progress(
    year: number,
    delivered: readonly SummaryFigure[],
    provinceCodes: readonly string[] | null,
    target: ThreeMillionHomesTarget | null,
  ): ThreeMillionHomesProgress {
    const counted = provinceCodes ? delivered.filter((f) => provinceCodes.includes(f.provinceCode ?? '')) : delivered;
    const segments = SEGMENTS.map((segment) => {
      const schemes = SEGMENT_RULES.filter((rule) => rule.segment === segment).map((rule) => ({
        scheme: rule.scheme,
        units: counted.filter((f) => f.scheme === rule.scheme).reduce((sum, f) => sum + f.units, 0),
      }));
      const units = schemes.reduce((sum, s) => sum + s.units, 0);
      const targetUnits =
        provinceCodes || !target ? null : segment === HousingSegment.RURAL ? target.ruralUnits : target.urbanUnits;
      return { segment, units, targetUnits, ratio: targetUnits ? units / targetUnits : null, schemes };
    });
    return {
      year,
      provinceCodes: provinceCodes ? [...provinceCodes] : null,
      units: segments.reduce((sum, s) => sum + s.units, 0),
      targetUnits: provinceCodes || !target ? null : target.units,
      segments,
      modeled: counted.some((f) => f.units > 0 && (f.source?.modeled ?? true)),
    };
  }
}

/** A year before the programme began is the client's mistake. */
export function assertThreeMillionHomesYear(year: number): number {
  if (!Number.isInteger(year) || year < 2025 || year > 2100)
    throw new HubError(
      ErrorCode.YEAR_OUT_OF_RANGE,
      `Program 3 Juta Rumah runs from 2025: year must be between 2025 and 2100, got ${year}`,
      {
        argument: 'year',
        value: year,
      },
    );
  return year;
}
