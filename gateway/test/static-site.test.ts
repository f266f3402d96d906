import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startGateway } from '../src/gateway.js';
import { generateLocalKeys } from '../src/access/local-keys.js';

// The gateway serving a dashboard build (a stand-in folder) beside GraphQL, with no subgraph up.
let gateway: Awaited<ReturnType<typeof startGateway>>;
let site: string;
let origin: string;
const html = { accept: 'text/html,application/xhtml+xml' };

beforeAll(async () => {
  site = mkdtempSync(path.join(tmpdir(), 'hub-site-'));
  mkdirSync(path.join(site, 'assets'));
  writeFileSync(path.join(site, 'index.html'), '<title>dashboard</title>');
  writeFileSync(path.join(site, 'explorer.html'), '<title>explorer</title>');
  writeFileSync(path.join(site, 'assets/main-abc123.js'), 'console.log(1)');
  writeFileSync(path.join(site, '..', `${path.basename(site)}-secret.txt`), 'secret');
  const keys = await generateLocalKeys();
  gateway = await startGateway({
    port: 0,
    dashboardDir: site,
    subgraphUrls: { regions: 'http://127.0.0.1:9/graphql' },
    access: { identity: { kind: 'local', keys }, internalSecret: keys.internalSecret },
  });
  origin = new URL(gateway.url).origin;
});

afterAll(async () => {
  await gateway?.close();
  rmSync(site, { recursive: true, force: true });
  rmSync(`${site}-secret.txt`, { force: true });
});

describe('the dashboard and the explorer served by the gateway', () => {
  it('serves the dashboard at / and at any page URL (SPA fallback), never cached', async () => {
    for (const page of ['/', '/provinsi/52', '/kabkota/52.71']) {
      const response = await fetch(origin + page, { headers: html });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toBe('<title>dashboard</title>');
    }
  });

  it('serves content-hashed assets for a year, and a 404 for a missing one', async () => {
    const asset = await fetch(`${origin}/assets/main-abc123.js`);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${origin}/assets/missing.js`)).status).toBe(404);
  });

  it('never serves a file outside its folder', async () => {
    const response = await fetch(`${origin}/assets/..%2F..%2F${path.basename(site)}-secret.txt`);
    expect(await response.text()).not.toBe('secret');
  });

  it('gives browsers the explorer at GET /graphql; GraphQL clients still get GraphQL', async () => {
    const explorer = await fetch(`${origin}/graphql`, { headers: html });
    expect(await explorer.text()).toBe('<title>explorer</title>');
    const post = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });
    // A GET with a query is a GraphQL request even from a browser (no Apollo landing page either way).
    const get = await fetch(`${origin}/graphql?query=%7B__typename%7D`, {
      headers: { accept: 'text/html, application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await get.text()).toContain('"__typename":"Query"');
  });
});
