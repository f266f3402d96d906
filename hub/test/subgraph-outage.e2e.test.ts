import { beforeAll, describe, expect, it } from '@jest/globals';
import type { SubgraphOutageAcrossQuery } from './generated/graphql.js';
import { graphql } from './generated/index.js';
import { useHubFixture } from './hub-fixture.js';

// One query across the three subgraphs: with any one of them down, the other two still answer.
const ACROSS = graphql(`query SubgraphOutageAcross {
  regency(code: "52.01") { name }
  fundingSummary(year: 2025) { units }
  meetings(first: 1) { totalCount }
}`);

const owned: Record<string, (data: SubgraphOutageAcrossQuery) => unknown> = {
  regions: (data) => data.regency,
  programs: (data) => data.fundingSummary,
  meetings: (data) => data.meetings,
};

describe('honest partial data: one subgraph down nulls only its own fields', () => {
  // A stopped subgraph does not come back: each case has a hub of its own.
  describe.each(Object.keys(owned))('with %s down', (down) => {
    const fixture = useHubFixture();
    // Runs after the fixture's own beforeAll (hooks run in the order they are declared): the hub is up.
    beforeAll(async () => {
      await fixture.hub.stopService(down);
    }, 60_000);

    it('nulls the fields of that subgraph only, with an error naming it', async () => {
      const { data, errors } = await fixture.query(ACROSS);
      expect(data).not.toBeNull();
      const across = data!;
      expect(owned[down]!(across)).toBeNull();
      for (const [name, part] of Object.entries(owned)) if (name !== down) expect(part(across)).not.toBeNull();
      if (down !== 'regions') expect(across.regency).toEqual({ name: expect.any(String) });
      expect(errors?.length).toBeGreaterThan(0);
      for (const error of errors!) {
        expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: down });
        expect(error.path?.length).toBeGreaterThan(0);
      }
    });
  });
});
