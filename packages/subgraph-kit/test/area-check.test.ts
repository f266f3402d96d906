import { describe, expect, it } from '@jest/globals';
import { assertKnownProvinces, assertKnownRegencies } from '../src/area-check.js';
import { ErrorCode } from '../src/errors.js';
import { isUuid } from '../src/validation.js';

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'none',
    (error: { code?: string }) => error.code,
  );

describe('the one area check', () => {
  it('accepts codes of the Kemendagri frame', async () => {
    await expect(assertKnownProvinces(['52', '61'], 'provinceCodes')).resolves.toBeUndefined();
    await expect(assertKnownRegencies(['52.01', '61.72'], 'regencyCodes')).resolves.toBeUndefined();
  });

  it('tells a malformed code (INVALID_AREA_CODE) from a well-formed unknown one (UNKNOWN_AREA_CODE)', async () => {
    expect(await codeOf(assertKnownRegencies(['5201'], 'regencyCodes'))).toBe(ErrorCode.INVALID_AREA_CODE);
    expect(await codeOf(assertKnownRegencies(['52.99'], 'regencyCodes'))).toBe(ErrorCode.UNKNOWN_AREA_CODE);
    expect(await codeOf(assertKnownProvinces(['5'], 'provinceCodes'))).toBe(ErrorCode.INVALID_AREA_CODE);
    expect(await codeOf(assertKnownProvinces(['99'], 'provinceCodes'))).toBe(ErrorCode.UNKNOWN_AREA_CODE);
  });

  it('names the argument at fault under `argument`', async () => {
    await expect(assertKnownRegencies(['52.99'], 'decisions[0].regencyCode')).rejects.toMatchObject({
      extensions: { argument: 'decisions[0].regencyCode', value: '52.99' },
    });
  });
});

describe('the one id check', () => {
  it('accepts a UUID in any case and nothing else', () => {
    expect(isUuid('0b7f6a52-3c1e-4c8e-9f4a-2d6e1b9c7a10')).toBe(true);
    expect(isUuid('0B7F6A52-3C1E-4C8E-9F4A-2D6E1B9C7A10')).toBe(true);
    expect(isUuid('0b7f6a52-3c1e-4c8e-9f4a-2d6e1b9c7a1')).toBe(false);
    expect(isUuid('not-a-uuid')).toBe(false);
  });
});
