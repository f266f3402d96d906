import { afterEach, describe, expect, it } from '@jest/globals';
import { startHubFixture, type HubFixture } from './hub-fixture.js';

// One query across the three subgraphs: with any one of them down, the other two still answer.
const ACROSS = `{
  regency(code: "52.01") { name }
  fundingSummary(year: 2025) { units }
  meetings(first: 1) { totalCount }
}`;

type Across = { regency: unknown; fundingSummary: unknown; meetings: unknown };
const owned: Record<string, (data: Across) => unknown> = {
  regions: (data) => data.regency,
  programs: (data) => data.fundingSummary,
  meetings: (data) => data.meetings,
};

let fixture: HubFixture | undefined;

afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

describe('honest partial data: one subgraph down nulls only its own fields', () => {
  it.each(Object.keys(owned))(
    'with %s down',
    async (down) => {
      fixture = await startHubFixture();
      await fixture.hub.stopService(down);
      const { data, errors } = await fixture.query(ACROSS);
      expect(data).not.toBeNull();
      const across = data as Across;
      expect(owned[down]!(across)).toBeNull();
      for (const [name, part] of Object.entries(owned)) if (name !== down) expect(part(across)).not.toBeNull();
      if (down !== 'regions') expect(across.regency).toEqual({ name: expect.any(String) });
      expect(errors?.length).toBeGreaterThan(0);
      for (const error of errors!) {
        expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: down });
        expect(error.path?.length).toBeGreaterThan(0);
      }
    },
    240_000,
  );
});
