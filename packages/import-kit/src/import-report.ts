import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';

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
  INVALID_VALUE: 'INVALID_VALUE',
  DUPLICATE_KEY: 'DUPLICATE_KEY',
  EMPTY_FILE: 'EMPTY_FILE',
  UNREADABLE_FILE: 'UNREADABLE_FILE',
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
}

export const MAX_REPORTED_ERRORS = 1_000;

/** A human-readable report for the command line. */
export function formatReport(report: ImportReport, fileName: string): string {
  const lines = [`${report.dataset} ${fileName}: ${report.status} (${report.rows} rows, sha256 ${report.sha256.slice(0, 12)}…)`];
  if (report.status === ImportStatus.IMPORTED || report.status === ImportStatus.VALID) {
    lines.push(`  inserted ${report.inserted}, replaced ${report.replaced}, unchanged ${report.unchanged}; source ${report.sourceCode}`);
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
