import { FinancingSource } from './financing-source.enum.js';
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SortDirection } from '@housing-hub/subgraph-kit';
import { HousingNeed, Province, Regency } from './area.types.js';
import { DataSource } from './data-source.entity.js';
import { FundingScheme } from './funding-scheme.enum.js';
import { RealizationFactDimensions } from './realization-fact.type.js';
import { RealizationStatus } from './realization-status.enum.js';
import { WithSchemeFigures } from './scheme-figures.type.js';
import { UnitCategory } from './unit-category.enum.js';

export enum FundingGroup {
  NATIONAL = 'NATIONAL',
  PROVINCE = 'PROVINCE',
  REGENCY = 'REGENCY',
}
registerEnumType(FundingGroup, { name: 'FundingGroup', description: 'The level `fundingSummary` sums at' });

/** What a scheme's figures follow when they stand alone (an area's `funding`): nothing. */
@ObjectType('SchemeFundingFields')
class SchemeFundingFields {}

@ObjectType({ description: 'What one scheme delivered in an area in a year: units and exact rupiah' })
export class SchemeFunding extends WithSchemeFigures(SchemeFundingFields, {
  amountIdr: 'Integer rupiah, exact (a decimal string, never a float)',
  source: 'Where the figures come from; null when there is no figure (zero)',
}) {}

@ObjectType({ description: 'Funded units of all schemes in a year against the RTLH count of the area' })
export class Coverage {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Units of every scheme in that year' })
  fundedUnits!: number;

  @Field(() => HousingNeed, { nullable: true, description: 'The need figures the ratio used (the latest there are)' })
  need!: { areaCode: string; year: number } | null;

  @Field(() => Float, { nullable: true, description: 'fundedUnits / uninhabitableHomes (RTLH); null without an RTLH figure' })
  ratio!: number | null;

  @Field({ description: 'True when the funded units or the RTLH figure rest on modeled (not published) figures' })
  modeled!: boolean;
}

/** The area a summary row is of, named before its figures; plain fields (`simpleResolvers`: see WithSchemeFigures). */
@ObjectType('FundingSummaryArea', { simpleResolvers: true })
class FundingSummaryArea {
  @Field(() => Province, { nullable: true, description: 'Null for national rows' })
  province!: Province | null;

  @Field(() => Regency, { nullable: true, description: 'Set for rows grouped by kab/kota' })
  regency!: Regency | null;
}

@ObjectType({ description: 'One row of a funding summary: an area (at the level asked for) and a scheme' })
export class FundingSummaryRow extends WithSchemeFigures(FundingSummaryArea, { amountIdr: 'Integer rupiah, exact' }) {
  /** Resolved to `target` (the plan or quota of the scheme in that year and area), beside what was delivered. */
  provinceCode?: string | null;
}

export enum FundingBreakdown {
  MONTH = 'MONTH',
  CATEGORY = 'CATEGORY',
  CHANNEL = 'CHANNEL',
  STATUS = 'STATUS',
  FINANCING_SOURCE = 'FINANCING_SOURCE',
}
registerEnumType(FundingBreakdown, {
  name: 'FundingBreakdown',
  description: 'The dimension of the realization facts `fundingBreakdown` splits by',
  valuesConfig: {
    MONTH: { description: 'Month of the year (FLPP)' },
    CATEGORY: { description: 'BSPS category: PK (upgrade) or PB (new build)' },
    CHANNEL: { description: 'The bank (FLPP) or company (CSR)' },
    STATUS: { description: 'How final the figures are' },
    FINANCING_SOURCE: {
      description:
        "Where the money comes from (sumber dana: APBN, APBD, CSR, developer, bank); a fact naming none counts as its scheme's own",
    },
  },
});

@ObjectType({ description: 'One part of a scheme’s figures in a year, split by one dimension (only that field is set)' })
export class FundingBreakdownRow extends RealizationFactDimensions {
  @Field(() => RealizationStatus, { nullable: true })
  status!: RealizationStatus | null;

  @Field(() => FinancingSource, { nullable: true })
  financingSource!: FinancingSource | null;

  @Field(() => Int)
  units!: number;

  @Field(() => String, { description: 'Integer rupiah, exact' })
  amountIdr!: string;

  @Field({ description: 'True when any figure of this part is modeled (not published)' })
  modeled!: boolean;
}

export enum SummaryOrderField {
  UNITS = 'UNITS',
  AMOUNT = 'AMOUNT',
  YEAR = 'YEAR',
  SCHEME = 'SCHEME',
  AREA = 'AREA',
}

registerEnumType(SummaryOrderField, {
  name: 'FundingSummaryOrderField',
  description: 'What `fundingSummary` rows are ordered by',
  valuesConfig: {
    UNITS: { description: 'Units delivered' },
    AMOUNT: { description: 'Rupiah' },
    YEAR: { description: 'The year' },
    SCHEME: { description: 'The scheme code' },
    AREA: { description: 'The area code (province, then kab/kota)' },
  },
});

@InputType('FundingSummaryOrder', {
  description: 'One key of the ordering of `fundingSummary` rows; area, scheme and year break ties',
})
export class FundingSummaryOrder {
  @Field(() => SummaryOrderField)
  field!: SummaryOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}

export enum SeriesInterval {
  YEAR = 'YEAR',
  MONTH = 'MONTH',
}
registerEnumType(SeriesInterval, {
  name: 'SeriesInterval',
  description: 'One point per year, or per month where the facts are monthly (FLPP; other schemes stay yearly)',
});

@ObjectType({
  description:
    'One point of a funding series: a scheme in a year (and month, and BSPS category when asked), with its source and target',
})
export class FundingSeriesPoint {
  @Field(() => FundingScheme)
  scheme!: FundingScheme;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true, description: 'Set for monthly points' })
  month!: number | null;

  @Field(() => UnitCategory, { nullable: true, description: 'Set when split by BSPS category' })
  category!: UnitCategory | null;

  @Field(() => Int)
  units!: number;

  @Field(() => String, { description: 'Integer rupiah, exact' })
  amountIdr!: string;

  @Field({ description: 'True when the point rests on modeled figures' })
  modeled!: boolean;

  @Field(() => DataSource, { nullable: true, description: 'Where the figures come from; null for a zero point' })
  source!: DataSource | null;

  /** The province of the series, for its target; null: national (or a kab/kota, which has no target). */
  targetProvinceCode?: string | null;
  targetless?: boolean;
}
