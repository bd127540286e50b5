/**
 * Calls benchmark (issue 14): table calls that follow the seating, in real browsers, and the media
 * server under a plenary.
 *
 * Run:   npm run build && npm run bench:calls   (defaults: 6 Chromium participants at 3 tables of 2,
 *                                                3 rounds; a plenary of 50 listeners)
 *        SMOKE=1 npm run bench:calls            (2 rounds, 10 listeners; one to two minutes)
 * That is `node -r ./test/bench/register-ts.js test/bench/calls.bench.ts` (see register-ts.js): a
 * plain Node program, not a Jest test. Progress goes to stderr; the report to stdout, its last line JSON.
 *
 * Knobs (env): PARTICIPANTS (≥ 6), TABLE_SIZE, ROUNDS, HOLD_S (seconds at each table after everyone
 * arrived), VIEWERS, VIEWER_VIDEO=0 (listeners take audio only), SPEAKER_VIDEO (WxH@fps or 0),
 * SAMPLE_S, SKIP_TABLES=1 / SKIP_PLENARY=1, VIEWS_FILE (a .json path), SMOKE=1.
 *
 * Part A, table switches (real UI): the compiled server as a child process over a fresh data folder
 * (`node server/dist/main.js`: embedded FerretDB and its own embedded LiveKit, demo data). PARTICIPANTS
 * people register through the API with invite codes of three organisations; one headless Chromium
 * (fake camera and microphone, allowed without asking) holds a browser context per person, who logs
 * in through the form and opens the café page, so the app's own call UI (CafeCall → CallRoom on
 * livekit-client) joins LiveKit. A small watcher in each page (call-page-watch.ts) records what the
 * page shows of its call and, like a person arriving at a table, turns the camera on when a
 * connected call shows it off (the app starts each call with the camera off). The demo facilitator
 * creates the café (PARTICIPANTS / TABLE_SIZE tables, ROUNDS rounds), opens the lobby, starts it and
 * calls next-round over HTTP.
 *   switch = time from the facilitator's next-round HTTP response until that participant's page
 *   shows the call of its new table with tiles of exactly its new tablemates, each playing video,
 *   and one live <audio> per tablemate. `hear` is the same without the video. Over every participant
 *   of every next-round; the start (plenary → tables) is reported apart. A participant whose page
 *   never shows it within 30 s counts as missing; one whose view no longer holds at the end of the
 *   round as unstable.
 *
 * Part B, plenary load: a LiveKit of its own (startEmbeddedLivekit), one speaker in a process of its
 * own (plenary-speaker.ts) publishing a tone and a moving test picture (simulcast, SPEAKER_VIDEO,
 * default 320x180@15: a plenary tile) and VIEWERS listeners that subscribe to both, all
 * @livekit/rtc-node participants in this process, joining one at a time (plenary-load.ts). Every
 * listener must decode a frame of the speaker's audio after joining and again after the window.
 * Over SAMPLE_S seconds with everyone in: the SFU's CPU (utime + stime from /proc, percent of one
 * core), its RSS, loopback traffic, and this process's CPU: the listeners decode here, and that is
 * what limits VIEWERS on two cores (640x360 to 50 listeners takes ~1.4 cores here, and then audio
 * stops arriving).
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../support/server-process';
import { envNumber, percentile, summarise, type Summary } from './bench-common';
import type { PlenaryResult } from './plenary-load';
import { machineLoad } from './proc-sample';
import { runTableSwitches, type Switch, type TablesResult } from './table-switches';

const SMOKE = process.env.SMOKE === '1';
/** Where to write every page's call views and the round-change times, to see where a switch spends its time. */
const VIEWS_FILE = process.env.VIEWS_FILE;

function speakerVideo(): { width: number; height: number; fps: number } {
  const raw = process.env.SPEAKER_VIDEO ?? '320x180@15';
  if (raw === '0') return { width: 0, height: 0, fps: 0 };
  const match = /^(\d+)x(\d+)@(\d+)$/.exec(raw);
  if (!match) throw new Error(`SPEAKER_VIDEO must be WxH@fps or 0, got ${raw}`);
  return { width: Number(match[1]), height: Number(match[2]), fps: Number(match[3]) };
}

const params = {
  smoke: SMOKE,
  participants: envNumber('PARTICIPANTS', 6, 6, 24),
  table_size: envNumber('TABLE_SIZE', 2, 2, 6),
  rounds: envNumber('ROUNDS', SMOKE ? 2 : 3, 2, 6),
  hold_s: envNumber('HOLD_S', SMOKE ? 2 : 4, 0, 120, false),
  viewers: envNumber('VIEWERS', SMOKE ? 10 : 50, 1, 300),
  viewer_video: process.env.VIEWER_VIDEO !== '0',
  speaker_video: speakerVideo(),
  sample_s: envNumber('SAMPLE_S', SMOKE ? 5 : 10, 2, 120, false),
  skip_tables: process.env.SKIP_TABLES === '1',
  skip_plenary: process.env.SKIP_PLENARY === '1',
  switch_timeout_s: 30,
  watch_interval_ms: 20,
};

const HARD_LIMIT_MS = SMOKE ? 5 * 60_000 : 15 * 60_000;

const log = (message: string): void => {
  process.stderr.write(`[bench:calls] ${message}\n`);
};
const now = (): number => performance.timeOrigin + performance.now();
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value: number, digits = 1): number => (Number.isFinite(value) ? Number(value.toFixed(digits)) : value);
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

const describeSummary = (s: Summary): string =>
  s.count === 0
    ? 'no samples'
    : `p50 ${s.p50.toFixed(0)} ms, p99 ${s.p99.toFixed(0)} ms, max ${s.max.toFixed(0)} ms (${s.count})`;

/** Things to undo, newest first, on success, failure, the hard limit or Ctrl-C. */
const cleanups: { what: string; run: () => Promise<unknown> }[] = [];
async function cleanUp(): Promise<void> {
  for (const { what, run } of cleanups.splice(0).reverse()) {
    await Promise.race([run(), sleep(15_000)]).catch((error: unknown) =>
      log(`cleanup of ${what} failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
}

/** p50 of one moment of the switch, over travellers (moved) or hosts. */
function phase(switches: Switch[], key: 'connectedMs' | 'heardMs' | 'seenMs', moved: boolean): string {
  const values = switches.flatMap((s) => {
    const value = s[key];
    return s.moved === moved && value !== null ? [value] : [];
  });
  return values.length === 0 ? '-' : `${percentile(values, 50).toFixed(0)} ms`;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const wallStart = now();
  const hardLimit = setTimeout(() => {
    log(`hard limit of ${HARD_LIMIT_MS / 1000} s reached; cleaning up and giving up`);
    void cleanUp().finally(() => process.exit(1));
  }, HARD_LIMIT_MS);
  hardLimit.unref();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  }
  for (const built of ['server/dist/main.js', 'client/dist/index.html']) {
    await fs.access(path.join(repoRoot, built)).catch(() => {
      throw new Error(`${built} is missing: run \`npm run build\` first`);
    });
  }
  // @livekit/rtc-node logs every connection to stdout at debug level unless NODE_ENV is production;
  // set before it loads (plenary-load.ts is imported below), so the report stays readable.
  process.env.NODE_ENV ??= 'production';

  const loadBefore = await machineLoad();
  log(
    `machine: ${os.cpus().length} cores, load ${loadBefore.loadavg.join(' ')}, ${loadBefore.busyPct} % busy` +
      (SMOKE ? ' (SMOKE)' : ''),
  );

  let tables: TablesResult | null = null;
  if (!params.skip_tables) {
    log(`Part A: ${params.participants} Chromium participants, tables of ${params.table_size}`);
    try {
      tables = await runTableSwitches({
        participants: params.participants,
        tableSize: params.table_size,
        rounds: params.rounds,
        holdSeconds: params.hold_s,
        switchTimeoutSeconds: params.switch_timeout_s,
        watchIntervalMs: params.watch_interval_ms,
        viewsFile: VIEWS_FILE,
        onCleanup: (what, run) => cleanups.push({ what, run }),
        log,
      });
    } finally {
      await cleanUp();
    }
  }

  let plenary: PlenaryResult | null = null;
  if (!params.skip_plenary) {
    log(`Part B: a plenary of ${params.viewers} listeners (rtc-node) on a LiveKit of its own`);
    const { runPlenaryLoad } = await import('./plenary-load');
    const { dispose } = await import('@livekit/rtc-node');
    cleanups.push({ what: 'rtc-node', run: () => dispose() });
    try {
      plenary = await runPlenaryLoad({
        viewers: params.viewers,
        video: params.speaker_video,
        viewersWatchVideo: params.viewer_video,
        // Listeners join one at a time: several rtc-node rooms connecting at once in one process now
        // and then leave it burning CPU with no audio arriving any more (seen with 5 at a time).
        connectConcurrency: 1,
        warmupSeconds: 2,
        sampleSeconds: params.sample_s,
        hearTimeoutMs: 20_000,
        onCleanup: (what, run) => cleanups.push({ what, run }),
        log,
      });
    } finally {
      await cleanUp();
    }
  }
  const loadAfter = await machineLoad();

  // Report
  const nextRounds = tables?.changes.filter((c) => c.action === 'next-round') ?? [];
  const all = nextRounds.flatMap((c) => c.switches);
  const seen = summarise(all.flatMap((s) => (s.seenMs === null ? [] : [s.seenMs])));
  const heard = summarise(all.flatMap((s) => (s.heardMs === null ? [] : [s.heardMs])));
  const movedSeen = summarise(all.flatMap((s) => (s.moved && s.seenMs !== null ? [s.seenMs] : [])));
  const stayedSeen = summarise(all.flatMap((s) => (!s.moved && s.seenMs !== null ? [s.seenMs] : [])));
  const starts = tables?.changes.filter((c) => c.action === 'start').flatMap((c) => c.switches) ?? [];
  const startSeen = summarise(starts.flatMap((s) => (s.seenMs === null ? [] : [s.seenMs])));
  const missing = all.filter((s) => s.seenMs === null).length;
  const unstable = all.filter((s) => s.seenMs !== null && !s.held).length;
  const unchanged = nextRounds.reduce((sum, c) => sum + c.unchanged, 0);
  const chromiumPct = tables
    ? (tables.load.cpuPct.benchTree ?? NaN) - (tables.load.cpuPct.bench ?? NaN) - (tables.load.cpuPct.serverTree ?? NaN)
    : Number.NaN;

  const lines: string[] = [`Calls benchmark${SMOKE ? ' (SMOKE)' : ''} on ${os.cpus().length} cores`];
  if (tables) {
    lines.push(
      `  Part A, real UI: ${params.participants} Chromium participants (one browser, a context each, fake camera and microphone) ` +
        `at ${Math.ceil(params.participants / params.table_size)} tables of ${params.table_size}, ${params.rounds} rounds; ` +
        `setup ${seconds(tables.setupSeconds * 1000)}`,
      `    next-round response -> page shows exactly the new tablemates, heard and seen:`,
      ...nextRounds.map(
        (c) =>
          `      round ${c.round}: HTTP ${c.httpMs.toFixed(0)} ms; ` +
          c.switches
            .map(
              (s) =>
                `P${s.participant + 1}${s.moved ? '→' : '='} ${s.seenMs === null ? 'missing' : s.seenMs.toFixed(0)}`,
            )
            .join(', '),
      ),
      `      all: ${describeSummary(seen)}; ${missing} missing, ${unstable} unstable, ${unchanged} unchanged seats`,
      `      travellers (new room): ${describeSummary(movedSeen)}; hosts (same room, new people): ${describeSummary(stayedSeen)}`,
      `      heard only (video not required): ${describeSummary(heard)}`,
      `      where a traveller's switch goes (p50): in the new call ${phase(all, 'connectedMs', true)}, hears ` +
        `${phase(all, 'heardMs', true)}, sees ${phase(all, 'seenMs', true)}; a host hears the newcomer ` +
        `${phase(all, 'heardMs', false)}, sees them ${phase(all, 'seenMs', false)} (camera clicked on as the call connects)`,
      `    start (lobby plenary -> tables): ${describeSummary(startSeen)}`,
      `    CPU during the rounds (percent of one core): SFU ${tables.load.cpuPct.sfu?.toFixed(0)} %, app ` +
        `${tables.load.cpuPct.app?.toFixed(0)} %, Chromium ${chromiumPct.toFixed(0)} %; machine ` +
        `${tables.load.machineBusyPct.toFixed(0)} % of all cores busy; SFU RSS ${tables.sfuRssMiB.toFixed(0)} MiB`,
      `    café pages reloaded before they showed the call: ${tables.reloads} of ${params.participants} (see enterCafe)`,
      `    page errors: ${tables.errors.length}${tables.errors.length ? ` (first: ${tables.errors.slice(0, 3).join(' | ')})` : ''}`,
    );
  }
  if (plenary) {
    const v = params.speaker_video;
    lines.push(
      `  Part B, plenary: 1 speaker (tone${v.width ? ` + ${v.width}x${v.height}@${v.fps} simulcast camera` : ''}) and ` +
        `${plenary.viewers} listeners (rtc-node in this process, ${params.viewer_video ? 'audio + video' : 'audio only'}), ` +
        `${plenary.connected} connected in ${plenary.connectSeconds.toFixed(1)} s`,
      `    heard the speaker: ${plenary.heardSpeaker} after joining, ${plenary.heardSpeakerAtEnd} after the window; ` +
        `receiving the camera: ${plenary.sawSpeaker}`,
      `    SFU over ${plenary.loaded.seconds.toFixed(0)} s: ${plenary.loaded.cpuPct.sfu?.toFixed(1)} % of one core ` +
        `(speaker alone: ${plenary.idle.cpuPct.sfu?.toFixed(1)} %), RSS ${plenary.sfuRssLoadedMiB.toFixed(0)} MiB ` +
        `(peak ${plenary.sfuRssPeakMiB.toFixed(0)}, speaker alone ${plenary.sfuRssIdleMiB.toFixed(0)}); ` +
        `loopback ${plenary.loaded.loopbackMbitPerS.toFixed(1)} Mbit/s`,
      `    load generator (this process): ${plenary.loaded.cpuPct.bench?.toFixed(0)} % of one core; ` +
        `machine ${plenary.loaded.machineBusyPct.toFixed(0)} % of all cores busy`,
    );
    if (plenary.connectFailures.length)
      lines.push(`    connect failures: ${plenary.connectFailures.slice(0, 3).join(' | ')}`);
  }
  lines.push(
    `  machine load before ${loadBefore.loadavg.join(' ')} (${loadBefore.busyPct} % busy), after ${loadAfter.loadavg.join(' ')} ` +
      `(${loadAfter.busyPct} % busy); wall time ${seconds(now() - wallStart)}`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);

  const result = {
    switch_p50_ms: round(seen.p50, 0),
    switch_p99_ms: round(seen.p99, 0),
    switch_max_ms: round(seen.max, 0),
    switches: seen.count,
    switch_missing: missing,
    switch_unstable: unstable,
    unchanged_seats: unchanged,
    hear_p50_ms: round(heard.p50, 0),
    hear_p99_ms: round(heard.p99, 0),
    traveller_switch_p50_ms: round(movedSeen.p50, 0),
    host_switch_p50_ms: round(stayedSeen.p50, 0),
    start_p50_ms: round(startSeen.p50, 0),
    start_p99_ms: round(startSeen.p99, 0),
    round_http_ms: tables?.changes.map((c) => round(c.httpMs, 0)) ?? [],
    page_errors: tables?.errors.length ?? null,
    cafe_page_reloads: tables?.reloads ?? null,
    tables_cpu_pct: tables
      ? {
          sfu: round(tables.load.cpuPct.sfu ?? NaN, 0),
          app: round(tables.load.cpuPct.app ?? NaN, 0),
          chromium: round(chromiumPct, 0),
          machine_busy: round(tables.load.machineBusyPct, 0),
        }
      : null,
    plenary_viewers: plenary?.connected ?? 0,
    plenary_viewers_requested: params.viewers,
    plenary_heard: plenary?.heardSpeaker ?? 0,
    plenary_heard_at_end: plenary?.heardSpeakerAtEnd ?? 0,
    plenary_receiving_video: plenary?.sawSpeaker ?? 0,
    sfu_cpu_pct: round(plenary?.loaded.cpuPct.sfu ?? NaN),
    sfu_cpu_pct_speaker_only: round(plenary?.idle.cpuPct.sfu ?? NaN),
    sfu_rss_mib: round(plenary?.sfuRssLoadedMiB ?? NaN, 0),
    sfu_rss_peak_mib: round(plenary?.sfuRssPeakMiB ?? NaN, 0),
    sfu_rss_speaker_only_mib: round(plenary?.sfuRssIdleMiB ?? NaN, 0),
    loopback_mbit_s: round(plenary?.loaded.loopbackMbitPerS ?? NaN),
    load_generator_cpu_pct: round(plenary?.loaded.cpuPct.bench ?? NaN, 0),
    plenary_connect_s: round(plenary?.connectSeconds ?? NaN),
    load_before: loadBefore,
    load_after: loadAfter,
    wall_seconds: round((now() - wallStart) / 1000),
    params,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().then(
  () => {
    process.exitCode = 0;
  },
  async (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    await cleanUp();
    process.exitCode = 1;
  },
);
