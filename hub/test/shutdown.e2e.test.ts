import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '@housing-hub/testing';

const repository = new URL('../../', import.meta.url).pathname;

describe('npm start, then SIGTERM', () => {
  it('answers the requests in flight, closes the database and exits 0 within 10 s, without npm errors', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'hub-shutdown-'));
    const [port, regions, programs, meetings] = [await freePort(), await freePort(), await freePort(), await freePort()];
    const child = spawn('npm', ['start'], {
      cwd: repository,
      env: {
        ...process.env,
        PORT: String(port),
        REGIONS_PORT: String(regions),
        PROGRAMS_PORT: String(programs),
        MEETINGS_PORT: String(meetings),
        HUB_DATA_DIR: dataDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the hub did not start:\n${output}`)), 240_000);
        child.stdout.on('data', () => {
          if (!/Housing data hub ready/.test(output)) return;
          clearTimeout(timer);
          resolve();
        });
        void exited.then(() => reject(new Error(`the hub exited:\n${output}`)));
      });
      const query = await readFile(new URL('../../schema/operations/all-regencies.graphql', import.meta.url), 'utf8');
      const inFlight = Array.from({ length: 2 }, () =>
        fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        }).then(async (response) => ({
          status: response.status,
          provinces: ((await response.json()) as { data?: { provinces?: unknown[] } }).data?.provinces?.length,
        })),
      );
      // long enough for the requests to reach the hub (a connection whose request has not arrived yet is idle, and closed)
      await new Promise((resolve) => setTimeout(resolve, 400));
      const signalledAt = Date.now();
      child.kill('SIGTERM');
      const code = await exited;
      const seconds = (Date.now() - signalledAt) / 1000;
      expect(await Promise.all(inFlight)).toEqual(Array.from({ length: 2 }, () => ({ status: 200, provinces: 38 })));
      expect(code).toBe(0);
      expect(seconds).toBeLessThan(10);
      expect(output).toMatch(/Housing data hub stopped/);
      expect(output).not.toMatch(/npm error|ERR!/);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});
