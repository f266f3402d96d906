/** A data source of a demo dataset, as the seed writes it into a service's `data_source` table. */
export interface DemoSourceRow {
  code: string;
  name: string;
  publisher: string | null;
  published_on: string | null;
  url: string | null;
  modeled: boolean;
}

/** The kab/kota of a frame grouped by their province code, each group in frame order. */
export function regenciesByProvinceCode<T extends { provinceCode: string }>(regencies: readonly T[]): Map<string, T[]> {
  const byProvince = new Map<string, T[]>();
  for (const regency of regencies) {
    const list = byProvince.get(regency.provinceCode) ?? [];
    list.push(regency);
    byProvince.set(regency.provinceCode, list);
  }
  return byProvince;
}
