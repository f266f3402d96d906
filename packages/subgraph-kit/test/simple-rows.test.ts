import { describe, expect, it } from '@jest/globals';
import { execute, parse } from 'graphql';
import { Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { buildSubgraph } from '../src/build-subgraph.js';
import { ANONYMOUS, Role } from '../src/caller.js';
import { RequiresScopes } from '../src/rights.js';

/*
 * Rows served by the thousand are declared `@ObjectType({ simpleResolvers: true })`: their plain fields
 * are property reads (no resolver per field and row). type-graphql checks rights in the resolver it
 * makes, so a simple field with rights would go unchecked: the kit refuses to build such a schema.
 */

@ObjectType({ simpleResolvers: true })
class PlainRow {
  @Field()
  code!: string;

  @Field(() => Int)
  units!: number;
}

@Resolver()
class PlainRowResolver {
  @Query(() => [PlainRow])
  plainRows(): PlainRow[] {
    return [
      { code: '52.01', units: 3 },
      { code: '52.02', units: 5 },
    ];
  }
}

@ObjectType({ simpleResolvers: true })
class RowWithSecret {
  @Field()
  code!: string;

  @Field(() => Int)
  @RequiresScopes(Role.DIRECTORATE)
  secret!: number;
}

@Resolver()
class RowWithSecretResolver {
  @Query(() => [RowWithSecret])
  rowsWithSecret(): RowWithSecret[] {
    return [{ code: '52.01', secret: 7 }];
  }
}

@ObjectType({ simpleResolvers: true })
class RowWithCheckedSecret {
  @Field()
  code!: string;

  @Field(() => Int, { simple: false, nullable: true })
  @RequiresScopes(Role.DIRECTORATE)
  secret!: number;
}

@Resolver()
class RowWithCheckedSecretResolver {
  @Query(() => [RowWithCheckedSecret])
  rowsWithCheckedSecret(): RowWithCheckedSecret[] {
    return [{ code: '52.01', secret: 7 }];
  }
}

describe('rows with simple resolvers', () => {
  it('serves their plain fields as property reads, without a resolver per field', async () => {
    const { schema } = await buildSubgraph({ name: 'rows', resolvers: [PlainRowResolver] });
    const row = schema.getType('PlainRow') as import('graphql').GraphQLObjectType;
    expect(Object.values(row.getFields()).map((field) => field.resolve)).toEqual([undefined, undefined]);
    const result = await execute({ schema, document: parse('{ plainRows { code units } }') });
    expect(result).toEqual({
      data: {
        plainRows: [
          { code: '52.01', units: 3 },
          { code: '52.02', units: 5 },
        ],
      },
    });
  });

  it('refuses to build a schema where a simple field declares rights it would not check', async () => {
    await expect(buildSubgraph({ name: 'rows', resolvers: [RowWithSecretResolver] })).rejects.toThrow(
      'RowWithSecret.secret declares rights but has no resolver to check them',
    );
  });

  it('checks the rights of a field that keeps its resolver in a simple type', async () => {
    const { schema } = await buildSubgraph({ name: 'rows', resolvers: [RowWithCheckedSecretResolver] });
    const result = await execute({
      schema,
      document: parse('{ rowsWithCheckedSecret { code secret } }'),
      contextValue: { caller: ANONYMOUS },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data).toEqual({ rowsWithCheckedSecret: [{ code: '52.01', secret: null }] });
  });
});
