import { describe, expect, it } from '@jest/globals';
import { buildSchema, graphql } from 'graphql';
import { selectsField } from '../src/selection.js';

// A resolver that notes whether its field selects `source` among its own fields.
let selected: boolean | undefined;
const schema = buildSchema(/* GraphQL */ `
  type Query { rows: [Row] }
  type Row { units: Int, source: Source, nested: Row }
  type Source { code: String }
`);
schema.getQueryType()!.getFields().rows!.resolve = (_root, _args, _context, info) => {
  selected = selectsField(info, 'source');
  return [];
};

async function selectsSource(query: string): Promise<boolean | undefined> {
  selected = undefined;
  const result = await graphql({ schema, source: query });
  expect(result.errors).toBeUndefined();
  return selected;
}

describe('selectsField', () => {
  it('sees the field selected directly, under an alias, in an inline fragment or in a named fragment', async () => {
    expect(await selectsSource('{ rows { units source { code } } }')).toBe(true);
    expect(await selectsSource('{ rows { units origin: source { code } } }')).toBe(true);
    expect(await selectsSource('{ rows { units ... on Row { source { code } } } }')).toBe(true);
    expect(
      await selectsSource(
        '{ rows { ...Figures } } fragment Figures on Row { units ...Origin } fragment Origin on Row { source { code } }',
      ),
    ).toBe(true);
  });

  it('does not see it when only another field carries its name, or when a nested field selects it', async () => {
    expect(await selectsSource('{ rows { units } }')).toBe(false);
    expect(await selectsSource('{ rows { source: units } }')).toBe(false);
    expect(await selectsSource('{ rows { nested { source { code } } } }')).toBe(false);
  });
});
