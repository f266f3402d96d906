import { readFile } from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import { readCsv } from '@housing-hub/import-kit';
import { graphql } from './generated/index.js';
import { useHubFixture } from './hub-fixture.js';

const fixture = useHubFixture();

const INDICATORS = ['households', 'ownershipBacklog', 'habitabilityBacklog', 'uninhabitableHomes'] as const;
const INDICATOR_ENUM: Record<(typeof INDICATORS)[number], string> = {
  households: 'HOUSEHOLDS',
  ownershipBacklog: 'OWNERSHIP_BACKLOG',
  habitabilityBacklog: 'HABITABILITY_BACKLOG',
  uninhabitableHomes: 'UNINHABITABLE_HOMES',
};
// The published regional figures the hub could serve as need (the reference file's indicator names).
const PUBLISHED_INDICATORS: Record<string, string> = { backlog_kepemilikan: 'OWNERSHIP_BACKLOG' };

graphql(`fragment AnalystsProvenanceSource on DataSource { code name url publishedOn modeled }`);
graphql(`fragment AnalystsProvenanceNeed on HousingNeed {
  year households ownershipBacklog habitabilityBacklog uninhabitableHomes modeled source { ...AnalystsProvenanceSource }
  householdsSource { ...AnalystsProvenanceSource } ownershipBacklogSource { ...AnalystsProvenanceSource }
  habitabilityBacklogSource { ...AnalystsProvenanceSource } uninhabitableHomesSource { ...AnalystsProvenanceSource }
  figures { indicator year value source { ...AnalystsProvenanceSource } }
}`);

describe('honest provenance of need figures', () => {
  it('never claims a published source for a modeled figure: every indicator of every area, 2023', async () => {
    const text = await readFile(new URL('../../services/regions/data/regional_figures.csv', import.meta.url), 'utf8');
    // area/year/indicator/value -> url of every published figure
    const published = new Map<string, string>();
    for (const { cells } of readCsv(text).rows) {
      const indicator = PUBLISHED_INDICATORS[cells.indicator!];
      if (indicator && /^\d{4}$/.test(cells.year!) && !/UNVERIFIED/i.test(cells.note ?? '')) {
        published.set(`${cells.kode_wilayah}/${cells.year}/${indicator}/${cells.value}`, cells.source_url!);
      }
    }
    const { data, errors } = await fixture.query(
      graphql(`query AnalystsProvenanceNeeds {
        provinces { code need(year: 2023) { ...AnalystsProvenanceNeed } regencies { code need(year: 2023) { ...AnalystsProvenanceNeed } } }
      }`),
    );
    expect(errors).toBeUndefined();
    const areas = data!.provinces!.flatMap((p) => [p, ...p.regencies]);
    expect(areas).toHaveLength(38 + 514);
    let publishedFigures = 0;
    let mixed = 0;
    for (const area of areas) {
      const need = area.need!;
      expect(need.figures).toHaveLength(4);
      for (const figure of need.figures) {
        const field = INDICATORS.find((f) => INDICATOR_ENUM[f] === figure.indicator)!;
        // The value and its source travel together: the indicator's own source is the figure's.
        expect(need[field]).toBe(figure.value);
        expect(need[`${field}Source`]).toEqual(figure.source);
        if (!figure.source.modeled) {
          // A figure claimed as published must be a published figure, with that very source.
          expect(published.get(`${area.code}/${figure.year}/${figure.indicator}/${figure.value}`)).toBe(figure.source.url);
          publishedFigures++;
        }
      }
      // The whole need claims "published" only when every figure is; else it is modeled (and "MIXED" when sources differ).
      expect(need.modeled).toBe(need.figures.some((f) => f.source.modeled));
      expect(need.source.modeled).toBe(need.modeled);
      const codes = new Set(need.figures.map((f) => f.source.code));
      if (codes.size > 1) {
        expect(need.source.code).toBe('MIXED');
        mixed++;
      } else expect(need.source).toEqual(need.figures[0].source);
    }
    // Jawa Barat 2023: the published ownership backlog beside modeled RTLH, so the need is mixed and modeled.
    const jabar = areas.find((a) => a.code === '32')!.need!;
    expect(jabar.ownershipBacklog).toBe(2_070_000);
    expect(jabar.ownershipBacklogSource).toMatchObject({ modeled: false, url: expect.stringContaining('landbank.co.id') });
    expect(jabar.uninhabitableHomesSource!.modeled).toBe(true);
    expect(jabar.source).toMatchObject({ code: 'MIXED', modeled: true });
    expect(publishedFigures).toBeGreaterThan(0);
    expect(mixed).toBeGreaterThan(0);
  });
});

describe('honest provenance of funding, coverage and proposals', () => {
  it('says coverage and breakdown rows rest on modeled figures in the demo dataset', async () => {
    const { data, errors } = await fixture.query(
      graphql(`query AnalystsProvenanceCoverage {
      regency(code: "52.01") { coverage(year: 2025) { fundedUnits modeled } }
      fundingBreakdown(year: 2025, scheme: FLPP, by: MONTH) { month units modeled }
    }`),
    );
    expect(errors).toBeUndefined();
    expect(data!.regency!.coverage).toMatchObject({ modeled: true });
    expect(data!.fundingBreakdown).toHaveLength(12);
    expect(data!.fundingBreakdown!.every((row) => row.modeled === true)).toBe(true);
  });

  it('labels every demo proposal as demo data', async () => {
    const { data, errors } = await fixture.query(
      graphql(
        `query AnalystsProvenanceProposals { proposals(filter: { provinceCode: "52" }, first: 100) { totalCount nodes { source { code name modeled } } } }`,
      ),
    );
    expect(errors).toBeUndefined();
    expect(data!.proposals!.totalCount).toBeGreaterThan(0);
    for (const proposal of data!.proposals!.nodes) {
      expect(proposal.source).toMatchObject({ modeled: true, name: expect.stringMatching(/^Demo dataset/) });
    }
  });

  it('fills the publication date of a published source whose address states it', async () => {
    const { data } = await fixture.query(
      graphql(
        `query AnalystsProvenanceTargets { programs { code targets(year: 2025) { kind source { url publishedOn modeled } } } }`,
      ),
    );
    const flpp = data!.programs!.find((p) => p.code === 'FLPP');
    // rmol.id/bisnis/read/2026/01/03/...: published on 3 January 2026.
    expect(flpp!.targets).toEqual([
      { kind: 'QUOTA', source: { url: expect.stringContaining('/2026/01/03/'), publishedOn: '2026-01-03', modeled: false } },
    ]);
  });
});
