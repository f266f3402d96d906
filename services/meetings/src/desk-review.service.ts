import { isUuid } from '@housing-hub/subgraph-kit';
import type { EntityManager } from '@mikro-orm/core';
import type { DeskReview, DeskReviewRecord, PriorityIndicator } from './desk-review.entity.js';
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

  private async select(column: 'meeting_id' | 'proposal_id', ids: readonly string[]): Promise<DeskReview[]> {
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
}
