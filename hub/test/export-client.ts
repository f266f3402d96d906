import http from 'node:http';
import { graphql } from './generated/index.js';
import type { HubFixture } from './hub-fixture.js';

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A GET as curl sends it: no decoding of the body, every header as given. */
export function rawGet(fixture: HubFixture, path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    http
      .get(new URL(path, fixture.hub.url), { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
        );
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

/** Two partner keys made by an ADMIN: one with the export scope, one without; usable once the gateway has read them. */
export async function exportKeys(fixture: HubFixture): Promise<{ export: string; read: string }> {
  const { data } = await fixture.send({}, graphql(`query ExportClientAgencies { agencies { id name } }`));
  const create = async (scopes: string[]) => {
    const created = await fixture.asAdmin(
      graphql(`
        mutation ExportClientKey($input: CreateApiKeyInput!) {
          createApiKey(input: $input) {
            key
          }
        }
      `),
      { input: { agencyId: data!.agencies![0].id, label: `export test ${scopes.join(' ')}`, scopes } },
    );
    return created.data!.createApiKey.key;
  };
  const keys = { export: await create(['read', 'export']), read: await create(['read']) };
  // The gateway refreshes its key set every 2 s (slower on a loaded machine): wait until it knows the key.
  for (let waited = 0; waited < 60_000; waited += 500) {
    if ((await rawGet(fixture, '/export/areas.csv?level=province', { 'x-api-key': keys.export })).status === 200) return keys;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('The gateway did not take the new API key within 60 s');
}
