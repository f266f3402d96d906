import { createHash } from 'node:crypto';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { sourceCodeOf, sourceProblems, type ImportSource } from './import-source.js';

/** Stable codes of what can be wrong with a row (or a whole file). */
export const RowErrorCode = {
  MISSING_COLUMN: 'MISSING_COLUMN',
  MISSING_VALUE: 'MISSING_VALUE',
  INVALID_AREA_CODE: 'INVALID_AREA_CODE',
  UNKNOWN_AREA_CODE: 'UNKNOWN_AREA_CODE',
  YEAR_OUT_OF_RANGE: 'YEAR_OUT_OF_RANGE',
  NOT_AN_INTEGER: 'NOT_AN_INTEGER',
  NEGATIVE_NUMBER: 'NEGATIVE_NUMBER',
  UNKNOWN_INDICATOR: 'UNKNOWN_INDICATOR',
  UNKNOWN_SCHEME: 'UNKNOWN_SCHEME',
  UNKNOWN_CATEGORY: 'UNKNOWN_CATEGORY',
  /** Not a financing source (sumber dana) the hub knows. */
  UNKNOWN_FINANCING_SOURCE: 'UNKNOWN_FINANCING_SOURCE',
  /** No proposal has this id. */
  UNKNOWN_PROPOSAL: 'UNKNOWN_PROPOSAL',
  /** The proposal named is of another kab/kota or another scheme than the row. */
  PROPOSAL_MISMATCH: 'PROPOSAL_MISMATCH',
  INVALID_VALUE: 'INVALID_VALUE',
  DUPLICATE_KEY: 'DUPLICATE_KEY',
  EMPTY_FILE: 'EMPTY_FILE',
  UNREADABLE_FILE: 'UNREADABLE_FILE',
  /** The file is past an import bound (bytes, rows, columns, declared sheet size, cells, memory). */
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
} as const;
export type RowErrorCode = (typeof RowErrorCode)[keyof typeof RowErrorCode];

export enum ImportStatus {
  IMPORTED = 'IMPORTED',
  UNCHANGED = 'UNCHANGED',
  REJECTED = 'REJECTED',
  VALID = 'VALID',
}
registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  valuesConfig: {
    IMPORTED: { description: 'Every row was written, in one transaction' },
    UNCHANGED: { description: 'This very file (same sha256) was imported before: nothing was written' },
    REJECTED: { description: 'At least one row is bad: nothing was written; see errors' },
    VALID: { description: 'Dry run: every row is good; nothing was written' },
  },
});

@ObjectType({ description: 'What is wrong with one row of an imported file' })
@Directive('@shareable')
export class ImportRowError {
  @Field(() => Int, { description: 'Row number in the file; the header is row 1 (0: the file as a whole)' })
  row!: number;

  @Field(() => String, { nullable: true })
  column!: string | null;

  @Field(() => String, { nullable: true })
  value!: string | null;

  @Field({ description: 'A stable code, e.g. UNKNOWN_AREA_CODE' })
  code!: string;

  @Field()
  message!: string;
}

@ObjectType({ description: 'The outcome of importing one file' })
@Directive('@shareable')
export class ImportReport {
  @Field()
  dataset!: string;

  @Field(() => ImportStatus)
  status!: ImportStatus;

  @Field({ description: 'sha256 of the file: the same file imported again changes nothing' })
  sha256!: string;

  @Field(() => String, { nullable: true, description: 'The DataSource code every imported fact now carries' })
  sourceCode!: string | null;

  @Field(() => Int)
  rows!: number;

  @Field(() => Int, { description: 'Facts that did not exist before' })
  inserted!: number;

  @Field(() => Int, { description: 'Facts of the same source whose value changed (the previous value is kept as history)' })
  replaced!: number;

  @Field(() => Int, { description: 'Facts that already had this value' })
  unchanged!: number;

  @Field(() => [ImportRowError])
  errors!: ImportRowError[];

  @Field(() => Int, { description: 'All errors found; `errors` lists at most the first 1,000' })
  errorCount!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The import batch that holds the file (this import, or the earlier one when UNCHANGED)',
  })
  batchId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Who imported the file (the token subject, `key:<id>`, `cli:<user>`)' })
  importedBy?: string | null;
}

export const MAX_REPORTED_ERRORS = 1_000;

/** A human-readable report for the command line. */
export function formatReport(report: ImportReport, fileName: string): string {
  const lines = [`${report.dataset} ${fileName}: ${report.status} (${report.rows} rows, sha256 ${report.sha256.slice(0, 12)}…)`];
  if (report.status === ImportStatus.IMPORTED || report.status === ImportStatus.VALID) {
    lines.push(
      `  inserted ${report.inserted}, replaced ${report.replaced}, unchanged ${report.unchanged}; source ${report.sourceCode}`,
    );
  }
  if (report.status === ImportStatus.UNCHANGED) lines.push('  this file was imported before; nothing written');
  if (report.errorCount > 0) {
    lines.push(`  ${report.errorCount} error(s); nothing written:`);
    lines.push('  row\tcolumn\tvalue\tcode\tmessage');
    for (const error of report.errors.slice(0, 50)) {
      lines.push(`  ${error.row}\t${error.column ?? ''}\t${error.value ?? ''}\t${error.code}\t${error.message}`);
    }
    if (report.errorCount > 50) lines.push(`  … and ${report.errorCount - 50} more`);
  }
  return lines.join('\n');
}

/**
 * The report an import starts from: the file's sha256, nothing counted yet, REJECTED until the import
 * says otherwise; and the source checked before anything is read (its code set, or the file rejected).
 */
export function openImportReport(dataset: string, content: Uint8Array, source: ImportSource): ImportReport {
  const report: ImportReport = {
    dataset,
    status: ImportStatus.REJECTED,
    sha256: createHash('sha256').update(content).digest('hex'),
    sourceCode: null,
    rows: 0,
    inserted: 0,
    replaced: 0,
    unchanged: 0,
    errors: [],
    errorCount: 0,
  };
  const problems = sourceProblems(source);
  if (problems.length > 0) {
    rejectImport(
      report,
      problems.map((message) => ({ row: 0, column: 'source', value: null, code: RowErrorCode.INVALID_VALUE, message })),
    );
  } else report.sourceCode = sourceCodeOf(source);
  return report;
}

/** Rejects the file: errors in row order, the first MAX_REPORTED_ERRORS listed, all counted. */
export function rejectImport(report: ImportReport, errors: ImportRowError[]): void {
  errors.sort((a, b) => a.row - b.row);
  report.errorCount = errors.length;
  report.errors = errors.slice(0, MAX_REPORTED_ERRORS);
  report.status = ImportStatus.REJECTED;
}

export const emptyFileError = (): ImportRowError => ({
  row: 0,
  column: null,
  value: null,
  code: RowErrorCode.EMPTY_FILE,
  message: 'the file has no data rows',
});

export const unreadableFileError = (format: string, error: unknown): ImportRowError => ({
  row: 0,
  column: null,
  value: null,
  code: RowErrorCode.UNREADABLE_FILE,
  message: `cannot read the file as ${format}: ${(error as Error).message}`,
});

export const fileTooLargeError = (error: Error): ImportRowError => ({
  row: 0,
  column: null,
  value: null,
  code: RowErrorCode.FILE_TOO_LARGE,
  message: `the file is too large to import: ${error.message}`,
});
