import { describe, expect, it } from '@jest/globals';
import { buildSchema } from 'graphql';
import { composeHub } from '../src/composition.js';

describe('composing the hub', () => {
  it('composes every subgraph without error, and the API schema keeps the public contract', async () => {
    const composed = await composeHub();
    expect(composed.subgraphs.map((s) => s.name)).toEqual(expect.arrayContaining(['regions']));
    const api = buildSchema(composed.apiSdl);
    const query = api.getQueryType()!.getFields();
    for (const field of ['provinces', 'province', 'regency', 'regencies']) expect(query[field]).toBeDefined();
    expect(api.getType('Regency')).toBeDefined();
    // Federation plumbing stays out of what clients see.
    expect(composed.apiSdl).not.toMatch(/join__|_entities|_service/);
  });

  it('gives every entity a key in the supergraph', async () => {
    const { supergraphSdl } = await composeHub();
    expect(supergraphSdl).toMatch(/type Province[^{]*@join__type\(graph: REGIONS, key: "code"\)/);
    expect(supergraphSdl).toMatch(/type Regency[^{]*@join__type\(graph: REGIONS, key: "code"\)/);
  });
});
