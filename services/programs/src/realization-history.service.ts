import type { EntityManager } from '@mikro-orm/core';
import type { DataSource } from './data-source.entity.js';
import type { FinancingSource } from './financing-source.enum.js';
import type { FundingScheme } from './funding-scheme.enum.js';
import type { RealizationFactVersion } from './realization-fact.type.js';
import type { RealizationFactColumns } from './realization.entity.js';

interface VersionRow extends RealizationFactColumns {
  financing_source: FinancingSource | null;
  proposal_id: string | null;
  current: boolean;
  superseded_at: string | null;
  source_code: string;
  name: string;
  publisher: string | null;
  published_on: string | null;
  undated_reason: string | null;
  url: string | null;
  modeled: boolean;
}

/** The facts of a kab/kota, year and scheme from every source, and the values re-issues replaced (one statement). */
export class RealizationHistoryService {
  constructor(private readonly em: EntityManager) {}

  async versions(regencyCode: string, year: number, scheme: FundingScheme): Promise<RealizationFactVersion[]> {
    const rows = await this.em.getConnection().execute<VersionRow[]>(
      `with versions as (
         select month, category, channel, units, amount_idr, status, financing_source, proposal_id, source_code, true as current,
           null::timestamptz as superseded_at
         from programs.realization where regency_code = ? and year = ? and scheme = ?
         union all
         select month, category, channel, units, amount_idr, status, financing_source, proposal_id, source_code, false, superseded_at
         from programs.realization_history where regency_code = ? and year = ? and scheme = ?
       )
       select v.month, v.category, v.channel, v.units, v.amount_idr::text as amount_idr, v.status, v.financing_source,
         v.proposal_id::text as proposal_id, v.current,
         to_char(v.superseded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as superseded_at,
         v.source_code, s.name, s.publisher, to_char(s.published_on, 'YYYY-MM-DD') as published_on, s.undated_reason, s.url, s.modeled
       from versions v join programs.data_source s on s.code = v.source_code
       order by s.modeled, v.source_code, v.month nulls first, v.category nulls first, v.channel nulls first,
         v.financing_source nulls first, v.current desc, v.superseded_at desc
       limit 5000`,
      [regencyCode, year, scheme, regencyCode, year, scheme],
    );
    return (rows as VersionRow[]).map((row) => ({
      month: row.month === null ? null : Number(row.month),
      category: row.category,
      channel: row.channel,
      units: Number(row.units),
      amountIdr: row.amount_idr,
      status: row.status,
      financingSource: row.financing_source,
      proposalId: row.proposal_id,
      current: Boolean(row.current),
      supersededAt: row.superseded_at,
      source: {
        code: row.source_code,
        name: row.name,
        publisher: row.publisher,
        publishedOn: row.published_on,
        undatedReason: row.undated_reason,
        url: row.url,
        modeled: Boolean(row.modeled),
      } as DataSource,
    }));
  }
}
