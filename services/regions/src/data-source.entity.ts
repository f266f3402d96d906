import { Entity } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp } from '@mikro-orm/core';
import { Directive, ObjectType } from 'type-graphql';
import { DATA_SOURCE_DESCRIPTION, DataSourceFields } from '@housing-hub/subgraph-kit';

/** Sources of need figures (`regions.data_source`). */
@ObjectType('DataSource', { description: DATA_SOURCE_DESCRIPTION })
@Directive('@shareable')
@Entity({ tableName: 'data_source' })
export class DataSource extends DataSourceFields {
  [PrimaryKeyProp]?: 'code';
}
