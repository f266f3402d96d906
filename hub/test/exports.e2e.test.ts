import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import jsonld from 'jsonld';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { GraphQLResponse } from '@housing-hub/testing';
import { rateLimitSettingsFromEnv } from '@housing-hub/gateway';
import { graphql } from './generated/index.js';
import { exportKeys, rawGet, type RawAnswer } from './export-client.js';
import { startHubFixture, type HubFixture } from './hub-fixture.js';

let fixture: HubFixture;
let exportKey: string;
let readKey: string;

beforeAll(async () => {
  fixture = await startHubFixture({ partnerKeys: true });
  ({ export: exportKey, read: readKey } = await exportKeys(fixture));
}, 300_000);

afterAll(async () => {
  await fixture?.close();
});

const get = (path: string, headers: Record<string, string> = {}) => rawGet(fixture, path, headers);
const asPartner = (path: string, headers: Record<string, string> = {}) => get(path, { 'x-api-key': exportKey, ...headers });
const errorCode = (answer: RawAnswer) => JSON.parse(answer.body.toString()).errors[0].extensions.code;
const csvRows = (text: string, delimiter = ',') =>
  parse(text, { columns: true, delimiter, bom: true }) as Record<string, string>[];

describe('who may export', () => {
  it('refuses anonymous callers (401) and keys without the export scope (403)', async () => {
    const anonymous = await get('/export/need.csv');
    expect(anonymous.status).toBe(401);
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    const readOnly = await get('/export/need.csv', { 'x-api-key': readKey });
    expect(readOnly.status).toBe(403);
    expect(errorCode(readOnly)).toBe('FORBIDDEN');
    expect((await get('/export/need.csv', { 'x-api-key': 'hub_nonsense' })).status).toBe(401);
  });

  it('serves partner keys with the export scope and staff', async () => {
    expect((await asPartner('/export/areas.csv')).status).toBe(200);
    const staff = await fixture.token({ roles: ['DIRECTORATE'] });
    expect((await get('/export/areas.csv', { authorization: `Bearer ${staff}` })).status).toBe(200);
  });

  it('does not serve a subgraph export without the gateway caller token', async () => {
    const regions = fixture.hub.services.find((service) => service.name === 'regions')!;
    const direct = await get(new URL('/export/need.csv', regions.server.url).href);
    expect(direct.status).toBe(401);
  });

  it('counts an export toward the rate limit by its rows', async () => {
    const first = await asPartner('/export/areas.csv');
    const need = await asPartner('/export/need.csv');
    const rows = csvRows(need.body.toString()).length;
    const after = await asPartner('/export/areas.csv');
    const remaining = (answer: RawAnswer) => Number(answer.headers['ratelimit-remaining']);
    // Each request costs 1 point up front; the need export adds one point per 1000 rows once sent.
    expect(remaining(first) - remaining(after)).toBe(2 + Math.floor(rows / 1000));
  });
});

describe('DOMAIN question 8: every need indicator for every kab/kota 2019-2025, as CSV', () => {
  it('is one GET with a key, and its rows are the graph’s figures with BPS code, definition and source', async () => {
    const answer = await asPartner('/export/need.csv?level=regency&from=2019&to=2025&bom=1');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(answer.headers['content-disposition']).toBe('attachment; filename="need-2019-2025-level-regency.csv"');
    expect(answer.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = csvRows(answer.body.toString());
    expect(Object.keys(rows[0]!)).toEqual([
      'kemendagri_code',
      'bps_code',
      'area_name',
      'area_level',
      'province_code',
      'year',
      'indicator',
      'value',
      'unit',
      'definition',
      'source_code',
      'source_name',
      'source_publisher',
      'source_published_on',
      'source_url',
      'modeled',
    ]);
    const byKey = new Map(rows.map((row) => [`${row.kemendagri_code}/${row.year}/${row.indicator}/${row.source_code}`, row]));
    expect(byKey.size).toBe(rows.length);

    const QUESTION_8 = graphql(`
      query Question8($after: String) {
        regencies(first: 100, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            code
            bpsCode
            name
            needSeries(from: 2019, to: 2025) {
              indicator
              year
              value
              definition
              source {
                code
                name
                modeled
              }
            }
          }
        }
      }
    `);
    let after: string | null | undefined = null;
    let regencies = 0;
    let figures = 0;
    do {
      const answer: GraphQLResponse<ResultOf<typeof QUESTION_8>> = await fixture.query(QUESTION_8, { after });
      const { data, errors } = answer;
      expect(errors).toBeUndefined();
      for (const regency of data!.regencies!.nodes) {
        regencies++;
        for (const figure of regency.needSeries) {
          figures++;
          const row = byKey.get(`${regency.code}/${figure.year}/${figure.indicator}/${figure.source.code}`);
          expect(row).toMatchObject({
            bps_code: regency.bpsCode ?? '',
            area_name: regency.name,
            value: String(figure.value),
            definition: figure.definition ?? '',
            source_name: figure.source.name,
            modeled: String(figure.source.modeled),
          });
        }
      }
      after = data!.regencies!.pageInfo.hasNextPage ? data!.regencies!.pageInfo.endCursor : undefined;
    } while (after);
    expect(regencies).toBe(514);
    // The graph serves the preferred source of each figure; the export has every source's.
    expect(figures).toBeGreaterThan(0);
    expect(rows.length).toBeGreaterThanOrEqual(figures);
    expect(new Set(rows.map((row) => row.kemendagri_code)).size).toBe(514);
    expect(rows.every((row) => row.area_level === 'REGENCY' && Number(row.year) >= 2019 && Number(row.year) <= 2025)).toBe(true);
  });
});

describe('formats, filters and caching', () => {
  it('gives the same rows as JSON Lines, typed', async () => {
    const csv = csvRows((await asPartner('/export/realization.csv?province=52&from=2024&to=2024')).body.toString());
    const answer = await asPartner('/export/realization.jsonl?province=52&from=2024&to=2024');
    expect(answer.headers['content-type']).toBe('application/jsonl; charset=utf-8');
    const lines = answer.body
      .toString()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.length).toBe(csv.length);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatchObject({ province_code: '52', year: 2024 });
    expect(typeof lines[0].units).toBe('number');
    expect(typeof lines[0].amount_idr).toBe('string');
    expect(typeof lines[0].modeled).toBe('boolean');
    expect(lines.map((line) => String(line.units))).toEqual(csv.map((row) => row.units));
    expect(csv[0]!.area_name).toBeTruthy();
  });

  it('names each realization fact’s financing source (its scheme’s own where the fact names none) and the proposal it funds', async () => {
    const rows = csvRows((await asPartner('/export/realization.csv?province=52&from=2025&to=2026')).body.toString());
    expect(rows.length).toBeGreaterThan(0);
    const sources = new Set(['APBN', 'APBD_PROVINCE', 'APBD_REGENCY', 'CSR', 'DEVELOPER', 'BANK']);
    for (const row of rows) {
      expect([row.scheme, sources.has(row.financing_source!)]).toEqual([row.scheme, true]);
      if (row.scheme === 'CSR') expect(row.financing_source).toBe('CSR');
      if (row.proposal_id) expect(row.proposal_id).toMatch(/^[0-9a-f-]{36}$/);
    }
    // The demo funds every approved 2026 proposal: those facts name it.
    expect(rows.some((row) => row.year === '2026' && row.proposal_id)).toBe(true);
  });

  it('writes ; for id-ID Excel', async () => {
    const text = (await asPartner('/export/areas.csv?delimiter=semicolon&level=province')).body.toString();
    expect(text.split('\n')[0]).toBe('kemendagri_code;bps_code;name;level;kind;province_code');
    expect(csvRows(text, ';')).toHaveLength(38);
  });

  it('exports every dataset', async () => {
    for (const [dataset, minimum] of [
      ['areas', 552],
      ['need', 1],
      ['realization', 1],
      ['proposals', 1],
      ['meetings', 5],
      ['follow-ups', 4],
    ] as const) {
      // Realization in full is 91,524 rows on the demo data: one province keeps the test short on PGlite.
      const answer = await asPartner(`/export/${dataset}.csv${dataset === 'realization' ? '?province=52' : ''}`);
      expect([dataset, answer.status]).toEqual([dataset, 200]);
      expect(csvRows(answer.body.toString()).length).toBeGreaterThanOrEqual(minimum);
    }
    const ntbMeetings = csvRows((await asPartner('/export/meetings.csv?province=52')).body.toString());
    expect(ntbMeetings.length).toBeGreaterThan(0);
    expect(ntbMeetings.every((row) => `${row.province_codes} ${row.regency_codes}`.includes('52'))).toBe(true);
  });

  it('gzips when asked, with its own ETag', async () => {
    const plain = await asPartner('/export/areas.csv');
    const zipped = await asPartner('/export/areas.csv', { 'accept-encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    const again = await asPartner('/export/areas.csv', { 'accept-encoding': 'gzip', 'if-none-match': zipped.headers.etag! });
    expect(again.status).toBe(304);
  });

  it('answers 304 to an unchanged export, and 200 once its data changed', async () => {
    const first = await asPartner('/export/need.csv?regency=52.01');
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['last-modified']).toBeTruthy();
    const unchanged = await asPartner('/export/need.csv?regency=52.01', { 'if-none-match': first.headers.etag! });
    expect(unchanged.status).toBe(304);
    expect(unchanged.body.length).toBe(0);
    const otherFilter = await asPartner('/export/need.csv?regency=52.02', { 'if-none-match': first.headers.etag! });
    expect(otherFilter.status).toBe(200);
    const regions = fixture.hub.services.find((service) => service.name === 'regions')!;
    await regions.orm.em
      .getConnection()
      .execute(`update regions.need_observation set value = value + 1 where area_code = '52.01' and year = 2023`);
    const changed = await asPartner('/export/need.csv?regency=52.01', { 'if-none-match': first.headers.etag! });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(first.headers.etag);
  });

  it('refuses unknown datasets, formats and filters with a stable code', async () => {
    expect((await asPartner('/export/nothing.csv')).status).toBe(404);
    const badFormat = await asPartner('/export/need.pdf');
    expect([badFormat.status, errorCode(badFormat)]).toEqual([400, 'VALIDATION_FAILED']);
    const badFilter = await asPartner('/export/areas.csv?scheme=BSPS');
    expect([badFilter.status, errorCode(badFilter)]).toEqual([400, 'VALIDATION_FAILED']);
    const badCode = await asPartner(`/export/need.csv?province=52'--`);
    expect([badCode.status, errorCode(badCode)]).toEqual([400, 'VALIDATION_FAILED']);
    const badRange = await asPartner('/export/need.csv?from=2025&to=2019');
    expect([badRange.status, errorCode(badRange)]).toEqual([400, 'INVALID_DATE_RANGE']);
  });
});

describe('the one-process hub asks the owners in process', () => {
  const asStaff = async (url: string, headers: Record<string, string> = {}) =>
    get(url, { authorization: `Bearer ${await fixture.token({ roles: ['DIRECTORATE'] })}`, ...headers });

  it('serves the same files, headers and 304s as a gateway that asks the owners over HTTP', async () => {
    const separate = await fixture.gatewayWith(rateLimitSettingsFromEnv());
    for (const path of [
      '/export/realization.csv?province=52',
      '/export/need.jsonl?regency=52.01',
      '/export/areas.csv?delimiter=semicolon&bom=1',
    ]) {
      const inProcess = await asStaff(path);
      const overHttp = await asStaff(new URL(path, separate).href);
      expect([path, inProcess.status]).toEqual([path, 200]);
      expect(inProcess.body.equals(overHttp.body)).toBe(true);
      for (const header of ['content-type', 'content-disposition', 'etag', 'last-modified', 'x-changes-cursor'])
        expect([header, inProcess.headers[header]]).toEqual([header, overHttp.headers[header]]);
      const zipped = await asStaff(path, { 'accept-encoding': 'gzip' });
      expect(gunzipSync(zipped.body).equals(overHttp.body)).toBe(true);
      expect((await asStaff(path, { 'if-none-match': overHttp.headers.etag! })).status).toBe(304);
    }
    const refused = await asStaff('/export/need.csv?from=2025&to=2019');
    expect(refused.body.toString()).toBe(
      (await asStaff(new URL('/export/need.csv?from=2025&to=2019', separate).href)).body.toString(),
    );
  });

  it('leaves no export running when the client hangs up, and serves the next one', async () => {
    const token = await fixture.token({ roles: ['DIRECTORATE'] });
    await new Promise<void>((resolve, reject) => {
      const request = http.get(new URL('/export/realization.csv', fixture.hub.url), {
        headers: { authorization: `Bearer ${token}` },
      });
      request.on('response', (response) =>
        response.once('data', () => {
          request.destroy();
          resolve();
        }),
      );
      request.on('error', (error) => request.destroyed || reject(error));
    });
    if (fixture.database.connection.kind === 'postgresql') {
      const programs = fixture.hub.services.find((service) => service.name === 'programs')!;
      const runningCopies = async () =>
        (
          await programs.orm.em
            .getConnection()
            .execute<{ count: number }[]>(
              `select count(*)::int as count from pg_stat_activity where datname = current_database() and query like 'copy (%' and state = 'active'`,
            )
        )[0]!.count;
      const deadline = Date.now() + 5_000;
      while ((await runningCopies()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await runningCopies()).toBe(0);
    }
    // PGlite runs one transaction at a time: an export left running would hold this one back.
    expect((await asStaff('/export/proposals.csv')).status).toBe(200);
  });
});

describe('the catalogue', () => {
  it('is JSON-LD (DCAT) listing every dataset with its distributions, licence, coverage and sources', async () => {
    const answer = await get('/catalog.jsonld');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    const document = JSON.parse(answer.body.toString());
    const expanded = await jsonld.expand(document);
    const DCAT = 'http://www.w3.org/ns/dcat#';
    const DCT = 'http://purl.org/dc/terms/';
    const catalog = expanded.find((node) => (node['@type'] as string[]).includes(`${DCAT}Catalog`))!;
    const datasets = catalog[`${DCAT}dataset`] as Record<string, unknown[]>[];
    const identifier = (node: Record<string, unknown[]>) => (node[`${DCT}identifier`]![0] as { '@value': string })['@value'];
    expect(datasets.map(identifier).sort()).toEqual(['areas', 'follow-ups', 'meetings', 'need', 'proposals', 'realization']);
    for (const dataset of datasets) {
      expect(dataset[`${DCT}license`]).toEqual([{ '@id': 'https://creativecommons.org/licenses/by/4.0/' }]);
      const downloads = (dataset[`${DCAT}distribution`] as Record<string, { '@id': string }[]>[]).map(
        (distribution) => distribution[`${DCAT}downloadURL`]![0]!['@id'],
      );
      expect(downloads.map((url) => new URL(url).pathname)).toEqual([
        `/export/${identifier(dataset)}.csv`,
        `/export/${identifier(dataset)}.jsonl`,
        `/export/${identifier(dataset)}.xlsx`,
      ]);
    }
    const need = datasets.find((dataset) => identifier(dataset) === 'need')!;
    expect(need[`${DCT}temporal`]).toBeDefined();
    expect((need[`${DCT}source`] ?? []).length).toBeGreaterThan(0);
    // Every source has its publication date, or a note (in English) saying why it has none.
    const SKOS = 'http://www.w3.org/2004/02/skos/core#';
    const sources = datasets.flatMap((dataset) => dataset[`${DCT}source`] ?? []) as Record<string, unknown[]>[];
    const undated = sources.filter((source) => !source[`${DCT}issued`]);
    for (const source of sources) expect(Boolean(source[`${DCT}issued`])).toBe(!source[`${SKOS}editorialNote`]);
    expect(undated.length).toBeGreaterThan(0);
    for (const source of undated)
      expect(source[`${SKOS}editorialNote`]).toEqual([{ '@value': expect.stringMatching(/^Undated: /), '@language': 'en' }]);
  });
});
