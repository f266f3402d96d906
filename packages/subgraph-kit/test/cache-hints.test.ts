import { describe, expect, it } from '@jest/globals';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { Field, ObjectType, Query, Resolver, buildSchema } from 'type-graphql';
import { NeverCache, cacheHeaderPlugin } from '../src/cache-hints.js';

@ObjectType()
class Clock {
  @Field()
  year!: number;

  @Field()
  @NeverCache()
  today!: string;
}

@Resolver()
class ClockResolver {
  @Query(() => Clock)
  clock(): Clock {
    return { year: 2026, today: '2026-11-29' };
  }

  @Query(() => Number)
  failing(): number {
    throw new Error('no');
  }
}

async function cacheControlOf(query: string): Promise<string | undefined> {
  const schema = await buildSchema({ resolvers: [ClockResolver], validate: false });
  const apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginCacheControlDisabled(), cacheHeaderPlugin(86_400)] });
  await apollo.start();
  try {
    const response = await apollo.executeOperation({ query });
    return response.http.headers.get('cache-control');
  } finally {
    await apollo.stop();
  }
}

describe("a subgraph answer's cache-control header (what Apollo's cacheControl plugin wrote, at no cost per field)", () => {
  it('lets the gateway keep an answer without errors for a day (the data version invalidates it)', async () => {
    expect(await cacheControlOf('{ clock { year } }')).toBe('max-age=86400, public');
  });

  it('is no-store once a field marked @NeverCache resolves', async () => {
    expect(await cacheControlOf('{ clock { year today } }')).toBe('no-store');
  });

  it('is no-store for an answer with an error, a document that does not validate, or introspection only', async () => {
    expect(await cacheControlOf('{ failing }')).toBe('no-store');
    expect(await cacheControlOf('{ clock { nope } }')).toBe('no-store');
    expect(await cacheControlOf('{ __typename }')).toBe('no-store');
    expect(await cacheControlOf('{ ...Root } fragment Root on Query { clock { year } }')).toBe('max-age=86400, public');
  });
});
