import { RowErrorCode, type ImportRowError } from './import-report.js';
import type { TableRow } from './table-reader.js';

/**
 * Collects row errors while cells are parsed: each getter returns the parsed value, or undefined
 * after recording why the cell is not acceptable.
 */
export class RowChecker {
  readonly errors: ImportRowError[] = [];

  constructor(
    private readonly minYear = 1990,
    private readonly maxYear = 2100,
  ) {}

  fail(row: number, column: string | null, value: string | null, code: RowErrorCode, message: string): undefined {
    this.errors.push({ row, column, value, code, message });
    return undefined;
  }

  text(row: TableRow, column: string, required = true): string | undefined {
    const value = row.cells[column] ?? '';
    if (value === '')
      return required ? this.fail(row.row, column, value, RowErrorCode.MISSING_VALUE, `${column} is required`) : undefined;
    return value;
  }

  /** A non-negative whole number (thousands separators "." or "," are not accepted: they are ambiguous). */
  count(row: TableRow, column: string, required = true): number | undefined {
    const value = this.text(row, column, required);
    if (value === undefined) return undefined;
    if (/^-\d+$/.test(value))
      return this.fail(row.row, column, value, RowErrorCode.NEGATIVE_NUMBER, `${column} must not be negative`);
    if (!/^\d+$/.test(value))
      return this.fail(row.row, column, value, RowErrorCode.NOT_AN_INTEGER, `${column} must be a whole number`);
    const parsed = Number(value);
    if (!Number.isSafeInteger(parsed) || parsed > 2_147_483_647) {
      return this.fail(row.row, column, value, RowErrorCode.INVALID_VALUE, `${column} is too large`);
    }
    return parsed;
  }

  /** Exact rupiah as a decimal string of digits (BigInt-safe). */
  rupiah(row: TableRow, column: string, required = true): bigint | undefined {
    const value = this.text(row, column, required);
    if (value === undefined) return undefined;
    if (/^-\d+$/.test(value))
      return this.fail(row.row, column, value, RowErrorCode.NEGATIVE_NUMBER, `${column} must not be negative`);
    if (!/^\d{1,18}$/.test(value))
      return this.fail(row.row, column, value, RowErrorCode.NOT_AN_INTEGER, `${column} must be whole rupiah (digits only)`);
    return BigInt(value);
  }

  year(row: TableRow, column = 'year'): number | undefined {
    const value = this.text(row, column);
    if (value === undefined) return undefined;
    const year = Number(value);
    if (!/^\d{4}$/.test(value) || year < this.minYear || year > this.maxYear) {
      return this.fail(
        row.row,
        column,
        value,
        RowErrorCode.YEAR_OUT_OF_RANGE,
        `${column} must be a year from ${this.minYear} to ${this.maxYear}`,
      );
    }
    return year;
  }

  oneOf<T extends string>(
    row: TableRow,
    column: string,
    allowed: readonly T[],
    code: RowErrorCode,
    required = true,
  ): T | undefined {
    const value = this.text(row, column, required);
    if (value === undefined) return undefined;
    const match = allowed.find((candidate) => candidate === value.toUpperCase());
    if (!match) return this.fail(row.row, column, value, code, `${column} must be one of ${allowed.join(', ')}`);
    return match;
  }

  requireColumns(columns: string[], required: string[]): boolean {
    const missing = required.filter((name) => !columns.includes(name));
    for (const name of missing) this.fail(1, name, null, RowErrorCode.MISSING_COLUMN, `the file has no column "${name}"`);
    return missing.length === 0;
  }
}
