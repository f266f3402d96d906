import { getVillages } from 'idn-area-data';

/** How many villages a kab/kota has, by kind: desa (rural, code 2xxx) and kelurahan (urban, code 1xxx). */
export interface VillageCount {
  desa: number;
  kelurahan: number;
}

let cached: Promise<Map<string, VillageCount>> | undefined;

/**
 * Villages per kab/kota from the same Kemendagri frame (`idn-area-data`, ODbL): the only published
 * count at kab/kota level the registry ships, and a measure of its size and how urban it is (a
 * kelurahan is an urban village). Read once per process.
 */
export function loadVillageCounts(): Promise<Map<string, VillageCount>> {
  cached ??= getVillages().then((villages) => {
    const counts = new Map<string, VillageCount>();
    for (const village of villages) {
      const regencyCode = village.code.slice(0, 5);
      const count = counts.get(regencyCode) ?? { desa: 0, kelurahan: 0 };
      // Kemendagri numbers kelurahan from 1001 and desa from 2001 within a kecamatan.
      if (village.code.slice(9, 10) === '1') count.kelurahan++;
      else count.desa++;
      counts.set(regencyCode, count);
    }
    return counts;
  });
  return cached;
}
