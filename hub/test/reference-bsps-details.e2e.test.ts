import { readFile } from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import { readCsv } from '@housing-hub/import-kit';
import { graphql } from './generated/index.js';
import { useHubFixture } from './hub-fixture.js';

/*
 * The figures national_bsps.csv states inside its text columns, beside its number columns: the PK / PB split
 * of a plan ("planned (PK 198500 + PB 8000)"), a stated target, the budget ceiling ("pagu Rp1.02T"), the
 * budget's absorption ("94.48% absorbed by 2025-11-18") and the unit values with their materials/wages split
 * ("PK Rp17.5jt (15 bahan + 2.5 upah); PB Rp35jt (30 + 5)"). The text is read here with this file's own
 * patterns, not the seed's, and every number in it must be accounted for: a new figure in the text fails the
 * test until the graph serves it. Rows whose note says UNVERIFIED are left out, as PROVENANCE.md says.
 */

const fixture = useHubFixture();

const ProgramsBspsDetails = graphql(`query ReferenceBspsDetails {
  programs {
    code
    unitValues { year category amountIdr materialsIdr wagesIdr source { modeled url } }
    targets { year kind units amountIdr budgetAbsorbedPercent budgetAbsorbedOn province { code } source { modeled url } }
  }
}`);

const BspsByCategory = graphql(`query ReferenceBspsByCategory($year: Int!) {
  fundingBreakdown(year: $year, scheme: BSPS, by: CATEGORY, statuses: [ALLOCATED, IN_PROGRESS, REALIZED]) { category units }
}`);

/** "17.5" juta rupiah as exact integer rupiah. */
function millionRupiah(text: string): string {
  const [whole, fraction = ''] = text.split('.');
  return BigInt(`${whole}${fraction.padEnd(6, '0')}`).toString();
}

/** "1.02" trillion rupiah as exact integer rupiah. */
function trillionRupiah(text: string): string {
  const [whole, fraction = ''] = text.split('.');
  return BigInt(`${whole}${fraction.padEnd(12, '0')}`).toString();
}

async function publishedRows(): Promise<Record<string, string>[]> {
  const text = await readFile(new URL('../../services/programs/data/national_bsps.csv', import.meta.url), 'utf8');
  return readCsv(text)
    .rows.map((row) => row.cells as Record<string, string>)
    .filter((row) => !/unverified/i.test(row.note ?? ''));
}

/** The numbers of a text that no check has taken yet (dates are not figures here). */
function numbersLeft(text: string, taken: readonly string[]): string[] {
  let rest = text.replace(/\d{4}-\d{2}-\d{2}/g, ' ');
  for (const match of taken) rest = rest.replace(match, ' ');
  return rest.match(/\d+(?:\.\d+)?/g) ?? [];
}

describe('the figures inside national_bsps.csv text are in the graph', () => {
  it('serves every split, target, budget ceiling, absorption and unit value the text states, at its year', async () => {
    const rows = await publishedRows();
    const { data, errors } = await fixture.query(ProgramsBspsDetails);
    expect(errors).toBeUndefined();
    const bsps = data!.programs!.find((program) => program.code === 'BSPS')!;
    const nationalTarget = (year: number) => bsps.targets.find((t) => t.year === year && t.province === null);
    let compared = 0;

    for (const row of rows) {
      const year = Number(row.year);
      const kind = row.kind ?? '';
      const taken: string[] = [];

      const split = /PK (\d+) \+ PB (\d+)/.exec(kind);
      if (split) {
        taken.push(split[0]);
        const breakdown = await fixture.query(BspsByCategory, { year });
        expect(breakdown.errors).toBeUndefined();
        const units = Object.fromEntries(breakdown.data!.fundingBreakdown!.map((part) => [part.category, part.units]));
        expect({ year, units }).toEqual({ year, units: { PK: Number(split[1]), PB: Number(split[2]) } });
        compared += 2;
      }

      const stated = /target (\d+)/.exec(kind);
      if (stated) {
        taken.push(stated[0]);
        expect({ year, target: nationalTarget(year) }).toMatchObject({
          year,
          target: { kind: 'TARGET', units: Number(stated[1]) },
        });
        compared++;
      }

      const ceiling = /pagu Rp([\d.]+)T/.exec(kind);
      if (ceiling) {
        taken.push(ceiling[0]);
        expect({ year, budget: nationalTarget(year)?.amountIdr }).toEqual({ year, budget: trillionRupiah(ceiling[1]!) });
        compared++;
      }

      const absorbed = /([\d.]+)% absorbed by (\d{4}-\d{2}-\d{2})/.exec(kind);
      if (absorbed) {
        taken.push(absorbed[1]!);
        expect({ year, absorbed: nationalTarget(year) }).toMatchObject({
          year,
          absorbed: { budgetAbsorbedPercent: absorbed[1], budgetAbsorbedOn: absorbed[2] },
        });
        compared++;
      }

      const valueNote = row.unit_value_note ?? '';
      const valuesTaken: string[] = [];
      for (const part of valueNote.split(';').filter((text) => text.trim() !== '')) {
        const value = /(?:(PK|PB) )?Rp([\d.]+)jt(?: \(([\d.]+)(?: bahan)? \+ ([\d.]+)(?: upah)?\))?/.exec(part);
        expect({ year, part, read: value !== null }).toEqual({ year, part, read: true });
        valuesTaken.push(value![0]);
        const category = value![1] ?? 'PK';
        const served = bsps.unitValues.find((v) => v.year === year && v.category === category);
        expect({ year, category, served }).toEqual({
          year,
          category,
          served: {
            year,
            category,
            amountIdr: millionRupiah(value![2]!),
            materialsIdr: value![3] ? millionRupiah(value![3]) : null,
            wagesIdr: value![4] ? millionRupiah(value![4]) : null,
            source: { modeled: false, url: row.source_url },
          },
        });
        compared += value![3] ? 3 : 1;
      }

      // Every number of the text is one of the figures above (the row's own number columns have their own test).
      expect({ year, kind: numbersLeft(kind, taken), note: numbersLeft(valueNote, valuesTaken) }).toEqual({
        year,
        kind: [],
        note: [],
      });
    }
    // 2018/2019 splits (4), the 2023 target, the 2025 ceiling and absorption, 2019 PK/PB and 2023 values split.
    expect(compared).toBe(4 + 1 + 2 + 3 + 3 + 3);
  });
});
