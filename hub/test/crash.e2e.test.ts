import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadOrCreateLocalKeys, signStaffToken } from '@housing-hub/gateway';
import { freePort, graphqlClient, type GraphQLResponse } from '@housing-hub/testing';
import type { CrashProposalPageQuery, ImportFileInput } from './generated/graphql.js';
import { graphql } from './generated/index.js';

// kill -9 of the embedded hub (PGlite in a folder) in the middle of writes and of an import: it must
// reopen with every acknowledged write and no half-written import. The embedded database only: with
// TEST_DATABASE_URL the hub's durability is PostgreSQL's.
const embedded = !process.env.TEST_DATABASE_URL;
const describeEmbedded = embedded ? describe : describe.skip;
const hubMain = new URL('../dist/main.js', import.meta.url).pathname;

let dataDir: string;
let accessDir: string;
let adminToken: string;
let running: ChildProcess | undefined;
let url: string;

/** Starts `node hub/dist/main.js` on the test's data folder and waits until it answers. */
async function startEmbeddedHub(): Promise<void> {
  const ports = { PORT: await freePort(), REGIONS_PORT: await freePort(), PROGRAMS_PORT: await freePort() };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, String(port)])),
    MEETINGS_PORT: String(await freePort()),
    HUB_DATA_DIR: dataDir,
    HUB_ACCESS_DIR: accessDir,
    HUB_RATE_LIMIT_POINTS: '1000000',
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [hubMain], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  running = child;
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the hub did not start:\n${output}`)), 240_000);
    child.stdout!.on('data', () => {
      if (!/Housing data hub ready/.test(output)) return;
      clearTimeout(timer);
      resolve();
    });
    child.once('exit', (code) => reject(new Error(`the hub exited (${code}):\n${output}`)));
  });
  url = `http://127.0.0.1:${ports.PORT}/graphql`;
}

/** kill -9: no drain, no close, no checkpoint. */
async function killHard(): Promise<void> {
  const child = running!;
  running = undefined;
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** Asks the running hub as an ADMIN. */
const ask = graphqlClient(
  () => url,
  () => ({ authorization: `Bearer ${adminToken}` }),
);

const SUBMIT = graphql(`mutation CrashSubmit($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`);
const IMPORT = graphql(`mutation CrashImport($file: ImportFileInput!) { importRealization(file: $file) { status rows } }`);
const FISCAL_YEAR = 2031;
const IMPORT_YEAR = 2032;

async function proposalIds(): Promise<Set<string>> {
  const ids = new Set<string>();
  let after: string | null = null;
  for (;;) {
    // The page's type is spelled out: it depends on `after`, which the previous page set.
    const answer: GraphQLResponse<CrashProposalPageQuery> = await ask(
      graphql(`query CrashProposalPage($fiscalYear: Int!, $after: String) {
        proposals(filter: { fiscalYear: $fiscalYear }, first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }`),
      { fiscalYear: FISCAL_YEAR, after },
    );
    expect(answer.errors).toBeUndefined();
    const page = answer.data!.proposals!;
    for (const node of page.nodes) ids.add(node.id);
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor ?? null;
  }
}

async function importedUnits(): Promise<number> {
  const answer = await ask(
    graphql(`query CrashImportedUnits($year: Int!) { fundingSummary(year: $year, schemes: [FLPP]) { units } }`),
    { year: IMPORT_YEAR },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.fundingSummary!.reduce((sum, row) => sum + row.units, 0);
}

beforeAll(async () => {
  if (!embedded) return;
  dataDir = await mkdtemp(path.join(tmpdir(), 'hub-crash-data-'));
  accessDir = await mkdtemp(path.join(tmpdir(), 'hub-crash-access-'));
  adminToken = await signStaffToken(await loadOrCreateLocalKeys(accessDir), { subject: 'crash-admin', roles: ['ADMIN'] });
}, 60_000);

afterAll(async () => {
  if (running) await killHard();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  if (accessDir) await rm(accessDir, { recursive: true, force: true });
});

describeEmbedded('kill -9 of the embedded hub', () => {
  let regencyCodes: string[] = [];

  it('mid-write: it reopens with every acknowledged write', async () => {
    await startEmbeddedHub();
    const frame = await ask(graphql(`query CrashFrame { provinces { regencies { code } } }`));
    regencyCodes = frame.data!.provinces!.flatMap((p) => p.regencies.map((r) => r.code));
    expect(regencyCodes.length).toBe(514);
    const acknowledged: string[] = [];
    let killed = false;
    const writer = async (worker: number) => {
      for (let i = 0; !killed; i++) {
        const answer = await ask(SUBMIT, {
          input: {
            idempotencyKey: `crash-${worker}-${i}`,
            regencyCode: regencyCodes[(worker * 97 + i) % regencyCodes.length]!,
            scheme: 'BSPS',
            fiscalYear: FISCAL_YEAR,
            proposedUnits: 10 + i,
            proposer: 'Crash test',
          },
        }).catch(() => undefined); // the answers cut by the kill
        const id = answer?.data?.submitProposal.id;
        if (id) acknowledged.push(id);
        else if (!killed) throw new Error(`a write failed before the kill: ${JSON.stringify(answer)}`);
      }
    };
    const writers = Array.from({ length: 4 }, (_, worker) => writer(worker));
    while (acknowledged.length < 40) await new Promise((resolve) => setTimeout(resolve, 20));
    // writes are in flight at this moment: four writers never wait for each other
    killed = true;
    await killHard();
    await Promise.all(writers);
    await startEmbeddedHub();
    const stored = await proposalIds();
    for (const id of acknowledged) expect(stored.has(id)).toBe(true);
    // at most the writes in flight at the kill were stored without being acknowledged
    expect(stored.size - acknowledged.length).toBeLessThanOrEqual(4);
  }, 600_000);

  it('mid-import: it reopens with the whole import or none of it', async () => {
    // a hub from the previous test is running on the same folder
    expect(running).toBeDefined();
    expect(await importedUnits()).toBe(0);
    const channels = ['Bank BTN', 'Bank BSI', 'Bank BRI', 'Bank BNI', 'Bank Mandiri', 'Bank Jatim', 'Bank Jateng', 'Bank DKI'];
    const lines = ['scheme,area_code,year,month,channel,units,amount_idr,status'];
    for (const code of regencyCodes)
      for (let month = 1; month <= 12; month++)
        for (const channel of channels) lines.push(`FLPP,${code},${IMPORT_YEAR},${month},${channel},1,120000000,REALIZED`);
    const fileUnits = lines.length - 1;
    const file: ImportFileInput = {
      fileName: 'crash.csv',
      content: `${lines.join('\n')}\n`,
      encoding: 'UTF8',
      source: { name: 'Crash test', publisher: 'Test', publishedOn: '2026-01-01' },
    };
    const importing = ask(IMPORT, { file }).catch(() => undefined);
    // in the middle of reading, checking, staging or merging (whichever it is at on this machine)
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await killHard();
    const answer = await importing;
    const acknowledged = answer?.data?.importRealization?.status === 'IMPORTED';
    await startEmbeddedHub();
    expect(await importedUnits()).toBe(acknowledged ? fileUnits : 0);
    // and the same file imports whole after the crash
    if (!acknowledged) {
      const again = await ask(IMPORT, { file });
      expect(again.errors).toBeUndefined();
      expect(again.data!.importRealization).toEqual({ status: 'IMPORTED', rows: fileUnits });
      expect(await importedUnits()).toBe(fileUnits);
    }
    await killHard();
  }, 600_000);
});
