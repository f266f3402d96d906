import { loadAreaFrame } from './area-frame.js';

/** The codes of the frame, for the one question every service asks: "is this a known province or kab/kota?" */
export interface AreaCodes {
  provinces: ReadonlySet<string>;
  regencies: ReadonlySet<string>;
  /** BPS kab/kota code (`5201`) to its Kemendagri code (`52.01`). */
  regencyByBpsCode: ReadonlyMap<string, string>;
  /** BPS province code (`52`) to its Kemendagri code (`52`). */
  provinceByBpsCode: ReadonlyMap<string, string>;
}

let cached: Promise<AreaCodes> | undefined;

/** Built once per process from the frame, so that no service keeps a cache of its own. */
export function loadAreaCodes(): Promise<AreaCodes> {
  cached ??= loadAreaFrame().then((frame) => ({
    provinces: new Set(frame.provinces.map((p) => p.code)),
    regencies: new Set(frame.regencies.map((r) => r.code)),
    regencyByBpsCode: new Map(frame.regencies.filter((r) => r.bpsCode).map((r) => [r.bpsCode!, r.code])),
    provinceByBpsCode: new Map(frame.provinces.filter((p) => p.bpsCode).map((p) => [p.bpsCode!, p.code])),
  }));
  return cached;
}
