import {
  assertKnownRegencies,
  assertUuid,
  assertYear,
  type Caller,
  ErrorCode,
  HubError,
  isUuid,
} from '@housing-hub/subgraph-kit';
import { auditTrail } from './audit-trail.js';
import type { EntityManager } from '@mikro-orm/core';
import type { DeskReview, DeskReviewRecord, PriorityIndicator } from './desk-review.entity.js';
import { lockMeeting } from './meeting-append.js';
import type { RecordDeskReviewInput } from './record-desk-review.input.js';
import { deterministicUuid } from '@housing-hub/demo-kit';
import { jsonParam, query } from './sql.js';

/** A desk review row as read: the priority indicators come as JSON text from PGlite, parsed from PostgreSQL. */
type DeskReviewRow = Omit<DeskReviewRecord, 'priority_indicators'> & { priority_indicators: PriorityIndicator[] | string };

function toDeskReview(row: DeskReviewRow): DeskReview {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    proposalId: row.proposal_id,
    regencyCode: row.regency_code,
    scheme: row.scheme,
    fiscalYear: Number(row.fiscal_year),
    proposedUnits: row.proposed_units,
    recommendedUnits: row.recommended_units,
    needIndicator: row.need_indicator,
    needValue: row.need_value,
    needYear: row.need_year == null ? null : Number(row.need_year),
    needSourceCode: row.need_source_code,
    needSourceName: row.need_source_name,
    needSourceModeled: row.need_source_modeled,
    needUsed: {
      indicator: row.need_indicator,
      value: row.need_value,
      year: row.need_year == null ? null : Number(row.need_year),
      sourceCode: row.need_source_code,
      sourceName: row.need_source_name,
      modeled: row.need_source_modeled,
    },
    // PGlite and node-postgres both parse jsonb; a text fallback keeps either driver setting safe.
    priorityIndicators:
      typeof row.priority_indicators === 'string' ? JSON.parse(row.priority_indicators) : row.priority_indicators,
    recommendation: row.recommendation,
    note: row.note,
    modeled: row.modeled,
  };
}

/** Reads of desk reviews: by meeting or by proposal, one statement per batch. */
export class DeskReviewService {
  constructor(private readonly em: EntityManager) {}

  async reviewsOfMeetings(meetingIds: readonly string[]): Promise<DeskReview[]> {
    return this.select('meeting_id', meetingIds);
  }

  async reviewsOfProposals(proposalIds: readonly string[]): Promise<DeskReview[]> {
    return this.select('proposal_id', proposalIds);
  }

  async reviewById(id: string): Promise<DeskReview | null> {
    return (await this.select('id', [id]))[0] ?? null;
  }

  private async select(column: 'id' | 'meeting_id' | 'proposal_id', ids: readonly string[]): Promise<DeskReview[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    const rows = await query<DeskReviewRow>(
      this.em,
      `select r.* from meetings.desk_review r join meetings.meeting m on m.id = r.meeting_id
       where r.${column} in (select value::uuid from json_array_elements_text(?::json))
       order by m.starts_at, r.regency_code, r.id`,
      [jsonParam(valid)],
    );
    return rows.map(toDeskReview);
  }

  /**
   * Records (or, for the same meeting and proposal, replaces: a retry is harmless) a desk's review
   * of a proposal, in one transaction. Any meeting may hold a desk (seed 000's rakor ran one into
   * the evening). Returns the review's id.
   */
  async recordDeskReview(input: RecordDeskReviewInput, actor: Caller): Promise<string> {
    const meetingId = assertUuid(input.meetingId, 'meetingId');
    const proposalId = assertUuid(input.proposalId, 'proposalId');
    await assertKnownRegencies([input.regencyCode], 'regencyCode');
    assertYear(input.fiscalYear, 'fiscalYear');
    for (const [argument, value] of [
      ['proposedUnits', input.proposedUnits],
      ['recommendedUnits', input.recommendedUnits],
      ['needUsed.value', input.needUsed.value ?? 0],
    ] as const) {
      if (value < 0)
        throw new HubError(ErrorCode.NEGATIVE_NUMBER, `${argument} cannot be negative, got ${value}`, { argument, value });
    }
    if (input.recommendedUnits > input.proposedUnits)
      throw new HubError(ErrorCode.VALIDATION_FAILED, 'recommendedUnits cannot exceed proposedUnits', {
        argument: 'recommendedUnits',
        value: input.recommendedUnits,
      });
    if (input.needUsed.year != null) assertYear(input.needUsed.year, 'needUsed.year');
    const id = deterministicUuid(`desk-review/${meetingId}/${proposalId}`);
    const reviewRow = (tx: EntityManager) =>
      query<{ row: unknown }>(tx, 'select to_jsonb(r) as row from meetings.desk_review r where id = ?::uuid', [id]).then(
        ([found]) => found?.row ?? null,
      );
    return this.em.transactional(async (tx) => {
      await lockMeeting(tx, meetingId);
      const before = await reviewRow(tx);
      const [recorded] = await query<{ id: string }>(
        tx,
        `insert into meetings.desk_review (id, meeting_id, proposal_id, regency_code, scheme, fiscal_year, proposed_units, recommended_units,
           need_indicator, need_value, need_year, need_source_code, need_source_name, need_source_modeled, priority_indicators, recommendation, note, modeled)
         values (?::uuid, ?::uuid, ?::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, false)
         on conflict (meeting_id, proposal_id) do update set regency_code = excluded.regency_code, scheme = excluded.scheme,
           fiscal_year = excluded.fiscal_year, proposed_units = excluded.proposed_units, recommended_units = excluded.recommended_units,
           need_indicator = excluded.need_indicator, need_value = excluded.need_value, need_year = excluded.need_year,
           need_source_code = excluded.need_source_code, need_source_name = excluded.need_source_name,
           need_source_modeled = excluded.need_source_modeled, priority_indicators = excluded.priority_indicators,
           recommendation = excluded.recommendation, note = excluded.note, modeled = false
         returning id`,
        [
          id,
          meetingId,
          proposalId,
          input.regencyCode,
          input.scheme,
          input.fiscalYear,
          input.proposedUnits,
          input.recommendedUnits,
          input.needUsed.indicator,
          input.needUsed.value ?? null,
          input.needUsed.year ?? null,
          input.needUsed.sourceCode,
          input.needUsed.sourceName,
          input.needUsed.modeled,
          jsonParam(input.priorityIndicators ?? []),
          input.recommendation,
          input.note ?? null,
        ],
      );
      await auditTrail.record(tx, actor, {
        operation: 'recordDeskReview',
        entity: 'DeskReview',
        entityId: recorded!.id,
        before,
        after: await reviewRow(tx),
      });
      return recorded!.id;
    });
  }
}
