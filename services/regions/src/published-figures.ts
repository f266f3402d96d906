import type { EntityManager } from '@mikro-orm/core';
import { provincesOfPreSplitFrame } from '@housing-hub/reference-frame';
import { parseCsv, readDataFile } from './data-files.js';
import { buildKumuhSpmModel, KUMUH_SPM_SOURCE, KUMUH_SPM_YEAR } from './demo/kumuh-spm-model.js';
import type { DemoSourceRow as SourceRow } from '@housing-hub/demo-kit';
import { NEED_DEFINITIONS, publishedSource, type ObservationRow } from './demo/need-model.js';
import { INDICATOR_CATALOGUE, NATIONAL_BACKLOG_COLUMNS, REGIONAL_INDICATORS } from './indicator-catalogue.js';
import { NATION_AREA_CODE } from './nation-area.js';
import { NeedIndicator } from './need-indicator.enum.js';

export interface IndicatorValueRow {
  area_code: string;
  area_level: 'NATION' | 'PROVINCE' | 'REGENCY';
  year: number;
  /** '' for the whole year, else the period as published ("2025H1"). */
  period: string;
  indicator_code: string;
  /** The decimal exactly as written in the file: never parsed into a float. */
  value: string;
  note: string | null;
  source_code: string;
}

export interface PublishedFigures {
  sources: SourceRow[];
  values: IndicatorValueRow[];
  /** The nation's published backlogs, as need figures (area "00"). */
  nationalNeed: ObservationRow[];
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Begins the note of a figure published for a province before its 2022 split (regional_figures.csv names
 * it "Papua (pre-split ...)"): the figure covers a larger area than today's province of that code.
 */
export const PRE_SPLIT_NOTE = 'Published for the province before its 2022 split (34-province frame)';

function regionalNote(row: Record<string, string | undefined>): string | null {
  const code = row.kode_wilayah!;
  if (row.level !== 'province' || !/pre-split/i.test(row.name ?? '')) return row.note || null;
  const covered = provincesOfPreSplitFrame(code);
  return `${PRE_SPLIT_NOTE}: it covers today's provinces ${covered.join(', ')}, and is served at ${code}, the province that kept the name${row.note ? `. ${row.note}` : ''}`;
}
const UNVERIFIED = /UNVERIFIED/i;

function decimal(text: string, where: string): string {
  const value = text.trim();
  if (!DECIMAL.test(value)) throw new Error(`${where}: "${text}" is not a decimal`);
  return value;
}

const millionsToCount = (text: string) => {
  // Exact: "9.90" million is 9,900,000 with no float in between.
  const [whole, fraction = ''] = text.split('.');
  return Number(whole) * 1_000_000 + Number(fraction.padEnd(6, '0').slice(0, 6));
};

/**
 * The published figures of the reference files as indicator values: every series of
 * `national_backlog.csv` for the nation (area "00"), and every row of `regional_figures.csv` at its
 * area and year (a part of a year keeps its label as `period`). Rows their note marks UNVERIFIED
 * are left out: the hub does not serve a figure its only source casts doubt on.
 */
export function buildPublishedFigures(
  nationalRows: Record<string, string>[],
  regionalRows: Record<string, string>[],
): PublishedFigures {
  const sources = new Map<string, SourceRow>();
  const sourceOf = (url: string) => {
    const source = publishedSource(url);
    sources.set(source.code, source);
    return source.code;
  };
  const values: IndicatorValueRow[] = [];
  const nationalNeed: ObservationRow[] = [];
  for (const row of nationalRows) {
    if (UNVERIFIED.test(row.note ?? '')) continue;
    const year = Number(row.year);
    const sourceCode = sourceOf(row.source_url!);
    for (const [column, indicator] of Object.entries(NATIONAL_BACKLOG_COLUMNS)) {
      const text = row[column]?.trim();
      if (!text) continue;
      values.push({
        area_code: NATION_AREA_CODE,
        area_level: 'NATION',
        year,
        period: '',
        indicator_code: indicator,
        value: decimal(text, `national_backlog.csv ${year} ${column}`),
        note: row.note || null,
        source_code: sourceCode,
      });
    }
    for (const [column, indicator] of [
      ['backlog_kepemilikan_juta_rt', NeedIndicator.OWNERSHIP_BACKLOG],
      ['backlog_kelayakan_juta_rt', NeedIndicator.HABITABILITY_BACKLOG],
    ] as const) {
      const text = row[column]?.trim();
      if (!text) continue;
      nationalNeed.push({
        area_code: NATION_AREA_CODE,
        area_level: 'NATION',
        year,
        indicator,
        value: millionsToCount(decimal(text, `national_backlog.csv ${year} ${column}`)),
        definition: NEED_DEFINITIONS[indicator],
        source_code: sourceCode,
      });
    }
  }
  for (const row of regionalRows) {
    if (UNVERIFIED.test(row.note ?? '')) continue;
    const indicator = REGIONAL_INDICATORS[row.indicator ?? ''];
    if (!indicator) throw new Error(`regional_figures.csv: indicator "${row.indicator}" has no place in the catalogue`);
    const label = (row.year ?? '').trim();
    const year = /^(\d{4})/.exec(label);
    if (!year) throw new Error(`regional_figures.csv: "${label}" names no year`);
    values.push({
      area_code: row.kode_wilayah!,
      area_level: row.level === 'province' ? 'PROVINCE' : 'REGENCY',
      year: Number(year[1]),
      period: label === year[1] ? '' : label,
      indicator_code: indicator,
      value: decimal(row.value!, `regional_figures.csv ${row.kode_wilayah} ${label} ${row.indicator}`),
      note: regionalNote(row),
      source_code: sourceOf(row.source_url!),
    });
  }
  return { sources: [...sources.values()], values, nationalNeed };
}

/** Upserts the indicator catalogue: safe at every start, and picks up a changed definition. */
export async function seedIndicatorCatalogue(em: EntityManager): Promise<void> {
  await em.getConnection().execute(
    `insert into regions.indicator (code, name, unit, definition, publisher_wording, sort_order)
     select code, name, unit, definition, publisher_wording, sort_order
     from json_to_recordset(?::json) as i(code text, name text, unit text, definition text, publisher_wording text, sort_order smallint)
     on conflict (code) do update set name = excluded.name, unit = excluded.unit, definition = excluded.definition,
       publisher_wording = excluded.publisher_wording, sort_order = excluded.sort_order`,
    [
      JSON.stringify(
        INDICATOR_CATALOGUE.map((entry, index) => ({
          code: entry.code,
          name: entry.name,
          unit: entry.unit,
          definition: entry.definition,
          publisher_wording: entry.publisherWording,
          sort_order: index,
        })),
      ),
    ],
    'run',
  );
}

/**
 * Loads figures into the indicator store in one transaction, their sources first; a figure already
 * there (same area, year, period, indicator and source) is updated, so a reload is harmless.
 */
export async function loadIndicatorValues(
  em: EntityManager,
  sources: readonly SourceRow[],
  values: readonly IndicatorValueRow[],
): Promise<void> {
  await em.transactional((tx) => insertIndicatorValues(tx, sources, values));
}

// Values travel as text and are cast to numeric in SQL: no float ever holds them.
async function insertIndicatorValues(
  tx: EntityManager,
  sources: readonly SourceRow[],
  values: readonly IndicatorValueRow[],
): Promise<void> {
  await insertDataSources(tx, sources);
  await tx.getConnection().execute(
    `insert into regions.indicator_value (area_code, area_level, year, period, indicator_code, value, note, source_code)
     select area_code, area_level, year, period, indicator_code, value::numeric, note, source_code
     from json_to_recordset(?::json)
       as v(area_code text, area_level text, year int, period text, indicator_code text, value text, note text, source_code text)
     on conflict on constraint indicator_value_area_year_period_indicator_source_unique
     do update set value = excluded.value, note = excluded.note`,
    [JSON.stringify(values)],
    'run',
    tx.getTransactionContext(),
  );
}

/** Inserts data sources (in the caller's transaction); a code already there is kept as it is. */
export async function insertDataSources(tx: EntityManager, sources: readonly SourceRow[]): Promise<void> {
  await tx.getConnection().execute(
    `insert into regions.data_source (code, name, publisher, published_on, url, modeled)
     select code, name, publisher, published_on::date, url, modeled
     from json_to_recordset(?::json) as s(code text, name text, publisher text, published_on text, url text, modeled boolean)
     on conflict (code) do nothing`,
    [JSON.stringify(sources)],
    'run',
    tx.getTransactionContext(),
  );
}

/** Loads the published reference figures once (they are real, not demo), with the nation's published need. */
export async function seedPublishedFigures(em: EntityManager): Promise<void> {
  const loaded = await em.getConnection().execute(`select 1 from regions.indicator_value where area_code = '00' limit 1`);
  if (loaded.length > 0) return;
  const [national, regional] = await Promise.all([
    readDataFile('national_backlog.csv').then(parseCsv),
    readDataFile('regional_figures.csv').then(parseCsv),
  ]);
  const figures = buildPublishedFigures(national, regional);
  await em.transactional(async (tx) => {
    await insertIndicatorValues(tx, figures.sources, figures.values);
    await tx.getConnection().execute(
      `insert into regions.need_observation (area_code, area_level, year, indicator, value, definition, source_code)
       select area_code, area_level, year, indicator, value, definition, source_code
       from json_to_recordset(?::json)
         as o(area_code text, area_level text, year int, indicator text, value int, definition text, source_code text)
       on conflict (area_code, year, indicator, source_code) do nothing`,
      [JSON.stringify(figures.nationalNeed)],
      'run',
      tx.getTransactionContext(),
    );
  });
}

/** Loads the modeled slum and SPM indicators of every kab/kota once (demo), calibrated to the published slum shares. */
export async function seedDemoKumuhSpm(em: EntityManager): Promise<void> {
  const loaded = await em
    .getConnection()
    .execute(`select 1 from regions.indicator_value where source_code = ? limit 1`, [KUMUH_SPM_SOURCE]);
  if (loaded.length > 0) return;
  const households: { regency_code: string; province_code: string; kind: string; households: number }[] = await em
    .getConnection()
    .execute(
      `select r.code as regency_code, r.province_code, r.kind, o.value as households
     from regions.regency r join regions.need_observation o on o.area_code = r.code
     where o.indicator = 'HOUSEHOLDS' and o.year = ? and o.source_code = ?`,
      [KUMUH_SPM_YEAR, `DEMO-NEED-${KUMUH_SPM_YEAR}`],
    );
  const shares: { area_code: string; value: string; note: string | null }[] = await em.getConnection().execute(
    `select area_code, value::text as value, note from regions.indicator_value
     where indicator_code = 'SLUM_HOUSING_PCT' and area_level = 'PROVINCE' and year = ? and period = ''`,
    [KUMUH_SPM_YEAR],
  );
  const rows = buildKumuhSpmModel(
    households.map((h) => ({
      regencyCode: h.regency_code,
      provinceCode: h.province_code,
      kind: h.kind,
      households: Number(h.households),
    })),
    new Map(shares.map((s) => [s.area_code, Number(s.value)])),
    new Set(shares.filter((s) => s.note?.startsWith(PRE_SPLIT_NOTE)).map((s) => s.area_code)),
  );
  const source: SourceRow = {
    code: KUMUH_SPM_SOURCE,
    name: `Demo model: slum area and households, SPM drinking water and sanitation per kab/kota ${KUMUH_SPM_YEAR}, calibrated to the published slum shares`,
    publisher: 'Housing data hub (modeled demo dataset)',
    published_on: null,
    url: null,
    modeled: true,
  };
  await loadIndicatorValues(em, [source], rows);
}
