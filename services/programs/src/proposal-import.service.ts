import type { EntityManager } from '@mikro-orm/core';
import {
  DatasetImportService,
  importerOf,
  mergeByKey,
  RowErrorCode,
  stageColumns,
  streamCheckedRows,
} from '@housing-hub/import-kit';
import type { ImportTransaction, MergeContext, RowRules, RowSource } from '@housing-hub/import-kit';
import { FundingScheme } from './funding-scheme.enum.js';
import { ProposalStatus } from './proposal-status.enum.js';

/** A stable code of its own: a re-issue may not change a proposal that verification has already taken up. */
export const PROPOSAL_UNDER_REVIEW = 'PROPOSAL_UNDER_REVIEW';
/** Statuses a re-issue may still change. */
const EDITABLE = [ProposalStatus.DRAFT, ProposalStatus.SUBMITTED];
const MAX_TEXT = 500;
const DATASET = 'proposals';
const SCHEMES = Object.values(FundingScheme);

/** import key, reference, kab/kota, province, scheme, fiscal year, units, proposer, note, file row. */
type ProposalRow = [string, string | null, string, string, string, number, number, string, string | null, number];

const STAGE = stageColumns(`
  import_key text, external_reference text, regency_code varchar(5), province_code varchar(2),
  scheme text, fiscal_year smallint, proposed_units integer, proposer text, note text,
  file_row integer`);

/**
 * The key of an imported proposal, within its source: its `reference` when the file gives one (the
 * proposer's own number, e.g. the SIBARU id), else the kab/kota, scheme and fiscal year.
 */
const KEY_JOIN = `p.source_code = $1 and p.import_key = s.import_key`;
const CHANGED = `(p.regency_code, p.scheme, p.fiscal_year, p.proposed_units, p.proposer, p.note)
  is distinct from (s.regency_code, s.scheme, s.fiscal_year, s.proposed_units, s.proposer, s.note)`;

/** Bulk submission of proposals (usulan) from a file: checked whole, one transaction, idempotent. */
export class ProposalImportService extends DatasetImportService {
  constructor(em: EntityManager) {
    super(em, {
      schema: 'programs',
      name: DATASET,
      columns: STAGE,
      areaColumn: 'regency_code',
      check: validateProposals,
      merge: mergeProposals,
    });
  }
}

/** Set-based, in the import's transaction; a proposal verification has taken up rejects the file. `batchId` null: a dry run. */
async function mergeProposals(tx: ImportTransaction, context: MergeContext) {
  const locked = await tx.query<{ file_row: number; import_key: string; status: string }>(
    `select s.file_row, s.import_key, p.status from proposals_stage s join programs.proposal p on ${KEY_JOIN}
     where ${CHANGED} and p.status not in (${EDITABLE.map((status) => `'${status}'`).join(', ')}) order by s.file_row`,
    [context.sourceCode],
  );
  if (locked.length > 0) {
    return {
      rejected: locked.map((row) => ({
        row: row.file_row,
        column: 'proposed_units',
        value: row.import_key,
        code: PROPOSAL_UNDER_REVIEW,
        message: `the proposal of this key is ${row.status}: a re-issue can only change a DRAFT or SUBMITTED proposal`,
      })),
    };
  }
  return mergeByKey(tx, context, {
    matches: `proposals_stage s join programs.proposal p on ${KEY_JOIN}`,
    changed: CHANGED,
    replace: [
      `insert into programs.proposal_history (proposal_id, regency_code, scheme, fiscal_year, proposed_units, proposer, note,
         source_code, batch_id, superseded_by_batch_id)
       select p.id, p.regency_code, p.scheme, p.fiscal_year, p.proposed_units, p.proposer, p.note, p.source_code, p.batch_id, $2
       from proposals_stage s join programs.proposal p on ${KEY_JOIN} where ${CHANGED}`,
      `update programs.proposal p set regency_code = s.regency_code, province_code = s.province_code, scheme = s.scheme,
         fiscal_year = s.fiscal_year, proposed_units = s.proposed_units, proposer = s.proposer, note = s.note,
         external_reference = s.external_reference, batch_id = $2, updated_at = now()
       from proposals_stage s where ${KEY_JOIN} and ${CHANGED}`,
    ],
    // Each new proposal is SUBMITTED, and its flow says so from its first event.
    insert: () =>
      `with added as (
         insert into programs.proposal (id, regency_code, province_code, scheme, fiscal_year, proposed_units, status, proposer, note,
           created_at, updated_at, source_code, external_reference, import_key, batch_id)
         select gen_random_uuid(), s.regency_code, s.province_code, s.scheme, s.fiscal_year, s.proposed_units, '${ProposalStatus.SUBMITTED}',
           s.proposer, s.note, now(), now(), $1, s.external_reference, s.import_key, $2
         from proposals_stage s where not exists (select 1 from programs.proposal p where ${KEY_JOIN})
         order by s.file_row
         returning id)
       insert into programs.proposal_event (proposal_id, from_status, to_status, note, actor, at)
       select id, null, '${ProposalStatus.SUBMITTED}', $3, $4, now() from added`,
    insertParams: [`imported from ${context.file.fileName}`, importerOf(context.options)?.id ?? 'import'],
  });
}

/** The columns of a `proposals` file (samples/README.md) and the rules of a row; the kit checks the columns, the area and the keys. */
export const PROPOSAL_ROWS: RowRules<ProposalRow> = {
  columns: { required: ['scheme', 'fiscal_year', 'proposed_units', 'proposer'], optional: ['reference', 'note'] },
  areas: 'REGENCY',
  years: { min: 2000, max: 2100 },
  read(row, checker, area) {
    const regency = area?.code;
    const scheme = checker.oneOf(row, 'scheme', SCHEMES, RowErrorCode.UNKNOWN_SCHEME);
    const fiscalYear = checker.year(row, 'fiscal_year');
    const units = checker.count(row, 'proposed_units');
    if (units === 0)
      checker.fail(row.row, 'proposed_units', '0', RowErrorCode.INVALID_VALUE, 'proposed_units must be at least 1');
    const proposer = checker.text(row, 'proposer');
    const reference = row.cells.reference || null;
    const note = row.cells.note || null;
    for (const [column, value] of [
      ['proposer', proposer],
      ['reference', reference],
      ['note', note],
    ] as const) {
      if (value && value.length > MAX_TEXT) {
        const message = `${column} must be at most ${MAX_TEXT} characters`;
        checker.fail(row.row, column, value.slice(0, 40), RowErrorCode.INVALID_VALUE, message);
      }
    }
    const key = reference ? `ref:${reference}` : `area:${regency}|${scheme}|${fiscalYear}`;
    return {
      key,
      keyColumn: reference ? 'reference' : 'area_code',
      value: [key, reference, regency!, regency?.slice(0, 2) ?? '', scheme!, fiscalYear!, units!, proposer!, note, row.row],
    };
  },
};

/** Checks the rows as they are read (the good ones in batches until a bad one), then every error (sorted by row). */
export const validateProposals = (table: RowSource) => streamCheckedRows(table, PROPOSAL_ROWS);
