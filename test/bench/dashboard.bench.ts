/**
 * Bottleneck dashboard benchmark (issue 8): the coordinators' dashboard over a large register.
 *
 * Run:   npm run build && npm run bench:dashboard     (defaults: 5,000 bottlenecks, 50 organisations)
 *        SMOKE=1 npm run bench:dashboard               (500 bottlenecks, 5 runs)
 * That is `node -r ./test/bench/register-ts.js test/bench/dashboard.bench.ts` (see register-ts.js):
 * a plain Node program, not a Jest test. Progress goes to stderr; the report to stdout, its last line JSON.
 *
 * Knobs (env): BOTTLENECKS, ORGANISATIONS, RUNS, WARMUPS, SEED, SMOKE=1, SCREENSHOT (a .png path).
 *
 * Setup: a FerretDB of its own (startTestDatabase) and the compiled server as a child process over
 * it (startServerProcess: `node server/dist/main.js`, serving the built client from client/dist,
 * demo data seeded). Organisations beyond the demo ones are created through POST /organisations as
 * the demo admin; the bottlenecks go straight into the `bottlenecks` collection with the mongodb
 * driver (dashboard-data.ts: shaped like bottleneck.schema.ts, seeded), since reporting thousands
 * through the API would only measure the database's write rate.
 *
 * Figures (median and p95 over RUNS runs after WARMUPS untimed ones, interleaved per run):
 *  - dashboard: GET /api/bottlenecks/dashboard as coordinator@demo.nl, unfiltered and filtered by one
 *    technology: the HTTP round trip including reading the body.
 *  - peer: `find({}).toArray()` of the same collection with the mongodb driver from this process,
 *    the floor any approach that reads the whole register from the database pays; ratio = dashboard
 *    median / peer median.
 *  - CPU per request of the server process and of the database (from /proc), to tell where the
 *    time goes.
 *  - browser: headless Debian Chromium, logged in as the coordinator; time from page.goto of
 *    /knelpunten/dashboard until the ranked table shows all its rows (and, within that, until the
 *    dashboard response has arrived). One full-page screenshot afterwards.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DASHBOARD_TOP, type BottleneckDashboard, type Organisation, type Technology } from '@leernetwerk/shared';
import { MongoClient, type Collection } from 'mongodb';
import type { Browser, Page } from 'playwright-core';
import { api, DEMO_PASSWORD, login } from '../support/api-client';
import { launchChromium } from '../support/browser';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { startTestDatabase, type TestDatabase } from '../support/test-database';
import { envNumber, percentile } from './bench-common';
import { processTreeCpuMs } from './bench-targets';
import { synthesizeRegister, type BottleneckDocument } from './dashboard-data';

const SMOKE = process.env.SMOKE === '1';

const params = {
  smoke: SMOKE,
  bottlenecks: envNumber('BOTTLENECKS', SMOKE ? 500 : 5000, 1, 200_000),
  organisations: envNumber('ORGANISATIONS', 50, 4, 500),
  runs: envNumber('RUNS', SMOKE ? 5 : 15, 1, 1000),
  warmups: envNumber('WARMUPS', 2, 0, 100),
  seed: envNumber('SEED', 20240808, 0, 2 ** 31),
  span_days: 400,
  insert_batch: 1000,
};
const SCREENSHOT = process.env.SCREENSHOT ?? '/work/dashboard-5000.png';
const COORDINATOR = 'coordinator@demo.nl';
const ADMIN = 'beheer@demo.nl';
const RANKED_ROWS = 'section[aria-labelledby="bottleneck-ranked-heading"] tbody tr';
const WAIT = { timeout: 60_000 };

const log = (message: string): void => {
  process.stderr.write(`[bench:dashboard] ${message}\n`);
};
const now = (): number => performance.now();
const round = (value: number, digits = 1): number => (Number.isFinite(value) ? Number(value.toFixed(digits)) : value);

interface Spread {
  p50: number;
  p95: number;
}
const spread = (values: readonly number[]): Spread => ({
  p50: round(percentile(values, 50)),
  p95: round(percentile(values, 95)),
});

interface Stack {
  db: TestDatabase;
  server: ServerProcess;
  mongo: MongoClient;
  dataDir: string;
}

/** A FerretDB of our own, the compiled server over it, and a driver connection to the same database. */
async function startStack(): Promise<Stack> {
  const db = await startTestDatabase();
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lst-bench-dashboard-'));
  const server = await startServerProcess({
    MONGODB_URI: db.uri,
    DATA_DIR: dataDir,
    LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
  });
  const mongo = await MongoClient.connect(db.uri);
  return { db, server, mongo, dataDir };
}

async function stopStack(stack: Stack): Promise<void> {
  await stack.mongo.close();
  await stack.server.stop();
  await stack.db.destroy();
  await fs.rm(stack.dataDir, { recursive: true, force: true });
}

/** The member organisations, topped up to `count` through the admin API; returns their ids. */
async function ensureOrganisations(url: string, count: number): Promise<string[]> {
  const { accessToken: token } = await login(url, ADMIN);
  const listed = await api<Organisation[]>(url, 'GET', '/organisations', { token });
  const ids = listed.body.filter((o) => o.kind === 'member').map((o) => o.id);
  for (let n = ids.length + 1; ids.length < count; n++) {
    const name = `Benchorganisatie ${String(n).padStart(3, '0')}`;
    const created = await api<Organisation>(url, 'POST', '/organisations', { token, body: { name } });
    if (created.status !== 201) throw new Error(`creating ${name}: ${created.status} ${JSON.stringify(created.body)}`);
    ids.push(created.body.id);
  }
  return ids.slice(0, count);
}

/** Ids of the demo users, as reporters and supporters. */
async function demoUserIds(url: string): Promise<string[]> {
  const emails = [COORDINATOR, 'aanjager@demo.nl', 'ambassadeur@demo.nl', 'deelnemer@demo.nl', 'mila@demo.nl'];
  return Promise.all(emails.map(async (email) => (await login(url, email)).user.id));
}

async function insertRegister(collection: Collection<BottleneckDocument>, docs: BottleneckDocument[]): Promise<void> {
  for (let i = 0; i < docs.length; i += params.insert_batch) {
    await collection.insertMany(docs.slice(i, i + params.insert_batch), { ordered: false });
  }
}

interface Timed {
  ms: number;
  serverCpuMs: number;
  dbCpuMs: number;
}

/** Wall time of one call, with the CPU the server and the database spent meanwhile. */
async function timed<T>(stack: Stack, call: () => Promise<T>): Promise<Timed & { value: T }> {
  const serverPid = stack.server.child.pid ?? 0;
  const server = processTreeCpuMs(serverPid);
  const db = processTreeCpuMs(stack.db.pid);
  const start = now();
  const value = await call();
  const ms = now() - start;
  return { value, ms, serverCpuMs: processTreeCpuMs(serverPid) - server, dbCpuMs: processTreeCpuMs(stack.db.pid) - db };
}

async function fetchDashboard(
  url: string,
  token: string,
  query: string,
): Promise<{ body: BottleneckDashboard; bytes: number }> {
  const response = await fetch(`${url}/api/bottlenecks/dashboard${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`dashboard${query}: ${response.status} ${text}`);
  return { body: JSON.parse(text) as BottleneckDashboard, bytes: text.length };
}

interface Series {
  ms: number[];
  serverCpuMs: number[];
  dbCpuMs: number[];
}
const emptySeries = (): Series => ({ ms: [], serverCpuMs: [], dbCpuMs: [] });
const record = (series: Series, sample: Timed): void => {
  series.ms.push(sample.ms);
  series.serverCpuMs.push(sample.serverCpuMs);
  series.dbCpuMs.push(sample.dbCpuMs);
};
const describe = (series: Series) => ({
  ms: spread(series.ms),
  server_cpu_ms: round(percentile(series.serverCpuMs, 50)),
  db_cpu_ms: round(percentile(series.dbCpuMs, 50)),
});

/** The three server-side measurements, interleaved in every run so they share the machine's state. */
async function measureServer(stack: Stack, token: string, technologyId: string) {
  const collection = stack.mongo.db().collection('bottlenecks');
  const series = { dashboard: emptySeries(), dashboardTechnology: emptySeries(), peer: emptySeries() };
  const sizes = { total: 0, technologyTotal: 0, kb: 0, documents: 0 };
  for (let run = 0; run < params.warmups + params.runs; run++) {
    const all = await timed(stack, () => fetchDashboard(stack.server.url, token, ''));
    const filtered = await timed(stack, () => fetchDashboard(stack.server.url, token, `?technologyId=${technologyId}`));
    const peer = await timed(stack, () => collection.find({}).toArray());
    Object.assign(sizes, {
      total: all.value.body.total,
      technologyTotal: filtered.value.body.total,
      kb: all.value.bytes / 1024,
      documents: peer.value.length,
    });
    if (run < params.warmups) continue;
    record(series.dashboard, all);
    record(series.dashboardTechnology, filtered);
    record(series.peer, peer);
  }
  return { series, sizes };
}

async function logInBrowser(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${url}/inloggen`);
  await page.getByLabel('E-mailadres').fill(COORDINATOR);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Welkom' }).waitFor(WAIT);
  return page;
}

/** One page load: until the dashboard response arrived, and until the ranked table shows `rows` rows. */
async function renderOnce(page: Page, url: string, rows: number): Promise<{ responseMs: number; renderMs: number }> {
  const start = now();
  let responseMs = Number.NaN;
  const response = page
    .waitForResponse((r) => r.url().includes('/api/bottlenecks/dashboard'), WAIT)
    .then((r) => r.finished())
    .then(() => (responseMs = now() - start));
  await page.goto(`${url}/knelpunten/dashboard`);
  await page
    .locator(RANKED_ROWS)
    .nth(rows - 1)
    .waitFor(WAIT);
  const renderMs = now() - start;
  await response;
  return { responseMs, renderMs };
}

async function measureBrowser(url: string, rows: number) {
  const browser = await launchChromium();
  try {
    const page = await logInBrowser(browser, url);
    const render: number[] = [];
    const response: number[] = [];
    for (let run = 0; run < params.warmups + params.runs; run++) {
      const sample = await renderOnce(page, url, rows);
      if (run < params.warmups) continue;
      render.push(sample.renderMs);
      response.push(sample.responseMs);
    }
    const shown = await page.locator(RANKED_ROWS).count();
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    return { render, response, shown };
  } finally {
    await browser.close();
  }
}

async function run(stack: Stack): Promise<string[]> {
  const url = stack.server.url;
  const organisationsStart = now();
  const organisationIds = await ensureOrganisations(url, params.organisations);
  const organisationsMs = now() - organisationsStart;
  const { accessToken: token } = await login(url, COORDINATOR);
  const technologies = await api<Technology[]>(url, 'GET', '/technologies', { token });
  const technologyIds = technologies.body.map((t) => t.id);
  const technologyId = technologyIds[0];
  if (!technologyId) throw new Error('no technologies in the demo data');
  log(`${organisationIds.length} organisations ready in ${(organisationsMs / 1000).toFixed(1)} s`);

  const shape = {
    count: params.bottlenecks,
    organisationIds,
    technologyIds,
    userIds: await demoUserIds(url),
    spanDays: params.span_days,
  };
  const docs = synthesizeRegister(shape, params.seed);
  const insertStart = now();
  await insertRegister(stack.mongo.db().collection<BottleneckDocument>('bottlenecks'), docs);
  const insertMs = now() - insertStart;
  log(`inserted ${docs.length} bottlenecks in ${(insertMs / 1000).toFixed(1)} s`);

  const server = await measureServer(stack, token, technologyId);
  const { dashboard, dashboardTechnology, peer } = server.series;
  log(`server: dashboard p50 ${round(percentile(dashboard.ms, 50))} ms, peer p50 ${round(percentile(peer.ms, 50))} ms`);

  const rows = Math.min(DASHBOARD_TOP, server.sizes.total);
  const browser = await measureBrowser(url, rows);
  log(`browser: render p50 ${round(percentile(browser.render, 50))} ms; screenshot ${SCREENSHOT}`);

  const ratio = (a: Series) => round(percentile(a.ms, 50) / percentile(peer.ms, 50), 2);
  const result = {
    bottlenecks: params.bottlenecks,
    organisations: organisationIds.length,
    dashboard_total: server.sizes.total,
    technology_total: server.sizes.technologyTotal,
    documents_read_by_peer: server.sizes.documents,
    dashboard: describe(dashboard),
    dashboard_technology: describe(dashboardTechnology),
    peer_find_all: describe(peer),
    ratio_dashboard_peer: ratio(dashboard),
    ratio_dashboard_technology_peer: ratio(dashboardTechnology),
    response_kb: round(server.sizes.kb),
    browser_render_ms: spread(browser.render),
    browser_response_ms: spread(browser.response),
    rows_rendered: browser.shown,
    organisations_setup_ms: round(organisationsMs, 0),
    insert_ms: round(insertMs, 0),
    screenshot: SCREENSHOT,
    params,
  };
  const lines = [
    'Bottleneck dashboard benchmark' + (SMOKE ? ' (SMOKE)' : ''),
    `  register: ${server.sizes.total} bottlenecks over ${organisationIds.length} organisations (inserted in ${(insertMs / 1000).toFixed(1)} s)`,
    `  GET dashboard             p50 ${result.dashboard.ms.p50} ms  p95 ${result.dashboard.ms.p95} ms  (${result.response_kb} KB)`,
    `  GET dashboard?technology  p50 ${result.dashboard_technology.ms.p50} ms  p95 ${result.dashboard_technology.ms.p95} ms  (${server.sizes.technologyTotal} match)`,
    `  peer find({}).toArray()   p50 ${result.peer_find_all.ms.p50} ms  p95 ${result.peer_find_all.ms.p95} ms  (${server.sizes.documents} documents)`,
    `  ratio dashboard/peer      ${result.ratio_dashboard_peer} (technology filter ${result.ratio_dashboard_technology_peer})`,
    `  CPU per dashboard request: server ${result.dashboard.server_cpu_ms} ms, database ${result.dashboard.db_cpu_ms} ms; per peer read: database ${result.peer_find_all.db_cpu_ms} ms`,
    `  browser render            p50 ${result.browser_render_ms.p50} ms  p95 ${result.browser_render_ms.p95} ms  (response arrived at p50 ${result.browser_response_ms.p50} ms; ${browser.shown} rows)`,
  ];
  return [...lines, JSON.stringify(result)];
}

async function main(): Promise<void> {
  log('starting FerretDB and the compiled server (demo data)');
  const stack = await startStack();
  try {
    const lines = await run(stack);
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await stopStack(stack);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
