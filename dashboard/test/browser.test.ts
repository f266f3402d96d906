import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
// Every dashboard page and the explorer, opened in headless Chromium (Debian's `chromium`, driven by
// playwright-core) against a whole hub with the demo data: the figures shown are checked against the
// graph, and no page may log a console error or send a request beyond localhost. Screenshots go to
// HUB_SCREENSHOT_DIR (default dashboard/test-results/screenshots).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import {
  AddFollowUpsDocument,
  DashboardMeetingsDocument,
  DashboardProposalsDocument,
  DashboardRegencyDeskReviewsDocument,
  DashboardRegencyDocument,
  DashboardProgram3Document,
  DashboardProgramSourcesDocument,
  NationalFundingDocument,
  NtbFundingCoverageDocument,
} from '@housing-hub/client';
import { startHub, type RunningHub } from '@housing-hub/hub';
import { createTestDatabase, graphqlRequest, type TestDatabase } from '@housing-hub/testing';

const CHROMIUM = process.env.HUB_CHROMIUM_PATH ?? '/usr/bin/chromium';
const here = path.dirname(fileURLToPath(import.meta.url));
const SCREENSHOTS = process.env.HUB_SCREENSHOT_DIR ?? path.join(here, '../test-results/screenshots');
const OPERATIONS = path.join(here, '../../schema/operations');
// Without Chromium there is nothing to drive; CI (.ci/run) installs it, so there it must be present.
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI)
  throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
const describeInBrowser = haveChromium ? describe : describe.skip;
if (!haveChromium) console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

const id = new Intl.NumberFormat('id-ID');

/** A generated answer type with every nullable field read as present. */
type Present<T> = T extends readonly (infer U)[]
  ? Present<U>[]
  : T extends object
    ? { [K in keyof T]-?: Present<NonNullable<T[K]>> }
    : NonNullable<T>;

describeInBrowser('the dashboard in a browser', () => {
  let database: TestDatabase;
  let hub: RunningHub;
  let origin: string;
  let browser: Browser;
  // The answers these tests compare with the page are complete (no error is asserted), so read them as such.
  const query = async <TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
    headers?: Record<string, string>,
  ): Promise<Present<TData>> => {
    const result = await graphqlRequest(
      hub.url,
      document as TypedDocumentNode<unknown, unknown>,
      variables as never,
      headers as never,
    );
    expect(result.errors).toBeUndefined();
    return result.data as Present<TData>;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    hub = await startHub({ connection: database.connection, port: 0, subgraphPorts: 'ephemeral', seed: { demo: true } });
    origin = new URL(hub.url).origin;
    mkdirSync(SCREENSHOTS, { recursive: true });
    // launch() gives the browser a fresh, empty, temporary user-data-dir of its own (Playwright
    // refuses --user-data-dir there); the flags keep Chromium from calling Google's hosts.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await hub?.close();
    await database?.drop();
  });

  /**
   * A fresh page that records console errors, the GraphQL operations it sends and any FORBIDDEN it
   * gets back (none: the public is never asked for what it may not see), and refuses (and records)
   * any request beyond localhost.
   */
  async function openPage(options: { width?: number; height?: number; lang?: 'id' | 'en' } = {}) {
    const context: BrowserContext = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    });
    if (options.lang === 'en') await context.addInitScript(() => localStorage.setItem('housing-hub.lang', 'en'));
    const consoleErrors: string[] = [];
    const outside: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (
        ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) &&
        url.hostname !== '127.0.0.1' &&
        url.hostname !== 'localhost'
      ) {
        outside.push(url.href);
        return route.abort();
      }
      return route.continue();
    });
    const page: Page = await context.newPage();
    // Generous: CI machines are shared, and a loaded one is slow, not wrong.
    page.setDefaultTimeout(60_000);
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    const operations: string[] = [];
    const forbidden: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql')
        operations.push((request.postDataJSON() as { operationName?: string }).operationName ?? '(anonymous)');
    });
    page.on('response', async (response) => {
      if (response.request().method() !== 'POST' || new URL(response.url()).pathname !== '/graphql') return;
      const body = (await response.json().catch(() => ({}))) as {
        errors?: { message: string; extensions?: { code?: string } }[];
      };
      for (const error of body.errors ?? []) if (error.extensions?.code === 'FORBIDDEN') forbidden.push(error.message);
    });
    return {
      page,
      /** The operation names the page has sent to /graphql so far. */
      operations,
      /** Runs the checks; on failure, saves `<name>-failed.png` and adds what the page shows to the error. */
      async check(name: string, checks: () => Promise<void>) {
        try {
          await checks();
        } catch (error) {
          await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-failed.png`), fullPage: true }).catch(() => undefined);
          const shown = await page
            .locator('main')
            .textContent({ timeout: 1_000 })
            .catch(() => '(no main)');
          (error as Error).message +=
            `\n--- the page showed:\n${(shown ?? '').slice(0, 1_500)}\n--- console errors: ${JSON.stringify(consoleErrors)}`;
          await context.close();
          throw error;
        }
      },
      /** Saves the screenshot and checks the page's record; `expectedConsole` are errors the test provoked. */
      async finish(screenshot: string, expectedConsole?: RegExp) {
        await page.screenshot({ path: path.join(SCREENSHOTS, `${screenshot}.png`), fullPage: true });
        await context.close();
        expect(consoleErrors.filter((message) => !expectedConsole?.test(message))).toEqual([]);
        expect(outside).toEqual([]);
        expect(forbidden).toEqual([]);
      },
    };
  }

  test('national page: FLPP 2025 reads 278.868 unit and Rp34,64 triliun, as the graph says', async () => {
    const funding = await query(NationalFundingDocument, { year: 2025 });
    const flpp = funding.national.find((row) => row.scheme === 'FLPP')!;
    expect(flpp.units).toBe(278868);
    expect(flpp.amountIdr).toBe('34640000000000');

    const { page, check, finish } = await openPage();
    await check('national', async () => {
      const startedAt = Date.now();
      await page.goto(`${origin}/`);
      const card = page.getByTestId('funding-FLPP');
      await card.waitFor();
      const elapsed = Date.now() - startedAt;
      await expect(card.textContent()).resolves.toContain(`${id.format(flpp.units)} unit`);
      await expect(card.textContent()).resolves.toContain('Rp34,64 triliun');
      expect(await card.locator('.modeled').count()).toBe(1);
      // A measurement, not a timed assertion (the project keeps performance goals out of tests).
      console.log(`national page: figures shown ${elapsed} ms after navigation started (cold hub)`);
      // Every scheme of the year has its card, and the need table its years.
      for (const row of funding.national)
        await expect(page.getByTestId(`funding-${row.scheme}`).textContent()).resolves.toContain(id.format(row.units));
      await page.getByTestId('scheme-table').waitFor();
      expect(await page.locator('[data-testid=need-table] tbody tr').count()).toBeGreaterThan(0);
      await page.locator('canvas').first().waitFor();
      // Program 3 Juta Rumah 2025: each segment's target and delivered units, as the graph computes them.
      const { program3JutaRumah } = await query(DashboardProgram3Document, { year: 2025 });
      expect(program3JutaRumah?.target?.units).toBe(3_000_000);
      for (const segment of program3JutaRumah!.progress.segments) {
        const row = page.locator(`[data-testid=program3-table] tr[data-segment=${segment.segment}]`);
        await expect(row.textContent()).resolves.toContain(id.format(segment.targetUnits!));
        await expect(row.textContent()).resolves.toContain(id.format(segment.units));
      }
      await expect(page.locator('[data-testid=program3-table] tr[data-segment=TOTAL]').textContent()).resolves.toContain(
        id.format(program3JutaRumah!.progress.units),
      );
    });
    await finish('national');
  });

  test('national page in English, at phone width', async () => {
    const { page, check, finish } = await openPage({ width: 390, height: 844, lang: 'en' });
    await check('national-phone-en', async () => {
      await page.goto(`${origin}/`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('National overview');
      await expect(page.getByTestId('funding-FLPP').textContent()).resolves.toContain('278,868 units');
      await expect(page.getByTestId('funding-FLPP').textContent()).resolves.toContain('Rp34.64 trillion');
      // Nothing wider than the phone: the tables scroll inside their own box.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
    await finish('national-phone-en');
  });

  test('NTB (52) lists its 10 kab/kota with coverage, as the graph says, sortable', async () => {
    const ntb = await query(NtbFundingCoverageDocument);
    expect(ntb.province.regencies).toHaveLength(10);
    const { page, check, finish } = await openPage();
    await check('province-52', async () => {
      await page.goto(`${origin}/provinsi/52`);
      const rows = page.locator('[data-testid=regency-table] tbody tr');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(10);
      const percent = (ratio: number) =>
        `${new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(ratio * 100)}%`;
      for (const regency of ntb.province.regencies) {
        await expect(page.locator(`tr[data-code="${regency.code}"] [data-testid=coverage]`).textContent()).resolves.toBe(
          percent(regency.coverage.ratio),
        );
      }
      // Sorted by coverage, highest first; one click on the header turns it around.
      const shownOrder = () => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')));
      const byCoverage = [...ntb.province.regencies].sort((a, b) => b.coverage.ratio - a.coverage.ratio).map((r) => r.code);
      await expect(shownOrder()).resolves.toEqual(byCoverage);
      await page.locator('button[data-sort=coverage]').click();
      await expect(shownOrder()).resolves.toEqual([...byCoverage].reverse());
      await page.locator('button[data-sort=name]').click();
      const byName = [...ntb.province.regencies].sort((a, b) => a.name.localeCompare(b.name, 'id')).map((r) => r.code);
      await expect(shownOrder()).resolves.toEqual(byName);
      expect(await page.locator('[data-testid=tile-map] a').count()).toBe(10);
      await expect(page.getByTestId('bp3kp').textContent()).resolves.toContain('BP3KP NT I');
    });
    await finish('province-52');

    // At phone width the table scrolls inside its box; the page itself does not.
    const phone = await openPage({ width: 390, height: 844 });
    await phone.check('province-52-phone', async () => {
      await phone.page.goto(`${origin}/provinsi/52`);
      await phone.page.getByTestId('regency-table').waitFor();
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
    await phone.finish('province-52-phone');
  });

  test('Kota Mataram (52.71) shows its proposals and the meetings that covered it', async () => {
    const { regency } = await query(DashboardRegencyDocument, { code: '52.71' });
    expect(regency.proposals.length).toBeGreaterThan(0);
    expect(regency.meetings.length).toBeGreaterThan(0);
    const { page, check, finish } = await openPage();
    await check('regency-52.71', async () => {
      await page.goto(`${origin}/kabkota/52.71`);
      await page.getByTestId('proposals-table').waitFor();
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Kota Mataram');
      expect(await page.locator('[data-testid=proposals-table] tbody tr').count()).toBe(regency.proposals.length);
      expect(await page.locator('[data-testid=regency-meetings] li').count()).toBe(regency.meetings.length);
      for (const meeting of regency.meetings)
        await expect(page.getByTestId('regency-meetings').textContent()).resolves.toContain(meeting.title);
      await page.getByTestId('series-table').waitFor();
    });
    await finish('regency-52.71');
  });

  test("staff sign-in: a BP3KP of 52 signs in through the page and sees Kota Mataram's desk reviews; signed out, they are not asked for", async () => {
    const token = await hub.signToken({ subject: 'bp3kp-nt1', roles: ['BP3KP'], areas: ['52'] });
    const { regency } = await query(DashboardRegencyDeskReviewsDocument, { code: '52.71' }, { authorization: `Bearer ${token}` });
    const reviews = regency.proposals.flatMap((proposal) => proposal.deskReviews);
    expect(reviews.length).toBeGreaterThan(0);
    const { page, operations, check, finish } = await openPage();
    await check('regency-52.71-staff', async () => {
      // Signed out: the page is the public one, and the staff-only query is never sent.
      await page.goto(`${origin}/kabkota/52.71`);
      await page.getByTestId('proposals-table').waitFor();
      await page.getByTestId('series-table').waitFor();
      expect(operations).toContain('DashboardRegency');
      expect(operations).not.toContain('DashboardRegencyDeskReviews');
      expect(await page.getByTestId('desk-reviews').count()).toBe(0);

      // Sign in from the header, by pasting the token; back on the page, as the staff member.
      await page.getByRole('link', { name: 'Masuk staf' }).click();
      await page.getByLabel('Token').waitFor();
      await page.screenshot({ path: path.join(SCREENSHOTS, 'sign-in.png'), fullPage: true });
      await page.getByLabel('Token').fill('not a token');
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
      await page.locator('#token-refused').waitFor();
      await page.getByLabel('Token').fill(token);
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
      await page.waitForURL(`${origin}/kabkota/52.71`);
      const who = page.getByTestId('signed-in');
      await expect(who.textContent()).resolves.toMatch(/bp3kp-nt1 · BP3KP · 52/);
      const rows = page.locator('[data-testid=desk-reviews] tbody tr');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(reviews.length);
      await expect(page.getByTestId('desk-reviews').textContent()).resolves.toContain(reviews[0]!.meeting.title);
      expect(operations).toContain('DashboardRegencyDeskReviews');
      // The token lives in this tab's sessionStorage: a reload keeps the session.
      await page.reload();
      await rows.first().waitFor();
      await page.locator('canvas').first().waitFor();
    });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'regency-52.71-staff.png'), fullPage: true });
    await check('meeting-staff', async () => {
      // The desk meeting's own page lists its reviews too, Kota Mataram's among them.
      await page.getByTestId('desk-reviews').getByRole('link', { name: reviews[0]!.meeting.title }).click();
      await page.getByTestId('participants').waitFor();
      await expect(page.getByTestId('desk-reviews').textContent()).resolves.toContain('Kota Mataram');
      expect(operations).toContain('DeskReviewsOfMeeting');
      await page.goBack();
    });
    await check('regency-52.71-signed-out', async () => {
      await page.getByRole('button', { name: 'Keluar' }).click();
      await page.getByRole('link', { name: 'Masuk staf' }).waitFor();
      await page.getByTestId('proposals-table').waitFor();
      expect(await page.getByTestId('desk-reviews').count()).toBe(0);
      expect(await page.evaluate(() => sessionStorage.getItem('housing-hub.staff-token'))).toBeNull();
    });
    await finish('regency-52.71-signed-out');
  });

  test('an expired staff token: the hub refuses it (401) and the dashboard signs out with a message', async () => {
    const expired = await hub.signToken({ subject: 'bp3kp-nt1', roles: ['BP3KP'], areas: ['52'], ttl: '-1m' });
    const { page, check, finish } = await openPage();
    await check('session-expired', async () => {
      await page.goto(`${origin}/masuk?ke=${encodeURIComponent('/kabkota/52.71')}`);
      // The dashboard only decodes the token; the hub is the one that checks it.
      await page.getByLabel('Token').fill(expired);
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
      await page.getByTestId('session-ended').waitFor();
      await expect(page.getByTestId('session-ended').textContent()).resolves.toContain('expired');
      await page.getByRole('link', { name: 'Masuk staf' }).first().waitFor();
      expect(await page.getByTestId('signed-in').count()).toBe(0);
      // The page reads again as the public: the proposals are there, the desk reviews are not.
      await page.getByTestId('proposals-table').waitFor();
      expect(await page.getByTestId('desk-reviews').count()).toBe(0);
    });
    // Chromium logs each refused request itself; the page logs nothing.
    await finish('session-expired', /status of 401/);
  });

  test('proposals pipeline counts every proposal of the fiscal year, by status and scheme', async () => {
    const data = await query(DashboardProposalsDocument, { filter: { fiscalYear: 2026 }, first: 1 });
    const { page, check, finish } = await openPage();
    await check('proposals', async () => {
      await page.goto(`${origin}/usulan?tahun=2026`);
      await expect(page.getByTestId('pipeline-total').textContent()).resolves.toBe(id.format(data.proposals.totalCount));
      // Filtered by province (NTB): the total follows the graph's count for that filter.
      const ntb = await query(DashboardProposalsDocument, { filter: { fiscalYear: 2026, provinceCode: '52' }, first: 1 });
      await page.goto(`${origin}/usulan?tahun=2026&provinsi=52`);
      await expect(page.getByTestId('pipeline-total').textContent()).resolves.toBe(id.format(ntb.proposals.totalCount));
      await page.goto(`${origin}/usulan?tahun=2026`);
      await page.getByTestId('pipeline-total').waitFor();
    });
    await finish('proposals');
  });

  test('meetings: the list holds every meeting; a meeting page shows participants, decisions and follow-ups', async () => {
    const data = await query(DashboardMeetingsDocument, { first: 1 });
    const { page, operations, check, finish } = await openPage();
    await check('meeting', async () => {
      await page.goto(`${origin}/rapat`);
      const rows = page.locator('[data-testid=meetings-table] tbody tr');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(data.meetings.totalCount);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'meetings.png') });
      await page.getByRole('link', { name: /Pokja PKP Banten/ }).click();
      await page.getByTestId('participants').waitFor();
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Pokja PKP Banten');
      expect(await page.locator('[data-testid=follow-ups] tbody tr').count()).toBe(4);
      // Signed out, the staff-only desk reviews are not asked for.
      expect(operations).toContain('MeetingDetail');
      expect(operations).not.toContain('DeskReviewsOfMeeting');
    });
    await finish('meeting');
  });

  test('a follow-up past its due date and still open is highlighted as overdue', async () => {
    const { meetings } = await query(DashboardMeetingsDocument, { filter: { provinceCode: '36' }, first: 100 });
    const banten = meetings.nodes.find((meeting) => meeting.title.includes('Pokja PKP Banten'))!;
    // Recording a follow-up is a staff write: the directorate does it here.
    const directorate = await hub.signToken({ subject: 'test-directorate', roles: ['DIRECTORATE'] });
    await query(
      AddFollowUpsDocument,
      { meetingId: banten.id, followUps: [{ label: '5', description: 'Laporan tertunda (uji)', dueDate: '2020-01-31' }] },
      { authorization: `Bearer ${directorate}` },
    );
    const { page, check, finish } = await openPage();
    await check('meetings-overdue', async () => {
      await page.goto(`${origin}/rapat/${banten.id}`);
      const overdue = page.locator('[data-testid=follow-ups] tr.overdue');
      await overdue.first().waitFor();
      // The seed's own follow-up 3 is overdue too: due by the end of 2016, as the article implies, and still open.
      expect(await overdue.count()).toBe(2);
      await expect(overdue.last().textContent()).resolves.toContain('Laporan tertunda (uji)');
      await expect(overdue.last().textContent()).resolves.toContain('Terlambat');
      await expect(overdue.first().textContent()).resolves.toContain('Pilot Project');
      await page.goto(`${origin}/rapat?provinsi=36`);
      await expect(page.locator('[data-testid=meetings-table] td.overdue').textContent()).resolves.toContain('2 terlambat');
    });
    await finish('meetings-overdue');
  });

  test('sources: every source the figures cite, with publisher, date (or why it has none), URL and the modeled mark', async () => {
    // The schemes' targets cite published pages, some of which state no date: the graph says why.
    const { programs } = await query(DashboardProgramSourcesDocument);
    const cited = programs.flatMap((program) => program.targets.map((target) => target.source));
    const undated = cited.find((source) => source.publishedOn === null)!;
    const dated = cited.find((source) => source.publishedOn !== null)!;
    expect(undated.undatedReason).toMatch(/^Undated: /);
    // Shown under its badge ("Tanpa tanggal" / "Undated"), so without the leading "Undated:".
    const afterLabel = undated.undatedReason.replace(/^Undated: /, '');
    const reason = afterLabel.charAt(0).toUpperCase() + afterLabel.slice(1);

    const { page, operations, check, finish } = await openPage();
    await check('sources', async () => {
      await page.goto(`${origin}/sumber`);
      const table = page.getByTestId('sources-table');
      await table.waitFor();
      await expect(table.textContent()).resolves.toContain('DEMO-FLPP-2025');
      await expect(table.textContent()).resolves.toContain('PUB-FLPP-2025');
      expect(await table.locator('.modeled').count()).toBeGreaterThan(0);
      const undatedCell = page.getByTestId(`published-${undated.code}`);
      await expect(undatedCell.locator('.badge').textContent()).resolves.toBe('Tanpa tanggal');
      await expect(undatedCell.locator('[lang=en]').textContent()).resolves.toBe(reason);
      await expect(page.getByTestId(`published-${dated.code}`).textContent()).resolves.toBe(
        new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
          new Date(`${dated.publishedOn}T00:00:00Z`),
        ),
      );
      await page.screenshot({ path: path.join(SCREENSHOTS, 'sources.png'), fullPage: true });
      // In English (switched in the header: the answers already read are shown again, nothing is asked anew).
      const asked = operations.length;
      await page.locator('header select').selectOption('en');
      await undatedCell.locator('.badge', { hasText: 'Undated' }).waitFor();
      await expect(undatedCell.locator('.badge').textContent()).resolves.toBe('Undated');
      expect(operations.length).toBe(asked);
      await expect(undatedCell.locator('[lang=en]').textContent()).resolves.toBe(reason);
    });
    await finish('sources-en');
  });

  test('the explorer at /graphql is bundled, preloads the documented operations and runs a query', async () => {
    const operationFiles = readdirSync(OPERATIONS).filter((file) => file.endsWith('.graphql'));
    const { page, check, finish } = await openPage();
    await check('explorer', async () => {
      await page.goto(`${origin}/graphql`);
      await page.locator('.graphiql-container').waitFor();
      const tabs = page.locator('.graphiql-tab');
      await tabs.first().waitFor();
      expect(await tabs.count()).toBe(operationFiles.length);
      // Run the first tab's query (every province with its kab/kota) and see its answer.
      await page.locator('.graphiql-query-editor').getByText('AllProvincesWithRegencies').first().waitFor();
      await page.locator('.graphiql-execute-button').click();
      await page.waitForFunction(
        () => document.querySelector('.result-window')?.textContent?.replace(/\s+/g, ' ').includes('"name": "Aceh"'),
        undefined,
        { timeout: 20_000 },
      );
    });
    await finish('explorer');
  });

  test('a page URL reloads (SPA fallback) and POST /graphql is unchanged', async () => {
    const html = await fetch(`${origin}/kabkota/52.71`, { headers: { accept: 'text/html' } });
    expect(html.status).toBe(200);
    expect(html.headers.get('cache-control')).toBe('no-cache');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await html.text())![1]!;
    const asset = await fetch(`${origin}${script}`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${origin}/assets/missing.js`)).status).toBe(404);
    const explorer = await fetch(`${origin}/graphql`, { headers: { accept: 'text/html' } });
    expect(await explorer.text()).toContain('GraphQL explorer');
    const answer = await graphqlRequest(hub.url, '{ provinces { code } }');
    expect((answer.data as { provinces: unknown[] }).provinces).toHaveLength(38);
  });
});
