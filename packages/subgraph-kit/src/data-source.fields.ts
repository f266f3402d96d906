import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * The fields of `DataSource`, the provenance every figure carries. Each subgraph that holds figures
 * keeps its own `data_source` table and declares `@ObjectType('DataSource') @shareable` on a subclass
 * of this, so that the graph has one `DataSource` type whoever answers.
 */
// A base class only: never referenced by a field, so it never appears in a schema itself.
@ObjectType('DataSourceFields')
export class DataSourceFields {
  @Field(() => ID, { description: 'A stable code, e.g. "DEMO-NEED-2023" or "DINAS-PERKIM-NTB/PENDATAAN-RTLH-2024"' })
  @PrimaryKey({ type: 'text' })
  code!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  publisher!: string | null;

  @Field(() => String, { nullable: true, description: 'Publication date (YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  publishedOn!: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  url!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why there is no publication date (null when there is one): every source has a date or says why not',
  })
  @Property({ type: 'text', nullable: true })
  undatedReason?: string | null;

  @Field({ description: 'True when the figure is modeled (e.g. the demo dataset), not published' })
  @Property({ type: 'boolean', default: false })
  modeled!: boolean;
}

export const DATA_SOURCE_DESCRIPTION = 'Where a figure comes from: every figure the hub serves can say so';

/** The columns of a data source joined as `s`, named as `DataSourceRow` reads them. */
export const DATA_SOURCE_COLUMNS = `s.code as source_code, s.name as source_name, s.publisher,
  to_char(s.published_on, 'YYYY-MM-DD') as published_on, s.undated_reason, s.url, s.modeled`;

export interface DataSourceRow {
  source_code: string;
  source_name: string;
  publisher: string | null;
  published_on: string | null;
  undated_reason?: string | null;
  url: string | null;
  modeled: boolean;
}

/** The provenance of a row read with `DATA_SOURCE_COLUMNS`. */
export function dataSourceOf<T extends DataSourceFields = DataSourceFields>(row: DataSourceRow): T {
  return {
    code: row.source_code,
    name: row.source_name,
    publisher: row.publisher,
    publishedOn: row.published_on,
    undatedReason: row.undated_reason ?? null,
    url: row.url,
    modeled: row.modeled,
  } as T;
}
