import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { startHttpServer, type RunningHttpServer } from '../src/http-server.js';
import { DEFAULT_QUERY_LIMITS } from '../src/limits.js';

// A query whose first field waits until the test lets it go: the deadline passes while it waits.
let release: () => void = () => {};
let gate = Promise.resolve();
const closeGate = () => (gate = new Promise<void>((resolve) => (release = resolve)));
let childResolutions = 0;
let executions: Promise<void>[] = [];
let finishExecution: () => void = () => {};

const schema = {
  typeDefs: /* GraphQL */ `
    type Query { slow: Slow }
    type Slow { child: Int }
    type Mutation { slowWrite: Int }
  `,
  resolvers: {
    Query: {
      slow: async () => {
        await gate;
        return {};
      },
    },
    Slow: { child: () => ++childResolutions },
    Mutation: {
      slowWrite: async () => {
        await gate;
        return 1;
      },
    },
  },
};

let server: RunningHttpServer;

beforeAll(async () => {
  const apollo = new ApolloServer({
    ...schema,
    plugins: [
      {
        async requestDidStart() {
          executions.push(new Promise<void>((resolve) => (finishExecution = resolve)));
          return { willSendResponse: async () => finishExecution() };
        },
      },
    ],
  });
  // The limits tell a query from a mutation before it runs.
  const limits = { limits: DEFAULT_QUERY_LIMITS, schema: () => buildSchema(schema.typeDefs) };
  server = await startHttpServer({ apollo, port: 0, context: async () => ({}), deadlineMs: 300, limits });
});

afterAll(async () => {
  release();
  await server?.close();
});

async function post(query: string, headers: Record<string, string> = {}) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { errors?: { extensions?: { code?: string } }[] } };
}

describe('the request deadline', () => {
  it('answers 504 DEADLINE_EXCEEDED when a query runs past it, and resolves nothing after', async () => {
    closeGate();
    executions = [];
    childResolutions = 0;
    const answer = await post('{ slow { child } }');
    expect(answer.status).toBe(504);
    expect(answer.body.errors![0]!.extensions!.code).toBe('DEADLINE_EXCEEDED');
    // the waiting field now returns: its children are refused, not resolved
    release();
    await Promise.all(executions);
    expect(childResolutions).toBe(0);
  });

  it('takes a shorter deadline from the gateway (x-hub-deadline), never a longer one', async () => {
    closeGate();
    const answer = await post('{ slow { child } }', { 'x-hub-deadline': String(Date.now() + 50) });
    expect(answer.status).toBe(504);
    const later = post('{ slow { child } }', { 'x-hub-deadline': String(Date.now() + 3_600_000) });
    expect((await later).status).toBe(504); // its own 300 ms still apply
    release();
  });

  it('lets a mutation run to its end (stopping a write halfway would leave its outcome unknown)', async () => {
    closeGate();
    const answer = post('mutation { slowWrite }');
    setTimeout(release, 600);
    expect(await answer).toMatchObject({ status: 200, body: { data: { slowWrite: 1 } } });
  });

  it('answers a quick query as usual', async () => {
    gate = Promise.resolve();
    expect((await post('{ slow { child } }')).status).toBe(200);
  });
});
