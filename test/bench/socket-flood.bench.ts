/**
 * Socket flood benchmark (issue 13): what one client's burst of joins costs everybody else.
 *
 * Run:   npm run bench:flood           (5 rounds of 3,000 joins)
 *        SMOKE=1 npm run bench:flood   (2 rounds)
 * A plain Node program (see register-ts.js). Progress goes to stderr; the report to stdout, its last line JSON.
 *
 * Knobs (env): ROUNDS, BURST, SMOKE=1.
 *
 * What it does:
 *  - Runs the compiled server as `npm start` does (its own process over a fresh data folder), so the
 *    flood and the measurement do not share an event loop with the server.
 *  - quiet: GET /api/health, one request at a time, with nothing else going on.
 *  - flood: per round a fresh logged-in /live socket sends BURST `thread:join` events at once, while
 *    /api/health is asked every 20 ms for 2 s; the round's figure is the slowest health answer, and
 *    how many joins the server answered before it cut the connection (`joins_answered`).
 *  - Ratio: median slowest health answer during a flood against the quiet median.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LIVE_NAMESPACE, PROTOCOL_VERSION } from '@leernetwerk/shared';
import { io } from 'socket.io-client';
import msgpackParser from 'socket.io-msgpack-parser';
import { login } from '../support/api-client';
import { startServerProcess } from '../support/server-process';
import { envNumber, percentile } from './bench-common';

const smoke = process.env.SMOKE === '1';
const ROUNDS = envNumber('ROUNDS', smoke ? 2 : 5, 1, 50);
const BURST = envNumber('BURST', 3_000, 10, 20_000);
const FLOOD_WINDOW_MS = 2_000;

const log = (message: string) => process.stderr.write(`${message}\n`);

async function healthMs(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/api/health`);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`health answered ${response.status}`);
  return performance.now() - started;
}

async function floodRound(
  url: string,
  token: string,
): Promise<{ slowestHealthMs: number; joinsAnswered: number; cutOff: boolean }> {
  const socket = io(`${url}${LIVE_NAMESPACE}`, {
    auth: { token, protocolVersion: PROTOCOL_VERSION },
    parser: msgpackParser,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('session', () => resolve());
    socket.once('connect_error', reject);
  });
  let joinsAnswered = 0;
  let cutOff = false;
  socket.once('connect_error', () => (cutOff = true));
  for (let i = 0; i < BURST; i++) socket.emit('thread:join', 'f'.repeat(24), () => joinsAnswered++);
  const samples: number[] = [];
  const until = performance.now() + FLOOD_WINDOW_MS;
  while (performance.now() < until) {
    samples.push(await healthMs(url));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  socket.close();
  return { slowestHealthMs: Math.max(...samples), joinsAnswered, cutOff };
}

async function main(): Promise<void> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lst-flood-'));
  const server = await startServerProcess({ DATA_DIR: dataDir });
  try {
    const { accessToken } = await login(server.url, 'deelnemer@demo.nl');
    for (let i = 0; i < 20; i++) await healthMs(server.url);
    const quiet: number[] = [];
    for (let i = 0; i < 50; i++) quiet.push(await healthMs(server.url));
    log(`quiet health p50 ${percentile(quiet, 50).toFixed(1)} ms`);

    const rounds = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const result = await floodRound(server.url, accessToken);
      log(
        `round ${round}: slowest health ${result.slowestHealthMs.toFixed(1)} ms, ${result.joinsAnswered} joins answered, cut off: ${result.cutOff}`,
      );
      rounds.push(result);
      await new Promise((resolve) => setTimeout(resolve, 6_000)); // the budget refills between rounds
    }
    const slowest = rounds.map((r) => r.slowestHealthMs);
    const report = {
      burst: BURST,
      rounds: ROUNDS,
      quiet_health_ms_p50: Number(percentile(quiet, 50).toFixed(1)),
      flood_slowest_health_ms_p50: Number(percentile(slowest, 50).toFixed(1)),
      flood_slowest_health_ms_max: Number(Math.max(...slowest).toFixed(1)),
      ratio_flood_quiet: Number((percentile(slowest, 50) / percentile(quiet, 50)).toFixed(1)),
      joins_answered_p50: percentile(
        rounds.map((r) => r.joinsAnswered),
        50,
      ),
      cut_off_rounds: rounds.filter((r) => r.cutOff).length,
      server_alive: server.child.exitCode === null,
    };
    console.log(`Socket flood: ${BURST} joins from one connection, ${ROUNDS} rounds`);
    console.log(
      `  /api/health quiet p50 ${report.quiet_health_ms_p50} ms; slowest during a flood p50 ${report.flood_slowest_health_ms_p50} ms (max ${report.flood_slowest_health_ms_max} ms), ratio ${report.ratio_flood_quiet}`,
    );
    console.log(
      `  joins answered before the cut p50 ${report.joins_answered_p50}; cut off in ${report.cut_off_rounds} of ${ROUNDS} rounds`,
    );
    console.log(JSON.stringify(report));
  } finally {
    await server.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
