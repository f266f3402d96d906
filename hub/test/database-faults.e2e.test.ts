import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startHubFixture, type HubFixture } from './hub-fixture.js';

// PostgreSQL connections terminated under load (a failover, an admin's pg_terminate_backend): every
// answer is whole or carries DATABASE_UNAVAILABLE, the process lives on, and the hub recovers.
const postgresql = Boolean(process.env.TEST_DATABASE_URL);
const describePostgresql = postgresql ? describe : describe.skip;

let fixture: HubFixture;

beforeAll(async () => {
  if (postgresql) fixture = await startHubFixture();
}, 180_000);

afterAll(async () => {
  await fixture?.close();
});

const READ = `{ regency(code: "52.01") { name need { households } funding(year: 2025) { units } }
  meetings(first: 5) { nodes { id title } } programs { code } }`;

async function read(): Promise<{ status: number; codes: unknown[] }> {
  const response = await fetch(fixture.hub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: READ }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: unknown } }[] };
  return { status: response.status, codes: (body.errors ?? []).map((error) => error.extensions?.code) };
}

describePostgresql('PostgreSQL connections terminated under load', () => {
  it('answers whole or DATABASE_UNAVAILABLE, never crashes, and recovers', async () => {
    let loading = true;
    const answers: { status: number; codes: unknown[] }[] = [];
    const clients = Array.from({ length: 4 }, async () => {
      while (loading) answers.push(await read());
    });
    let terminated = 0;
    for (let round = 0; round < 6; round++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      terminated += await fixture.database.terminateConnections!();
    }
    loading = false;
    await Promise.all(clients);
    expect(terminated).toBeGreaterThan(0);
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      for (const code of answer.codes) expect(['DATABASE_UNAVAILABLE']).toContain(code);
    }
    // the pools open new connections: the same read is whole again (a few tries: the first may meet a dead one)
    let recovered = false;
    for (let attempt = 0; attempt < 20 && !recovered; attempt++) {
      recovered = (await read()).codes.length === 0;
      if (!recovered) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(recovered).toBe(true);
    // and a write goes through
    const token = await fixture.token({ roles: ['ADMIN'] });
    const write = await fixture.send(
      { authorization: `Bearer ${token}` },
      'mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }',
      {
        input: {
          idempotencyKey: 'after-terminations',
          regencyCode: '52.01',
          scheme: 'BSPS',
          fiscalYear: 2030,
          proposedUnits: 5,
          proposer: 'Fault test',
        },
      },
    );
    expect(write.errors).toBeUndefined();
  }, 180_000);
});
