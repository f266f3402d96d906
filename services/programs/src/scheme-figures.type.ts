import type { MixinBase } from '@housing-hub/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { DataSource } from './data-source.entity.js';
import { FinancingSource } from './financing-source.enum.js';
import { FundingScheme } from './funding-scheme.enum.js';

/**
 * `Base` with the figures of one scheme in a year (units, exact rupiah, their source), as an area's
 * `funding` and a `fundingSummary` row both serve them. A mixin, not a base class, because type-graphql
 * prints a base class's fields first and a summary row names its area before its figures; each type
 * keeps its own descriptions of the rupiah and the source.
 */
export function WithSchemeFigures<TBase extends MixinBase>(Base: TBase, describe: { amountIdr: string; source?: string }) {
  // Never referenced by a field itself, so its name never reaches a schema. These rows come by the
  // thousand (`Regency.funding` of every kab/kota, `fundingSummary` by kab/kota): `simpleResolvers`
  // serves each field as a plain property read, without a type-graphql resolver and the kit's deadline
  // check per field and row (a subclass inherits the fields as typed here). None has rights of its own:
  // the kit refuses a simple field that declares some.
  @ObjectType(`${Base.name}SchemeFigures`, { simpleResolvers: true })
  class SchemeFigures extends Base {
    @Field(() => FundingScheme)
    scheme!: FundingScheme;

    @Field(() => Int)
    year!: number;

    @Field(() => FinancingSource, { nullable: true, description: 'Set when split by financing source (`byFinancingSource`)' })
    financingSource?: FinancingSource | null;

    @Field(() => Int)
    units!: number;

    @Field(() => String, { description: describe.amountIdr })
    amountIdr!: string;

    @Field(() => DataSource, { nullable: true, description: describe.source })
    source!: DataSource | null;
  }
  return SchemeFigures;
}
