import { beforeAll, describe, expect, it } from '@jest/globals';
import { useHubFixture } from './hub-fixture.js';
import { graphql } from './generated/index.js';

// Stopping a subgraph breaks the hub for the rest of the file: this file has the hub to itself.
const fixture = useHubFixture();

// Runs after the fixture's own beforeAll (hooks run in the order they are declared): the hub is up.
beforeAll(async () => {
  await fixture.hub.stopService('regions');
});

describe('funding with the regions subgraph stopped', () => {
  it('still returns the funding figures, with an error for the province names only', async () => {
    const response = await fixture.query(
      graphql(`query ProgramsOutageFundingSummary {
      fundingSummary(year: 2025, groupBy: PROVINCE, schemes: [FLPP]) { scheme units amountIdr province { code name } }
      national: fundingSummary(year: 2025) { scheme units amountIdr }
    }`),
    );
    const { data, errors } = response;
    // The figures programs owns are all there.
    expect(data!.national!.find((row) => row.scheme === 'FLPP')).toEqual({
      scheme: 'FLPP',
      units: 278_868,
      amountIdr: '34640000000000',
    });
    expect(data!.fundingSummary!.length).toBeGreaterThanOrEqual(33);
    expect(data!.fundingSummary!.reduce((total: number, row) => total + row.units, 0)).toBe(278_868);
    // The part regions owns is missing (the nullable province), with an error that says so.
    expect(data!.fundingSummary!.every((row) => row.province === null)).toBe(true);
    // One error for the failed fetch from regions, and nothing else (the gateway masks its cause; no stack trace).
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'regions' });
    expect(JSON.stringify(errors)).not.toMatch(/stacktrace|\.ts:\d+|ECONNREFUSED/);
  });

  it('answers programs-only queries without any error', async () => {
    const { data, errors } = await fixture.query(
      graphql(
        `query ProgramsOutagePrograms { programs { code } proposals(filter: { fiscalYear: 2026 }, first: 5) { totalCount nodes { id status } } }`,
      ),
    );
    expect(errors).toBeUndefined();
    expect(data!.programs!.map((p) => p.code)).toContain('FLPP');
    expect(data!.proposals!.totalCount).toBeGreaterThanOrEqual(514);
  });
});

describe('exports with the regions subgraph stopped', () => {
  it('answers its datasets 503 SUBGRAPH_UNAVAILABLE and still serves the programs datasets', async () => {
    const token = await fixture.token({ roles: ['DIRECTORATE'] });
    const exportOf = (path: string) => fetch(new URL(path, fixture.hub.url), { headers: { authorization: `Bearer ${token}` } });
    const need = await exportOf('/export/need.csv');
    expect(need.status).toBe(503);
    expect(((await need.json()) as { errors: { extensions: unknown }[] }).errors[0]!.extensions).toEqual({
      code: 'SUBGRAPH_UNAVAILABLE',
      serviceName: 'regions',
    });
    expect((await exportOf('/export/proposals.csv')).status).toBe(200);
  });
});
