import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '@housing-hub/subgraph-kit';
import { NeedIndicator } from './need-indicator.enum.js';
import { RegencyKind } from './regency-kind.enum.js';

export enum AreaOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
  HOUSEHOLDS = 'HOUSEHOLDS',
  OWNERSHIP_BACKLOG = 'OWNERSHIP_BACKLOG',
  HABITABILITY_BACKLOG = 'HABITABILITY_BACKLOG',
  UNINHABITABLE_HOMES = 'UNINHABITABLE_HOMES',
}
registerEnumType(AreaOrderField, {
  name: 'AreaOrderField',
  description: 'What a list of areas is ordered by: its code, its name, or one need indicator (as `need(year)` serves it)',
});

/** The need indicator an order field stands for; null for CODE and NAME. */
export function orderIndicator(field: AreaOrderField): NeedIndicator | null {
  return field === AreaOrderField.CODE || field === AreaOrderField.NAME ? null : NeedIndicator[field];
}

@InputType('AreaOrder', { description: 'One key of an ordering of areas; the code always breaks ties' })
export class AreaOrder {
  @Field(() => AreaOrderField)
  field!: AreaOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;

  @Field(() => Int, {
    nullable: true,
    description: 'For a need indicator: the figure on or before this year (default: the latest)',
  })
  year?: number | null;
}

@InputType('NeedRange', { description: 'Areas whose need indicator (on or before `year`) lies within [min, max]' })
export class NeedRange {
  @Field(() => NeedIndicator)
  indicator!: NeedIndicator;

  @Field(() => Int, { nullable: true, description: 'Default: the latest figure' })
  year?: number | null;

  @Field(() => Int, { nullable: true })
  min?: number | null;

  @Field(() => Int, { nullable: true })
  max?: number | null;
}

@InputType('RegencyFilter', { description: 'Which kab/kota to list; all conditions must hold' })
export class RegencyFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Kab/kota of any of these provinces' })
  provinceCodes?: string[] | null;

  @Field(() => [RegencyKind], { nullable: true })
  kinds?: RegencyKind[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: only kab/kota with a need figure (on or before `needYear`); false: only those without',
  })
  hasNeedData?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'The year `hasNeedData` looks at (default: any year)' })
  needYear?: number | null;

  @Field(() => [NeedRange], { nullable: true, description: 'Ranges of need indicators' })
  need?: NeedRange[] | null;
}
