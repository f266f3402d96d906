import { readFile } from 'node:fs/promises';
import { getProvinces, getRegencies } from 'idn-area-data';

export type RegencyKind = 'KABUPATEN' | 'KOTA';

export interface FrameProvince {
  /** Kemendagri code, e.g. `52`. */
  code: string;
  name: string;
  /** BPS code where the 2020 bridging table has one (none for the provinces created in 2022). */
  bpsCode: string | null;
}

export interface FrameRegency {
  /** Kemendagri code, e.g. `52.01`. */
  code: string;
  provinceCode: string;
  name: string;
  kind: RegencyKind;
  bpsCode: string | null;
}

export interface AreaFrame {
  provinces: FrameProvince[];
  regencies: FrameRegency[];
}

/** Kemendagri numbering: kab/kota 01-69 are kabupaten, 71-99 are kota. */
export function regencyKindOf(code: string): RegencyKind {
  return Number(code.slice(3, 5)) >= 71 ? 'KOTA' : 'KABUPATEN';
}

const dataFile = (name: string) => new URL(`../data/${name}`, import.meta.url);

interface BridgeRow {
  bps: string;
  dagri: string;
  dagriName: string;
}

async function readBridge(name: string): Promise<BridgeRow[]> {
  const text = await readFile(dataFile(name), 'utf8');
  return text
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const [bps, , dagri, dagriName] = line.split(',');
      return { bps: bps!, dagri: dagri!, dagriName: dagriName ?? '' };
    });
}

const normalizeName = (name: string) =>
  name
    .toUpperCase()
    .replace(/^(KABUPATEN|KAB\.?)\s+/, '')
    .replace(/[^A-Z]/g, '');

// Papua's 2022 split renumbered its kab/kota into provinces 93-96; the 2020 table still has the old codes.
const PAPUA_2020_PROVINCES = new Set(['91', '92']);
const PAPUA_FRAME_PROVINCES = new Set(['91', '92', '93', '94', '95', '96']);

let cached: Promise<AreaFrame> | undefined;

/** The current Kemendagri frame with BPS codes attached. Read once per process. */
export function loadAreaFrame(): Promise<AreaFrame> {
  cached ??= buildAreaFrame();
  return cached;
}

async function buildAreaFrame(): Promise<AreaFrame> {
  const [provinceRows, regencyRows, provinceBridge, regencyBridge] = await Promise.all([
    getProvinces(),
    getRegencies({ transform: true }),
    readBridge('provinsi.csv'),
    readBridge('kabkota.csv'),
  ]);

  const provinceBps = new Map(provinceBridge.map((row) => [row.dagri, row.bps]));
  const provinces = provinceRows
    .map((row) => ({ code: row.code, name: row.name, bpsCode: provinceBps.get(row.code) ?? null }))
    .sort((a, b) => a.code.localeCompare(b.code));

  const regencies: FrameRegency[] = regencyRows
    .map((row) => ({
      code: row.code,
      provinceCode: row.provinceCode,
      name: row.name,
      kind: regencyKindOf(row.code),
      bpsCode: null as string | null,
    }))
    .sort((a, b) => a.code.localeCompare(b.code));

  const byCode = new Map(regencies.map((regency) => [regency.code, regency]));
  const papuaByName = new Map(
    regencies.filter((r) => PAPUA_FRAME_PROVINCES.has(r.provinceCode)).map((r) => [normalizeName(r.name), r]),
  );
  for (const row of regencyBridge) {
    const code = `${row.dagri.slice(0, 2)}.${row.dagri.slice(2)}`;
    let regency = byCode.get(code);
    if (PAPUA_2020_PROVINCES.has(row.dagri.slice(0, 2))) {
      const sameName = regency && normalizeName(regency.name) === normalizeName(row.dagriName);
      if (!sameName) regency = papuaByName.get(normalizeName(row.dagriName));
    }
    if (regency) regency.bpsCode = row.bps;
  }
  return { provinces, regencies };
}

/**
 * The provinces made in 2022 out of an older one: Papua Selatan (93), Papua Tengah (94) and Papua Pegunungan
 * (95) out of Papua (91) by UU 14, 15 and 16/2022; Papua Barat Daya (96) out of Papua Barat (92) by UU 29/2022.
 * A figure published in the 34-province frame for 91 or 92 covers the older, larger area: the province
 * that kept the name and those split from it.
 */
export const PROVINCES_SPLIT_OFF_IN_2022: Readonly<Record<string, readonly string[]>> = {
  '91': ['93', '94', '95'],
  '92': ['96'],
};

/** The provinces of today's frame that a 34-province-frame figure of `provinceCode` covers (itself alone if unsplit). */
export function provincesOfPreSplitFrame(provinceCode: string): readonly string[] {
  return [provinceCode, ...(PROVINCES_SPLIT_OFF_IN_2022[provinceCode] ?? [])];
}
