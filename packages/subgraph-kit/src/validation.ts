import { ErrorCode, HubError } from './errors.js';
import { MAX_PAGE_SIZE } from './pagination.js';

const PROVINCE_CODE = /^\d{2}$/;
const REGENCY_CODE = /^\d{2}\.\d{2}$/;

/** Checks the form of a Kemendagri province code (`52`); whether it exists is the owner's question. */
export function assertProvinceCode(code: string, argument = 'provinceCode'): string {
  if (!PROVINCE_CODE.test(code)) {
    throw new HubError(ErrorCode.INVALID_AREA_CODE, `"${code}" is not a Kemendagri province code (two digits, e.g. "52")`, {
      argument,
      value: code,
    });
  }
  return code;
}

/** Checks the form of a Kemendagri kab/kota code (`52.01`). */
export function assertRegencyCode(code: string, argument = 'regencyCode'): string {
  if (!REGENCY_CODE.test(code)) {
    throw new HubError(ErrorCode.INVALID_AREA_CODE, `"${code}" is not a Kemendagri kab/kota code (e.g. "52.01")`, {
      argument,
      value: code,
    });
  }
  return code;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The one id check: ids the hub issues are UUIDs (any case); anything else can name no row. */
export const isUuid = (id: string): boolean => UUID.test(id);

/** An id argument: a UUID, returned in lower case (the form the database stores), else VALIDATION_FAILED. */
export function assertUuid(id: string, argument: string): string {
  if (!isUuid(id)) throw new HubError(ErrorCode.VALIDATION_FAILED, `${argument} is not a UUID: "${id}"`, { argument, value: id });
  return id.toLowerCase();
}

export const isProvinceCode = (code: string): boolean => PROVINCE_CODE.test(code);
export const isRegencyCode = (code: string): boolean => REGENCY_CODE.test(code);

/** Years the hub holds data for: the first published series start in 2010 (FLPP), plans reach a few years ahead. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export function assertYear(year: number, argument = 'year'): number {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new HubError(ErrorCode.YEAR_OUT_OF_RANGE, `${argument} must be between ${MIN_YEAR} and ${MAX_YEAR}, got ${year}`, {
      argument,
      value: year,
    });
  }
  return year;
}

/** A `first` on a list (not a connection): a whole number from 1 to MAX_PAGE_SIZE. */
export function assertPositiveLimit(limit: number, argument = 'first'): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new HubError(ErrorCode.INVALID_PAGE_SIZE, `${argument} must be between 1 and ${MAX_PAGE_SIZE}, got ${limit}`, {
      argument,
      value: limit,
      max: MAX_PAGE_SIZE,
    });
  }
  return limit;
}
