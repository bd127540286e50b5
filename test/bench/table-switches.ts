import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AuthResponse, Cafe } from '@leernetwerk/shared';
import type { Browser, Page } from 'playwright-core';
import { api, DEMO_PASSWORD, inviteCodeOf, login } from '../support/api-client';
import { launchChromium, loggedInPage } from '../support/browser';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { percentile } from './bench-common';
import { callViews, firstShown, showsExactly, watchCall, type CallView, type ExpectedCall } from './call-page-watch';
import { cpuWindow, findDescendant, processRssMiB, type CpuWindowResult } from './proc-sample';

/*
 * Part A of the calls benchmark (calls.bench.ts says what it measures): people in headless
 * Chromium at café tables, driven through the app's own UI, through round changes.
 */

export interface TableOptions {
  participants: number;
  tableSize: number;
  rounds: number;
  /** Seconds at each table after everyone arrived, before checking they are still there. */
  holdSeconds: number;
  switchTimeoutSeconds: number;
  watchIntervalMs: number;
  /** Where to write every page's call views and the round-change times (a .json path). */
  viewsFile?: string;
  onCleanup: (what: string, run: () => Promise<unknown>) => void;
  log: (message: string) => void;
}

const PASSWORD = 'Koffiekop-Tafelkleed-93';
const FACILITATOR = 'aanjager@demo.nl';
const ORGANISATIONS = ['Surplus', 'MEE-Vivenz', 'Stichting Compass'];
const WAIT = { timeout: 30_000 };
/** A join answers within a second or two even on a busy machine; longer is the stale café (see enterCafe). */
const ENTER_TIMEOUT_MS = 8000;

const now = (): number => performance.timeOrigin + performance.now();
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface Participant {
  index: number;
  id: string;
  name: string;
  email: string;
  page: Page;
}

export interface Switch {
  participant: number;
  moved: boolean;
  /** ms from the HTTP response; null when never shown. */
  seenMs: number | null;
  /** A traveller's page connected to the new table's call (ms from the response). */
  connectedMs: number | null;
  heardMs: number | null;
  held: boolean;
}

export interface RoundChange {
  round: number;
  action: 'start' | 'next-round';
  /** Epoch ms (performance.timeOrigin based, as in the pages) of the POST and its response. */
  sentAt: number;
  respondedAt: number;
  httpMs: number;
  switches: Switch[];
  unchanged: number;
}

function launchWithFakeDevices(): Promise<Browser> {
  return launchChromium({
    fakeMedia: true,
    // Every page is a person in front of their screen: no throttled timers or hidden renderers.
    extraArgs: [
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
  });
}

function expectedCall(cafe: Cafe, participant: Participant, byId: Map<string, Participant>): ExpectedCall | null {
  const table = cafe.seatings.at(-1)?.tables.find((t) => t.members.includes(participant.id));
  if (!table) return null;
  return {
    heading: `Gesprek aan tafel ${table.table + 1}`,
    names: table.members
      .filter((id) => id !== participant.id)
      .map((id) => byId.get(id)?.name ?? `?${id}`)
      .sort((a, b) => a.localeCompare(b)),
  };
}

async function register(url: string, count: number): Promise<Omit<Participant, 'page'>[]> {
  const coordinator = (await login(url, 'coordinator@demo.nl')).accessToken;
  const codes = await Promise.all(ORGANISATIONS.map((name) => inviteCodeOf(url, name, coordinator)));
  const runId = Date.now().toString(36);
  const people = [];
  for (let index = 0; index < count; index++) {
    const name = `Tafelgast ${String(index + 1).padStart(2, '0')}`;
    const email = `calls-bench-${runId}-${index}@example.nl`;
    const result = await api<AuthResponse>(url, 'POST', '/auth/register', {
      body: { name, email, password: PASSWORD, inviteCode: codes[index % codes.length] },
    });
    if (result.status !== 201) throw new Error(`register ${name}: ${result.status} ${JSON.stringify(result.body)}`);
    people.push({ index, id: result.body.user.id, name, email });
  }
  return people;
}

/**
 * Opens the café page and waits for the plenary call of the lobby; answers how many reloads it took.
 * The page fetches the café over HTTP while it joins the live room; when that GET answers after
 * the join (it was read before), its older café, without this person, replaces the join's answer,
 * and the page shows no call and an empty lobby until the next café event. A reload reads the café
 * with the person in it.
 */
async function enterCafe(page: Page, url: string, log: (message: string) => void): Promise<number> {
  await page.goto(url);
  for (let reloads = 0; ; reloads++) {
    const shown = await page
      .getByRole('region', { name: 'Plenair gesprek' })
      .waitFor({ timeout: reloads === 0 ? ENTER_TIMEOUT_MS : WAIT.timeout })
      .then(() => true)
      .catch(() => false);
    if (shown) return reloads;
    if (reloads === 2) throw new Error('no plenary call after two reloads');
    log(`  no call on the café page after ${ENTER_TIMEOUT_MS / 1000} s: reloading`);
    await page.reload();
  }
}

async function changeRound(
  options: TableOptions,
  server: ServerProcess,
  facilitator: string,
  cafeId: string,
  action: RoundChange['action'],
  participants: Participant[],
  previous: Map<string, string>,
): Promise<{ change: RoundChange; cafe: Cafe }> {
  const byId = new Map(participants.map((p) => [p.id, p]));
  const sentAt = now();
  const response = await api<Cafe>(server.url, 'POST', `/cafes/${cafeId}/${action}`, { token: facilitator });
  const respondedAt = now();
  if (response.status !== 200) throw new Error(`${action}: ${response.status} ${JSON.stringify(response.body)}`);
  const cafe = response.body;
  const expected = participants.map((p) => expectedCall(cafe, p, byId));

  // Until every page shows its new table (or the time is up); the moments come from the pages.
  const deadline = respondedAt + options.switchTimeoutSeconds * 1000;
  let views: CallView[][] = [];
  for (;;) {
    views = await Promise.all(participants.map((p) => callViews(p.page)));
    const done = participants.every((p, i) => {
      const want = expected[i];
      return want && firstShown(views[i] ?? [], sentAt, want, true) !== null;
    });
    if (done || now() > deadline) break;
    await sleep(250);
  }
  // Stay a while at the table, then check that everyone is still where they should be.
  await sleep(options.holdSeconds * 1000);
  const latest = await Promise.all(participants.map((p) => callViews(p.page)));

  const switches: Switch[] = [];
  let unchanged = 0;
  participants.forEach((p, i) => {
    const want = expected[i];
    if (!want) {
      switches.push({
        participant: p.index,
        moved: false,
        seenMs: null,
        connectedMs: null,
        heardMs: null,
        held: false,
      });
      return;
    }
    const key = JSON.stringify(want);
    if (previous.get(p.id) === key) {
      unchanged++;
      return;
    }
    const before = previous.get(p.id);
    previous.set(p.id, key);
    const seen = firstShown(views[i] ?? [], sentAt, want, true);
    const heard = firstShown(views[i] ?? [], sentAt, want, false);
    const last = latest[i]?.at(-1);
    const moved = before === undefined || (JSON.parse(before) as ExpectedCall).heading !== want.heading;
    const connected = moved
      ? views[i]?.find((view) => view.at >= sentAt && view.heading === want.heading && view.connected)
      : undefined;
    switches.push({
      participant: p.index,
      moved,
      seenMs: seen === null ? null : seen - respondedAt,
      connectedMs: connected ? connected.at - respondedAt : null,
      heardMs: heard === null ? null : heard - respondedAt,
      held: last !== undefined && showsExactly(last, want, true),
    });
  });
  return {
    change: { round: cafe.round, action, sentAt, respondedAt, httpMs: respondedAt - sentAt, switches, unchanged },
    cafe,
  };
}

export interface TablesResult {
  changes: RoundChange[];
  errors: string[];
  /** Pages that had to be reloaded before they showed the lobby's call (see enterCafe). */
  reloads: number;
  setupSeconds: number;
  load: CpuWindowResult;
  sfuRssMiB: number;
}

/** Part A of the calls benchmark: see calls.bench.ts. */
export async function runTableSwitches(options: TableOptions): Promise<TablesResult> {
  const { log } = options;
  const setupStart = now();
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lst-bench-calls-'));
  options.onCleanup('data folder', () => fs.rm(dataDir, { recursive: true, force: true }));
  log('starting the server process (FerretDB, its own LiveKit)');
  const server = await startServerProcess({ DATA_DIR: dataDir, LOGIN_RATE_LIMIT_PER_MINUTE: '10000' });
  options.onCleanup('server', () => server.stop());
  const serverPid = server.child.pid ?? -1;
  const sfuPid = findDescendant(serverPid, 'livekit-server');
  if (sfuPid === null) throw new Error(`the server runs no embedded LiveKit:\n${server.output().slice(-2000)}`);

  const tables = Math.ceil(options.participants / options.tableSize);
  log(`registering ${options.participants} people; a café of ${tables} tables, ${options.rounds} rounds`);
  const people = await register(server.url, options.participants);
  const facilitator = (await login(server.url, FACILITATOR, DEMO_PASSWORD)).accessToken;
  const created = await api<Cafe>(server.url, 'POST', '/cafes', {
    token: facilitator,
    body: {
      title: `Belcafé ${new Date().toISOString()}`,
      centralQuestion: 'Wat hoor je aan de andere tafel?',
      tables: Array.from({ length: tables }, (_, i) => ({ prompt: { kind: 'question', text: `Tafelvraag ${i + 1}` } })),
      rounds: options.rounds,
      minutesPerRound: 20,
      tableSize: options.tableSize,
    },
  });
  if (created.status !== 201) throw new Error(`create café: ${created.status} ${JSON.stringify(created.body)}`);
  const cafeId = created.body.id;
  const lobby = await api<Cafe>(server.url, 'POST', `/cafes/${cafeId}/lobby`, { token: facilitator });
  if (lobby.status !== 200) throw new Error(`lobby: ${lobby.status} ${JSON.stringify(lobby.body)}`);

  const browser = await launchWithFakeDevices();
  options.onCleanup('Chromium', () => browser.close());
  const errors: string[] = [];
  let reloads = 0;
  const participants: Participant[] = [];
  const names = people.map((p) => p.name);
  for (const person of people) {
    // A tall window keeps every tile in view: livekit-client's adaptive stream pauses hidden video.
    const page = await loggedInPage(
      browser,
      server.url,
      { email: person.email, password: PASSWORD },
      { errors, consoleErrors: true, viewport: { width: 1280, height: 2000 } },
    );
    reloads += await enterCafe(page, `${server.url}/wereldcafe/${cafeId}`, log).catch(async (error: unknown) => {
      const shown = (
        await page
          .locator('main')
          .innerText()
          .catch(() => '')
      )
        .replace(/\s+/g, ' ')
        .slice(0, 600);
      throw new Error(
        `${person.name} sees no plenary call; the page shows: ${shown}\npage errors: ${errors.join(' | ') || 'none'}`,
        { cause: error },
      );
    });
    await watchCall(page, { names, me: person.name, intervalMs: options.watchIntervalMs, cameraRetryMs: 1500 });
    participants.push({ ...person, page });
    log(`  ${person.name} logged in and in the lobby`);
  }
  const everyone = new Set(people.map((p) => p.id));
  const presentBy = now() + 30_000;
  for (;;) {
    const state = await api<Cafe>(server.url, 'GET', `/cafes/${cafeId}`, { token: facilitator });
    if ([...everyone].every((id) => state.body.present.includes(id))) break;
    if (now() > presentBy) throw new Error('not everyone is present in the lobby after 30 s');
    await sleep(250);
  }
  const setupSeconds = (now() - setupStart) / 1000;
  log(`everyone in the lobby after ${setupSeconds.toFixed(1)} s`);

  const meter = cpuWindow({
    sfu: { pid: sfuPid, tree: false },
    app: { pid: serverPid, tree: false },
    serverTree: { pid: serverPid, tree: true },
    benchTree: { pid: process.pid, tree: true },
    bench: { pid: process.pid, tree: false },
  });
  const previous = new Map<string, string>();
  const changes: RoundChange[] = [];
  for (let r = 1; r <= options.rounds; r++) {
    const action = r === 1 ? 'start' : 'next-round';
    const { change } = await changeRound(options, server, facilitator, cafeId, action, participants, previous);
    changes.push(change);
    const seen = change.switches.flatMap((s) => (s.seenMs === null ? [] : [s.seenMs]));
    const missing = change.switches.length - seen.length;
    log(
      `  ${action} -> round ${change.round}: HTTP ${change.httpMs.toFixed(0)} ms; heard and seen p50 ` +
        `${percentile(seen, 50).toFixed(0)} ms, max ${Math.max(...seen).toFixed(0)} ms, ${missing} missing`,
    );
  }
  const load = meter.stop();
  const sfuRssMiB = processRssMiB(sfuPid);
  if (options.viewsFile) {
    const views = await Promise.all(
      participants.map(async (p) => ({ name: p.name, views: await callViews(p.page, true) })),
    );
    await fs.writeFile(options.viewsFile, JSON.stringify({ changes, participants: views }, null, 1));
    log(`what every page showed, and when: ${options.viewsFile}`);
  }
  return { changes, errors, reloads, setupSeconds, load, sfuRssMiB };
}
