import type { EntityManager } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'What was funded from a proposal: the realization facts that name it, every status (allocated included)',
})
export class ProposalFunding {
  @Field(() => Int, { description: '0 when nothing was funded from it' })
  units!: number;

  @Field({ description: 'Integer rupiah (exact)' })
  amountIdr!: string;

  @Field({ description: 'True when any fact counted is modeled (the demo dataset)' })
  modeled!: boolean;
}

interface FundingRow {
  proposal_id: string;
  units: string;
  amount_idr: string;
  modeled: boolean;
}

/** The funding of any number of proposals in one statement (a partial index on the facts' proposal_id answers it). */
export async function fundingOfProposals(em: EntityManager, ids: readonly string[]): Promise<ProposalFunding[]> {
  const rows: FundingRow[] = await em.getConnection().execute(
    `select r.proposal_id, sum(r.units)::text as units, sum(r.amount_idr)::text as amount_idr, bool_or(s.modeled) as modeled
     from programs.realization r join programs.data_source s on s.code = r.source_code
     where r.proposal_id in (select value::uuid from json_array_elements_text(?::json))
     group by r.proposal_id`,
    [JSON.stringify(ids.map((id) => id.toLowerCase()))],
  );
  const byId = new Map(rows.map((row) => [row.proposal_id, row]));
  return ids.map((id) => {
    const row = byId.get(id.toLowerCase());
    return row
      ? { units: Number(row.units), amountIdr: row.amount_idr, modeled: row.modeled }
      : { units: 0, amountIdr: '0', modeled: false };
  });
}
