import { loadAreaCodes } from '@housing-hub/reference-frame';
import { ErrorCode, HubError } from './errors.js';
import { assertProvinceCode, assertRegencyCode } from './validation.js';

/**
 * Checks area codes of a write against the Kemendagri reference frame: a malformed code gets
 * INVALID_AREA_CODE, a well-formed code that does not exist gets UNKNOWN_AREA_CODE.
 */
export async function assertKnownProvinces(codes: readonly string[], argument: string): Promise<void> {
  const known = (await loadAreaCodes()).provinces;
  for (const code of codes) {
    assertProvinceCode(code, argument);
    if (!known.has(code)) {
      throw new HubError(ErrorCode.UNKNOWN_AREA_CODE, `There is no province "${code}" in the Kemendagri frame`, {
        argument,
        value: code,
      });
    }
  }
}

export async function assertKnownRegencies(codes: readonly string[], argument: string): Promise<void> {
  const known = (await loadAreaCodes()).regencies;
  for (const code of codes) {
    assertRegencyCode(code, argument);
    if (!known.has(code)) {
      throw new HubError(ErrorCode.UNKNOWN_AREA_CODE, `There is no kab/kota "${code}" in the Kemendagri frame`, {
        argument,
        value: code,
      });
    }
  }
}
