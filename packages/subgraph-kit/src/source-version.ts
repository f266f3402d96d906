import { Field, ObjectType } from 'type-graphql';
import type { DataSourceFields } from './data-source.fields.js';

// The constructor type a TypeScript mixin must extend (its rest parameter has to be `any[]`).
// biome-ignore lint/suspicious/noExplicitAny: required by TypeScript for mixin constructors
export type MixinBase = new (...args: any[]) => object;

/**
 * `Base` with what a value carries once a source re-issues it: the source that gave it, whether it is
 * current, and when a re-issue replaced it (the need figure and realization fact histories). A mixin,
 * not a base class, because type-graphql prints a base class's fields first and these come last.
 */
export function WithSourceVersion<TBase extends MixinBase, TSource extends DataSourceFields>(
  Base: TBase,
  dataSource: new () => TSource,
) {
  // Never referenced by a field itself, so its name never reaches a schema.
  @ObjectType(`${Base.name}SourceVersion`)
  class SourceVersion extends Base {
    @Field(() => dataSource)
    source!: TSource;

    @Field()
    current!: boolean;

    @Field(() => String, { nullable: true, description: 'When a re-issue replaced this value (ISO 8601)' })
    supersededAt!: string | null;
  }
  return SourceVersion;
}
