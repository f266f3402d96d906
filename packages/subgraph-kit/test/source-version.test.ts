import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import type { GraphQLObjectType } from 'graphql';
import { buildSchema, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { DataSourceFields } from '../src/data-source.fields.js';
import { WithSourceVersion } from '../src/source-version.js';

@ObjectType('DataSource')
class TestDataSource extends DataSourceFields {}

@ObjectType('TestFigureValue')
class TestFigureValue {
  @Field(() => Int)
  value!: number;

  @Field(() => String, { nullable: true })
  definition!: string | null;
}

@ObjectType('TestFigureVersion')
class TestFigureVersion extends WithSourceVersion(TestFigureValue, TestDataSource) {}

@Resolver()
class TestFigureResolver {
  @Query(() => [TestFigureVersion])
  history(): TestFigureVersion[] {
    return [];
  }
}

describe('WithSourceVersion', () => {
  it("prints the figure's own fields first, then source, current and supersededAt (the order the schemas keep)", async () => {
    const schema = await buildSchema({ resolvers: [TestFigureResolver] });
    const version = schema.getType('TestFigureVersion') as GraphQLObjectType;
    expect(Object.keys(version.getFields())).toEqual(['value', 'definition', 'source', 'current', 'supersededAt']);
    expect(String(version.getFields().source.type)).toBe('DataSource!');
    expect(String(version.getFields().supersededAt.type)).toBe('String');
    // the mixin's own class is never referenced, so its name stays out of the schema
    expect(schema.getType('TestFigureValueSourceVersion')).toBeUndefined();
  });
});
