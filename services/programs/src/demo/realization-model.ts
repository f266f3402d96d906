import {
  apportion,
  apportionNumbers,
  type DemoSourceRow as SourceRow,
  hashSeed,
  provinceWeight,
  publicationDateFromUrl,
  regenciesByProvinceCode,
  stableFactor,
} from '@housing-hub/demo-kit';
import type { AreaFrame, FrameRegency } from '@housing-hub/reference-frame';
import { FundingScheme } from '../funding-scheme.enum.js';
import type { RealizationFactColumns } from '../realization.entity.js';
import { RealizationStatus } from '../realization-status.enum.js';
import { UnitCategory } from '../unit-category.enum.js';
import { TargetKind } from '../target-kind.enum.js';

type CsvRow = Record<string, string>;

export interface ReferenceFiles {
  flpp: CsvRow[];
  bsps: CsvRow[];
  psr: CsvRow[];
  regional: CsvRow[];
}

export interface RealizationRow extends RealizationFactColumns {
  scheme: FundingScheme;
  regency_code: string;
  province_code: string;
  year: number;
  source_code: string;
}

export interface TargetRow {
  scheme: FundingScheme;
  year: number;
  province_code: string | null;
  kind: TargetKind;
  units: number | null;
  amount_idr: string | null;
  /** Where the source reports the budget's absorption ("94.48% absorbed by 2025-11-18"). */
  budget_absorbed_percent?: string | null;
  budget_absorbed_on?: string | null;
  note: string | null;
  source_code: string;
}

export interface UnitValueRow {
  scheme: FundingScheme;
  year: number;
  category: UnitCategory | null;
  amount_idr: string;
  /** Materials (bahan) and wages (upah) of the value, where the source splits it. */
  materials_idr?: string | null;
  wages_idr?: string | null;
  note: string | null;
  source_code: string;
}

export interface RealizationModel {
  sources: SourceRow[];
  realizations: RealizationRow[];
  targets: TargetRow[];
  unitValues: UnitValueRow[];
}

/** The last year with realization facts; later rows of the reference files are plans (targets only). */
export const LAST_REALIZATION_YEAR = 2025;

/** Published national figures, read from the reference files (exact integers, rupiah as BigInt). */
export interface PublishedFlppYear {
  year: number;
  units: number;
  valueIdr: bigint;
  quota: number | null;
  url: string;
  note: string;
}

/** "34.64" (trillion rupiah) -> 34_640_000_000_000n, exactly (no floating point). */
export function trillionToRupiah(value: string): bigint {
  const match = /^(\d+)(?:\.(\d{1,12}))?$/.exec(value.trim());
  if (!match) throw new Error(`Not a trillion-rupiah figure: "${value}"`);
  return BigInt(match[1]!) * 10n ** 12n + BigInt((match[2] ?? '').padEnd(12, '0'));
}

/** "17.5" (juta rupiah) -> 17_500_000n. */
export function millionToRupiah(value: string): bigint {
  const match = /^(\d+)(?:\.(\d{1,6}))?$/.exec(value.trim());
  if (!match) throw new Error(`Not a million-rupiah figure: "${value}"`);
  return BigInt(match[1]!) * 10n ** 6n + BigInt((match[2] ?? '').padEnd(6, '0'));
}

export function publishedFlpp(rows: CsvRow[]): PublishedFlppYear[] {
  return rows.map((row) => ({
    year: Number(row.year),
    units: Number(row.units),
    valueIdr: trillionToRupiah(row.value_rp_triliun!),
    quota: row.target_units ? Number(row.target_units) : null,
    url: row.source_url!,
    note: row.note ?? '',
  }));
}

/** A unit value as the source states it: "PK Rp17.5jt (15 bahan + 2.5 upah)"; "PB Rp35jt (30 + 5)". */
export interface PublishedUnitValue {
  category: UnitCategory;
  amountIdr: bigint;
  /** Materials (bahan) and wages (upah), where the source splits the value. */
  materialsIdr: bigint | null;
  wagesIdr: bigint | null;
}

/**
 * Reads the unit values of a `unit_value_note`: "; "-separated, each "[PK|PB] Rp<juta>jt" with an optional
 * "(<bahan> [bahan] + <upah> [upah])". A value without a category is the PK (single-category) value.
 */
export function publishedUnitValues(note: string): PublishedUnitValue[] {
  const values: PublishedUnitValue[] = [];
  for (const part of note.split(';')) {
    const match = /^\s*(?:(PK|PB) )?Rp([\d.]+)jt(?: \(([\d.]+)(?: bahan)? \+ ([\d.]+)(?: upah)?\))?/.exec(part);
    if (!match) continue;
    const split = match[3] !== undefined && match[4] !== undefined;
    values.push({
      category: match[1] === 'PB' ? UnitCategory.PB : UnitCategory.PK,
      amountIdr: millionToRupiah(match[2]!),
      materialsIdr: split ? millionToRupiah(match[3]!) : null,
      wagesIdr: split ? millionToRupiah(match[4]!) : null,
    });
  }
  return values;
}

export interface PublishedBspsYear {
  year: number;
  units: number;
  /** Explicit PK / PB split where the source gives one. */
  split: { pk: number; pb: number } | null;
  target: number | null;
  planned: boolean;
  status: RealizationStatus;
  budgetIdr: bigint | null;
  /** Budget absorption as published ("94.48% absorbed by 2025-11-18"). */
  absorbed: { percent: string; on: string } | null;
  unitValues: PublishedUnitValue[];
  unitValueNote: string | null;
  kind: string;
  url: string;
}

export function publishedBsps(rows: CsvRow[]): PublishedBspsYear[] {
  return rows.map((row) => {
    const kind = row.kind ?? '';
    const split = /PK (\d+) \+ PB (\d+)/.exec(kind);
    const target = /target (\d+)/.exec(kind);
    const note = row.unit_value_note ?? '';
    const absorbed = /([\d.]+)% absorbed by (\d{4}-\d{2}-\d{2})/.exec(kind);
    const planned = /^planned/.test(kind);
    return {
      year: Number(row.year),
      units: Number(row.units),
      split: split ? { pk: Number(split[1]), pb: Number(split[2]) } : null,
      target: target ? Number(target[1]) : null,
      planned,
      status: planned
        ? RealizationStatus.ALLOCATED
        : /in progress/.test(kind)
          ? RealizationStatus.IN_PROGRESS
          : RealizationStatus.REALIZED,
      budgetIdr: row.budget_rp_triliun ? trillionToRupiah(row.budget_rp_triliun) : null,
      absorbed: absorbed ? { percent: absorbed[1]!, on: absorbed[2]! } : null,
      unitValues: publishedUnitValues(note),
      unitValueNote: note || null,
      kind,
      url: row.source_url!,
    };
  });
}

export function publishedCsr(rows: CsvRow[]): { year: number; units: number; url: string }[] {
  return rows
    .filter((row) => row.units_csr)
    .map((row) => ({ year: Number(row.year), units: Number(row.units_csr), url: row.source_url! }));
}

/** A published FLPP figure of a province or kab/kota: a whole year, its first half, or the year to a day. */
export interface FlppAnchor {
  code: string;
  level: 'province' | 'regency';
  year: number;
  period: 'YEAR' | 'H1' | 'TO_DATE';
  units: number;
  /** For TO_DATE: the last day counted ("2024 (to 17 May)": month 5, day 17). */
  through?: { month: number; day: number };
  /** Provinces the source ranks next after this one, in order ("next: Jateng SulSel Banten Jatim"). */
  nextProvinces?: string[];
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// The short names the reference notes use for provinces.
const PROVINCE_ABBREVIATIONS: Record<string, string> = {
  jabar: 'Jawa Barat',
  jateng: 'Jawa Tengah',
  jatim: 'Jawa Timur',
  sulsel: 'Sulawesi Selatan',
  banten: 'Banten',
};

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function flppAnchors(rows: CsvRow[], provinces: readonly { code: string; name: string }[] = []): FlppAnchor[] {
  const anchors: FlppAnchor[] = [];
  const provinceCode = (name: string) =>
    provinces.find((p) => p.name.toLowerCase() === (PROVINCE_ABBREVIATIONS[name.toLowerCase()] ?? name).toLowerCase())?.code;
  for (const row of rows) {
    if (row.indicator !== 'flpp_units' || /UNVERIFIED/i.test(row.note ?? '')) continue;
    const whole = /^(\d{4})$/.exec(row.year ?? '');
    const half = /^(\d{4})H1$/.exec(row.year ?? '');
    const toDate = /^(\d{4}) \(to (\d{1,2}) ([A-Za-z]{3})[a-z]*\)$/.exec(row.year ?? '');
    if (!whole && !half && !toDate) continue;
    const anchor: FlppAnchor = {
      code: row.kode_wilayah!,
      level: row.level === 'province' ? 'province' : 'regency',
      year: Number((whole ?? half ?? toDate)![1]),
      period: whole ? 'YEAR' : half ? 'H1' : 'TO_DATE',
      units: Number(row.value),
    };
    if (toDate) anchor.through = { month: MONTH_NAMES.indexOf(toDate[3]!.toLowerCase()) + 1, day: Number(toDate[2]) };
    const next = /next: ([A-Za-z ]+?)(?: \(|$)/.exec(row.note ?? '');
    if (next && anchor.level === 'province') {
      const codes = next[1]!.trim().split(/\s+/).map(provinceCode);
      if (codes.every((c) => c !== undefined)) anchor.nextProvinces = codes as string[];
    }
    anchors.push(anchor);
  }
  return anchors;
}

/**
 * The months of a kab/kota's year such that the figure to a day inside a month is reproduced: the
 * months before it in full, plus that month prorated by days (facts are monthly: the hub cannot hold
 * a day, so a figure "to 17 May" reads as Jan-Apr + 17/31 of May, rounded). The rest of the year
 * follows the weights.
 */
export function monthsWithToDate(
  yearUnits: number,
  toDateUnits: number,
  through: { month: number; day: number },
  year: number,
  weights: readonly number[],
): number[] {
  const fraction = through.day / daysInMonth(year, through.month);
  const before = weights.slice(0, through.month - 1);
  const counted = apportionNumbers(toDateUnits, [...before, weights[through.month - 1]! * fraction]);
  const partial = counted.pop()!;
  // The whole month such that its prorated part rounds back to `partial` (fraction < 1 makes this exact).
  const month = Math.round(partial / fraction);
  const rest = yearUnits - sum(counted) - month;
  if (rest < 0) throw new Error(`FLPP ${year}: the year modeled is smaller than the figure to ${through.day}/${through.month}`);
  return [...counted, month, ...apportionNumbers(rest, weights.slice(through.month))];
}

// Relative monthly weights of FLPP disbursement: slow start, end-of-year rush.
const FLPP_SEASON = [0.55, 0.65, 0.8, 0.8, 0.85, 0.95, 0.9, 1.0, 1.05, 1.15, 1.3, 1.9];
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** National banks that pay out FLPP beside each province's regional development bank (BPD). */
export const FLPP_NATIONAL_BANKS = [
  'Bank BTN',
  'Bank BTN Syariah',
  'Bank BRI',
  'Bank BNI',
  'Bank Mandiri',
  'Bank Syariah Indonesia',
];

export const CSR_COMPANIES = Array.from(
  { length: 12 },
  (_, i) => `Perusahaan mitra CSR ${String(i + 1).padStart(2, '0')} (modeled)`,
);

/** The share of PB (new builds) in BSPS where the source gives no split (2019: 8,000 of 206,500). */
const BSPS_PB_SHARE = 0.04;

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** How the FLPP figures of one year spread: which kab/kota and months, and their units. */
interface Cell {
  regency: FrameRegency;
  month: number | null;
  units: number;
}

export interface ModelOptions {
  /** FLPP banks per kab/kota and month: the demo uses 2 (BTN and the BPD or another national bank). */
  flppBanksPerCell?: number;
}

/**
 * The modeled realization of the demo dataset. Every national figure is spread over provinces and
 * kab/kota by stable pseudo-random weights (population for the provinces) with exact integer
 * apportionment, so the national totals equal the published ones; published regional figures are
 * held fixed (FLPP 2025: Jawa Barat 62,591, Kabupaten Bekasi 14,702; first-half 2025 figures).
 */
export function buildRealizationModel(frame: AreaFrame, files: ReferenceFiles, options: ModelOptions = {}): RealizationModel {
  const banksPerCell = options.flppBanksPerCell ?? 2;
  const sources: SourceRow[] = [];
  const realizations: RealizationRow[] = [];
  const targets: TargetRow[] = [];
  const unitValues: UnitValueRow[] = [];
  const regenciesByProvince = regenciesByProvinceCode(frame.regencies);
  const provinceName = new Map(frame.provinces.map((p) => [p.code, p.name]));
  const addSource = (source: SourceRow) => {
    if (!sources.some((s) => s.code === source.code)) sources.push(source);
    return source.code;
  };
  const published = (scheme: string, year: number, url: string) =>
    addSource({
      code: `PUB-${scheme}-${year}`,
      name: `${scheme} ${year}: published national figure (${new URL(url).hostname})`,
      publisher: new URL(url).hostname,
      published_on: publicationDateFromUrl(url),
      url,
      modeled: false,
    });
  const modeled = (scheme: string, year: number, url: string, how: string) =>
    addSource({
      code: `DEMO-${scheme}-${year}`,
      name: `Demo model: ${scheme} ${year} ${how}, calibrated to the published national total`,
      publisher: 'Housing data hub (modeled demo dataset)',
      published_on: null,
      url,
      modeled: true,
    });

  /** Shares a national total over provinces (fixed ones kept, floors respected), then over kab/kota. */
  function spread(
    total: number,
    label: string,
    provinceCodes: readonly string[],
    regencyWeight: (regency: FrameRegency) => number,
    fixedProvinces = new Map<string, number>(),
    fixedRegencies = new Map<string, number>(),
    activeRegencies?: Set<string>,
    rankedNext: readonly string[] = [],
  ): Map<string, number> {
    const floors = new Map<string, number>();
    for (const [code, units] of fixedRegencies) floors.set(code.slice(0, 2), (floors.get(code.slice(0, 2)) ?? 0) + units);
    const free = provinceCodes.filter((code) => !fixedProvinces.has(code));
    const remaining = total - sum([...fixedProvinces.values()]) - sum(free.map((code) => floors.get(code) ?? 0));
    if (remaining < 0) throw new Error(`${label}: published regional figures exceed the national total`);
    const shares = apportionNumbers(
      remaining,
      free.map((code) => provinceWeight(code) * stableFactor(`${label}/${code}`, 0.6, 1.4)),
    );
    const provinceTotals = new Map(fixedProvinces);
    for (const [index, code] of free.entries()) provinceTotals.set(code, shares[index]! + (floors.get(code) ?? 0));
    if (rankedNext.length > 0) {
      // A published ranking ("next: Jateng SulSel Banten Jatim"): the largest totals go to those provinces in
      // that order, the others keep their order among themselves; the totals are only exchanged, so sums hold.
      const values = free.map((code) => provinceTotals.get(code)!).sort((a, b) => b - a);
      const others = free
        .filter((code) => !rankedNext.includes(code))
        .sort((a, b) => provinceTotals.get(b)! - provinceTotals.get(a)! || a.localeCompare(b));
      for (const [index, code] of [...rankedNext, ...others].entries()) provinceTotals.set(code, values[index]!);
      for (const code of free) {
        if (provinceTotals.get(code)! < (floors.get(code) ?? 0))
          throw new Error(`${label}: the published ranking leaves ${code} below its kab/kota figures`);
      }
      const above = Math.min(...[...fixedProvinces.values()]);
      if (values[0]! > above) throw new Error(`${label}: a modeled province exceeds the published first one`);
    }

    const byRegency = new Map<string, number>();
    for (const [provinceCode, provinceTotal] of provinceTotals) {
      const regencies = (regenciesByProvince.get(provinceCode) ?? []).filter(
        (r) => !activeRegencies || activeRegencies.has(r.code),
      );
      const fixed = regencies.filter((r) => fixedRegencies.has(r.code));
      const rest = provinceTotal - sum(fixed.map((r) => fixedRegencies.get(r.code)!));
      if (rest < 0) throw new Error(`${label}: published kab/kota figures of ${provinceCode} exceed its total`);
      for (const regency of fixed) byRegency.set(regency.code, fixedRegencies.get(regency.code)!);
      const others = regencies.filter((r) => !fixedRegencies.has(r.code));
      if (others.length === 0) {
        if (rest > 0) throw new Error(`${label}: no kab/kota left in ${provinceCode} for ${rest} units`);
        continue;
      }
      const values = apportionNumbers(rest, others.map(regencyWeight));
      for (const [index, regency] of others.entries()) byRegency.set(regency.code, values[index]!);
    }
    return byRegency;
  }

  const regencyByCode = new Map(frame.regencies.map((r) => [r.code, r]));
  const allProvinces = frame.provinces.map((p) => p.code);

  // ---------------------------------------------------------------- FLPP: kab/kota x month x bank
  const anchors = flppAnchors(files.regional, frame.provinces);
  for (const flpp of publishedFlpp(files.flpp)) {
    const { year } = flpp;
    const publishedCode = published('FLPP', year, flpp.url);
    if (flpp.quota !== null) {
      targets.push({
        scheme: FundingScheme.FLPP,
        year,
        province_code: null,
        kind: TargetKind.QUOTA,
        units: flpp.quota,
        amount_idr: null,
        note: flpp.note || null,
        source_code: publishedCode,
      });
    }
    if (year > LAST_REALIZATION_YEAR) continue;
    const sourceCode = modeled('FLPP', year, flpp.url, 'per kab/kota, month and bank');
    const yearAnchors = anchors.filter((a) => a.year === year);
    const fixedProvinces = new Map(
      yearAnchors.filter((a) => a.level === 'province' && a.period === 'YEAR').map((a) => [a.code, a.units]),
    );
    const firstHalf = new Map(
      yearAnchors.filter((a) => a.level === 'regency' && a.period === 'H1').map((a) => [a.code, a.units]),
    );
    const fixedRegencies = new Map(
      yearAnchors.filter((a) => a.level === 'regency' && a.period === 'YEAR').map((a) => [a.code, a.units]),
    );
    const toDate = new Map(yearAnchors.filter((a) => a.level === 'regency' && a.period === 'TO_DATE').map((a) => [a.code, a]));
    const rankedNext = yearAnchors.find((a) => a.level === 'province' && a.nextProvinces)?.nextProvinces ?? [];
    // A kab/kota known to a day of the year gets a modeled year of the same pace: the figure over the share of the season by then.
    for (const [code, anchor] of toDate) {
      if (fixedRegencies.has(code)) continue;
      const through = anchor.through!;
      const season =
        FLPP_SEASON.slice(0, through.month - 1).reduce((a, b) => a + b, 0) +
        FLPP_SEASON[through.month - 1]! * (through.day / daysInMonth(year, through.month));
      fixedRegencies.set(
        code,
        Math.round(((anchor.units * sum(FLPP_SEASON)) / season) * stableFactor(`flpp-to-date/${code}/${year}`, 0.95, 1.05)),
      );
    }
    // A kab/kota known only by its first half gets a modeled year: the second half is usually larger.
    for (const [code, h1] of firstHalf) {
      if (!fixedRegencies.has(code)) fixedRegencies.set(code, Math.round(h1 * stableFactor(`flpp-h2/${code}/${year}`, 1.9, 2.3)));
    }
    const regencyWeight = (r: FrameRegency) => stableFactor(`flpp/${r.code}`, 0.3, 1.7) * (r.kind === 'KOTA' ? 1.4 : 1);

    // Where the source says how many provinces and kab/kota the year reached (2025: 33 and 401), only those get FLPP.
    const reachedProvinces = /(\d+) provinces/.exec(flpp.note);
    const reachedRegencies = /(\d+) kab\/kota/.exec(flpp.note);
    let provinces = allProvinces;
    let active: Set<string> | undefined;
    if (reachedProvinces) {
      const anchored = new Set([...fixedProvinces.keys(), ...[...fixedRegencies.keys()].map((c) => c.slice(0, 2))]);
      const dropped = allProvinces
        .filter((code) => !anchored.has(code))
        .sort((a, b) => provinceWeight(a) - provinceWeight(b) || a.localeCompare(b))
        .slice(0, allProvinces.length - Number(reachedProvinces[1]));
      provinces = allProvinces.filter((code) => !dropped.includes(code));
    }
    if (reachedRegencies) {
      const candidates = frame.regencies.filter((r) => provinces.includes(r.provinceCode));
      const keep = new Set(candidates.filter((r) => fixedRegencies.has(r.code)).map((r) => r.code));
      // Each province keeps its largest kab/kota; then the largest others until the published count.
      for (const code of provinces) {
        const best = (regenciesByProvince.get(code) ?? []).slice().sort((a, b) => regencyWeight(b) - regencyWeight(a))[0];
        if (best) keep.add(best.code);
      }
      for (const regency of candidates
        .slice()
        .sort((a, b) => regencyWeight(b) - regencyWeight(a) || a.code.localeCompare(b.code))) {
        if (keep.size >= Number(reachedRegencies[1])) break;
        keep.add(regency.code);
      }
      active = keep;
    }

    const perRegency = spread(
      flpp.units,
      `flpp-${year}`,
      provinces,
      regencyWeight,
      fixedProvinces,
      fixedRegencies,
      active,
      rankedNext,
    );
    const cells: Cell[] = [];
    for (const [code, units] of perRegency) {
      if (units === 0) continue;
      const regency = regencyByCode.get(code)!;
      const monthWeights = MONTHS.map((m) => FLPP_SEASON[m - 1]! * stableFactor(`flpp-month/${code}/${year}/${m}`, 0.8, 1.2));
      const h1 = firstHalf.get(code);
      const dated = toDate.get(code);
      const months = dated
        ? monthsWithToDate(units, dated.units, dated.through!, year, monthWeights)
        : h1 === undefined
          ? apportionNumbers(units, monthWeights)
          : [...apportionNumbers(h1, monthWeights.slice(0, 6)), ...apportionNumbers(units - h1, monthWeights.slice(6))];
      months.forEach((value, index) => {
        if (value > 0) cells.push({ regency, month: index + 1, units: value });
      });
    }
    // Banks: BTN everywhere; beside it the province's BPD or a national bank, changing from month to month.
    // Where the source says how many banks paid out (2025: 40), the ones beyond the national banks and the
    // BPDs of the provinces reached are modeled partner banks, named so.
    const publishedBanks = /(\d+) banks/.exec(flpp.note);
    const otherBanks = publishedBanks
      ? Array.from(
          { length: Math.max(0, Number(publishedBanks[1]) - FLPP_NATIONAL_BANKS.length - provinces.length) },
          (_, i) => `Bank penyalur FLPP ${String(i + 1).padStart(2, '0')} (modeled)`,
        )
      : [];
    const rows: RealizationRow[] = [];
    const priceWeights: number[] = [];
    for (const cell of cells) {
      const { regency } = cell;
      const partners = [`BPD ${provinceName.get(regency.provinceCode)}`, ...FLPP_NATIONAL_BANKS.slice(1), ...otherBanks];
      const start = hashSeed(`flpp-bank/${regency.code}/${year}/${cell.month}`) % partners.length;
      const banks = ['Bank BTN'];
      for (let i = 0; banks.length < banksPerCell && i < partners.length; i++)
        banks.push(partners[(start + i) % partners.length]!);
      const weights = banks.map(
        (bank, index) => (index === 0 ? 3 : index === 1 ? 1.2 : 1) * stableFactor(`flpp-bank/${regency.code}/${bank}`, 0.7, 1.3),
      );
      const split = apportionNumbers(cell.units, weights);
      const price =
        stableFactor(`flpp-price/${regency.provinceCode}`, 0.9, 1.15) * stableFactor(`flpp-price/${regency.code}`, 0.95, 1.05);
      banks.forEach((bank, index) => {
        const units = split[index]!;
        if (units === 0) return;
        rows.push({
          scheme: FundingScheme.FLPP,
          regency_code: regency.code,
          province_code: regency.provinceCode,
          year,
          month: cell.month,
          category: null,
          channel: bank,
          units,
          amount_idr: '0',
          status: RealizationStatus.REALIZED,
          source_code: sourceCode,
        });
        priceWeights.push(units * price);
      });
    }
    if (publishedBanks && new Set(rows.map((row) => row.channel)).size !== Number(publishedBanks[1])) {
      throw new Error(
        `FLPP ${year}: the model pays out through ${new Set(rows.map((row) => row.channel)).size} banks, ${publishedBanks[1]} published`,
      );
    }
    // The published value (to the rupiah) shared over the rows by units and a regional price level.
    const amounts = apportion(flpp.valueIdr, priceWeights);
    for (const [index, row] of rows.entries()) row.amount_idr = amounts[index]!.toString();
    realizations.push(...rows);
  }

  // ---------------------------------------------------------------- BSPS: kab/kota x category PK/PB
  const bspsYears = publishedBsps(files.bsps);
  const publishedValues = bspsYears.filter((b) => b.unitValues.length > 0);
  for (const bsps of bspsYears) {
    const publishedCode = published('BSPS', bsps.year, bsps.url);
    for (const value of bsps.unitValues) {
      unitValues.push({
        scheme: FundingScheme.BSPS,
        year: bsps.year,
        category: value.category,
        amount_idr: value.amountIdr.toString(),
        materials_idr: value.materialsIdr?.toString() ?? null,
        wages_idr: value.wagesIdr?.toString() ?? null,
        note: bsps.unitValueNote,
        source_code: publishedCode,
      });
    }
    if (bsps.planned || bsps.budgetIdr !== null || bsps.target !== null) {
      targets.push({
        scheme: FundingScheme.BSPS,
        year: bsps.year,
        province_code: null,
        kind: bsps.planned ? TargetKind.PLAN : TargetKind.TARGET,
        units: bsps.planned ? bsps.units : bsps.target,
        amount_idr: bsps.budgetIdr?.toString() ?? null,
        budget_absorbed_percent: bsps.absorbed?.percent ?? null,
        budget_absorbed_on: bsps.absorbed?.on ?? null,
        note: bsps.kind || null,
        source_code: publishedCode,
      });
    }
  }
  /** The unit value of a BSPS category in a year: the published one, else the nearest earlier, else the earliest later. */
  const bspsUnitValue = (year: number, category: UnitCategory): { amount: bigint; publishedYear: number } => {
    const known = publishedValues.flatMap((b) =>
      b.unitValues.filter((v) => v.category === category).map((v) => ({ year: b.year, amount: v.amountIdr })),
    );
    const before = known.filter((k) => k.year <= year).sort((a, b) => b.year - a.year)[0];
    const after = known.filter((k) => k.year > year).sort((a, b) => a.year - b.year)[0];
    const chosen = before ?? after;
    if (!chosen) throw new Error(`No BSPS ${category} unit value published`);
    return { amount: chosen.amount, publishedYear: chosen.year };
  };
  for (const bsps of bspsYears) {
    if (bsps.year > LAST_REALIZATION_YEAR) continue;
    const sourceCode = modeled('BSPS', bsps.year, bsps.url, 'per kab/kota and category PK/PB');
    const pb = bsps.split?.pb ?? Math.round(bsps.units * BSPS_PB_SHARE);
    const pk = bsps.split?.pk ?? bsps.units - pb;
    if (pk + pb !== bsps.units) throw new Error(`BSPS ${bsps.year}: PK + PB differ from the published total`);
    const regencyWeight = (r: FrameRegency) => stableFactor(`bsps/${r.code}`, 0.4, 1.6) * (r.kind === 'KOTA' ? 0.35 : 1);
    for (const [category, total] of [
      [UnitCategory.PK, pk],
      [UnitCategory.PB, pb],
    ] as const) {
      const value = bspsUnitValue(bsps.year, category);
      if (value.publishedYear !== bsps.year) {
        const assumed = addSource({
          code: `DEMO-BSPS-UNIT-VALUE-${bsps.year}-${category}`,
          name: `Demo assumption: BSPS ${category} unit value ${bsps.year} taken from the published ${value.publishedYear} value`,
          publisher: 'Housing data hub (modeled demo dataset)',
          published_on: null,
          url: null,
          modeled: true,
        });
        unitValues.push({
          scheme: FundingScheme.BSPS,
          year: bsps.year,
          category,
          amount_idr: value.amount.toString(),
          materials_idr: null,
          wages_idr: null,
          note: `assumed equal to ${value.publishedYear}`,
          source_code: assumed,
        });
      }
      const perRegency = spread(total, `bsps-${category}-${bsps.year}`, allProvinces, regencyWeight);
      for (const [code, units] of perRegency) {
        if (units === 0) continue;
        const regency = regencyByCode.get(code)!;
        realizations.push({
          scheme: FundingScheme.BSPS,
          regency_code: code,
          province_code: regency.provinceCode,
          year: bsps.year,
          month: null,
          category,
          channel: null,
          units,
          amount_idr: (BigInt(units) * value.amount).toString(),
          status: bsps.status,
          source_code: sourceCode,
        });
      }
    }
  }

  // ---------------------------------------------------------------- CSR: kab/kota x company
  for (const csr of publishedCsr(files.psr)) {
    if (csr.year > LAST_REALIZATION_YEAR) continue;
    const sourceCode = modeled('CSR', csr.year, csr.url, 'per kab/kota and company');
    const perRegency = spread(csr.units, `csr-${csr.year}`, allProvinces, (r) => stableFactor(`csr/${r.code}`, 0.2, 1.8));
    for (const [code, units] of perRegency) {
      if (units === 0) continue;
      const regency = regencyByCode.get(code)!;
      const first = hashSeed(`csr-company/${code}/${csr.year}`) % CSR_COMPANIES.length;
      const companies =
        units >= 4 ? [CSR_COMPANIES[first]!, CSR_COMPANIES[(first + 5) % CSR_COMPANIES.length]!] : [CSR_COMPANIES[first]!];
      const split = apportionNumbers(
        units,
        companies.map((c) => stableFactor(`csr-share/${code}/${c}`, 0.5, 1.5)),
      );
      companies.forEach((company, index) => {
        const companyUnits = split[index]!;
        if (companyUnits === 0) return;
        // A modeled cost per house, by company and year: Rp25-60 juta, rounded to Rp100 ribu.
        const perUnit = BigInt(Math.round(stableFactor(`csr-value/${company}/${csr.year}`, 250, 600))) * 100_000n;
        realizations.push({
          scheme: FundingScheme.CSR,
          regency_code: code,
          province_code: regency.provinceCode,
          year: csr.year,
          month: null,
          category: null,
          channel: company,
          units: companyUnits,
          amount_idr: (BigInt(companyUnits) * perUnit).toString(),
          status: RealizationStatus.REALIZED,
          source_code: sourceCode,
        });
      });
    }
  }
  return { sources, realizations, targets, unitValues };
}
