/**
 * World café benchmark (issue 6): a full room of participants at many tables, as on the day.
 *
 * Run:   npm run bench:cafe            (defaults: 200 participants at 40 tables, 3 rounds, 15 s of typing)
 *        SMOKE=1 npm run bench:cafe    (20 participants at 4 tables, 5 s of typing; about half a minute)
 * That is `node -r ./test/bench/register-ts.js test/bench/cafe.bench.ts` (see register-ts.js): a
 * plain Node program, not a Jest test. Progress goes to stderr; the report to stdout, its last line JSON.
 *
 * Knobs (env): PARTICIPANTS, TABLES, ROUNDS, DURATION_S (typing window), TYPISTS_PER_TABLE,
 * EDIT_INTERVAL_MS (per typist, jittered ±20 %), REGISTER_CONCURRENCY, SMOKE=1, PROCESSES (default
 * 1; 2 or more runs the compiled server that many times on one database and one Redis, and spreads
 * the participants round-robin over them; the facilitator uses the first; see bench-servers.ts).
 *
 * Setup (PROCESSES=1): the app runs in this process (startTestApp: real FerretDB, demo data); every client lives
 * here too, so the figures include client-side work (decoding every café state on every socket) and
 * client and server share one event loop. PARTICIPANTS people register through the API, spread
 * round-robin over the three demo member organisations' invite codes (so the seating mixes them).
 * The demo facilitator creates a café with TABLES free-question tables and ROUNDS rounds, opens the
 * lobby; every participant connects a live socket (msgpack, websocket) and sends `cafe:join`.
 *
 * Figures:
 *  - round change: the facilitator POSTs /start, then /next-round for every further round. Latency
 *    = time at which each participant's socket first received `cafe:updated` with the new round
 *    number, minus the time the POST was sent; over all participants and all round changes. A
 *    participant who has not seen the round 30 s after the POST counts as missing.
 *  - tablecloth fan-out: in the last round every participant opens a collab client (its own collab
 *    socket, as in the browser) on their table's tablecloth `cafe:<id>:table:<n>`. TYPISTS_PER_TABLE
 *    members of each table (default 2; the rest read) each own a paragraph in the 'default'
 *    XmlFragment and type one character into its Y.XmlText every EDIT_INTERVAL_MS for DURATION_S.
 *    Only the typist writes their paragraph, so its length after an insert is the edit's sequence
 *    number; latency = time at which each OTHER member's Y.Doc first had that length, minus the
 *    time of the local insert; over all (edit, other member) deliveries. Missing: not seen within
 *    10 s after typing stopped.
 *  - event loop delay p99 and CPU of this process during each phase, to tell a slow server from a
 *    saturated machine.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import {
  cafeDocuments,
  LIVE_NAMESPACE,
  PROTOCOL_VERSION,
  type AuthResponse,
  type Cafe,
  type CafeJoinAck,
} from '@leernetwerk/shared';
import { io, type Socket } from 'socket.io-client';
import msgpackParser from 'socket.io-msgpack-parser';
import * as Y from 'yjs';
import { api, inviteCodeOf, login } from '../support/api-client';
import { openCollabClient, type CollabClient } from '../support/collab-clients';
import { envNumber, inBatches, percentile, summarise, type Summary } from './bench-common';
import { startBenchServers, type BenchServers } from './bench-servers';

const SMOKE = process.env.SMOKE === '1';

const params = {
  smoke: SMOKE,
  participants: envNumber('PARTICIPANTS', SMOKE ? 20 : 200, 2, 1000),
  tables: envNumber('TABLES', SMOKE ? 4 : 40, 1, 40),
  rounds: envNumber('ROUNDS', 3, 2, 6),
  duration_s: envNumber('DURATION_S', SMOKE ? 5 : 15, 1, 300, false),
  typists_per_table: envNumber('TYPISTS_PER_TABLE', 2, 1, 12),
  edit_interval_ms: envNumber('EDIT_INTERVAL_MS', 250, 20, 10_000),
  register_concurrency: envNumber('REGISTER_CONCURRENCY', 4, 1, 64),
  processes: envNumber('PROCESSES', 1, 1, 8),
  join_concurrency: 10,
  collab_open_concurrency: 20,
  round_timeout_s: 30,
  drain_timeout_s: 10,
};

const ORGANISATIONS = ['Stichting Compass', 'MEE-Vivenz', 'Surplus'];
const TEXT = 'Sociale technologie werkt als we samen leren. ';
/** Hard limit for the whole run; every wait below has its own, smaller bound. */
const HARD_LIMIT_MS = SMOKE ? 4 * 60_000 : 20 * 60_000;

const log = (message: string): void => {
  process.stderr.write(`[bench:cafe] ${message}\n`);
};
const now = (): number => performance.now();
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value: number, digits = 2): number => (Number.isFinite(value) ? Number(value.toFixed(digits)) : value);
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = now() + timeoutMs;
  while (!check()) {
    if (now() > deadline) return false;
    await sleep(10);
  }
  return true;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Event loop delay and CPU share of this process over one phase. */
class PhaseMeter {
  private readonly histogram = monitorEventLoopDelay({ resolution: 10 });
  private readonly cpu = process.cpuUsage();
  private readonly start = now();

  constructor() {
    this.histogram.enable();
  }

  stop(): { loopP99Ms: number; loopMaxMs: number; cpuPct: number } {
    this.histogram.disable();
    const used = process.cpuUsage(this.cpu);
    const wall = now() - this.start;
    return {
      loopP99Ms: this.histogram.percentile(99) / 1e6,
      loopMaxMs: this.histogram.max / 1e6,
      cpuPct: wall > 0 ? ((used.user + used.system) / 1000 / wall) * 100 : 0,
    };
  }
}
type PhaseLoad = ReturnType<PhaseMeter['stop']>;
const describeLoad = (load: PhaseLoad): string =>
  `event loop delay p99 ${load.loopP99Ms.toFixed(0)} ms (max ${load.loopMaxMs.toFixed(0)}), ` +
  `CPU ${load.cpuPct.toFixed(0)} % of one core`;

const describeSummary = (s: Summary): string =>
  `p50 ${s.p50.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms, max ${s.max.toFixed(1)} ms`;

// ---------------------------------------------------------------------------------------------

interface Participant {
  index: number;
  id: string;
  token: string;
  socket: Socket;
  /** First receive time of a `cafe:updated` per round number. */
  roundSeenAt: Map<number, number>;
  present: number;
  latest: Cafe | undefined;
}

function connect(url: string, token: string): Promise<Socket> {
  const socket = io(`${url}${LIVE_NAMESPACE}`, {
    auth: { token, protocolVersion: PROTOCOL_VERSION },
    parser: msgpackParser,
    transports: ['websocket'],
    reconnection: false,
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('socket connect timed out')), 15_000);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('connect_error', (error) => {
      clearTimeout(timer);
      socket.close();
      reject(error);
    });
  });
}

interface RegisteredPerson {
  index: number;
  id: string;
  token: string;
}

async function register(t: BenchServers): Promise<{ people: RegisteredPerson[]; ms: number }> {
  const codes = await Promise.all(ORGANISATIONS.map((name) => inviteCodeOf(t.urlFor(0), name)));
  const runId = Date.now().toString(36);
  const start = now();
  let done = 0;
  const people = await inBatches(params.participants, params.register_concurrency, async (index) => {
    const registered = await api<AuthResponse>(t.urlFor(index), 'POST', '/auth/register', {
      body: {
        name: `Cafégast ${index + 1}`,
        email: `cafe-bench-${runId}-${index}@example.nl`,
        password: 'cafe-bench-wachtwoord-1',
        inviteCode: codes[index % codes.length],
      },
    });
    if (registered.status !== 201 && registered.status !== 200) {
      throw new Error(`register participant ${index} failed: ${registered.status} ${JSON.stringify(registered.body)}`);
    }
    done++;
    if (done % 20 === 0 || done === params.participants) {
      log(`  registered ${done}/${params.participants} (${seconds(now() - start)})`);
    }
    return { index, id: registered.body.user.id, token: registered.body.accessToken };
  });
  return { people, ms: now() - start };
}

async function joinAll(
  t: BenchServers,
  cafeId: string,
  people: RegisteredPerson[],
  sockets: Socket[],
): Promise<{ participants: Participant[]; ms: number; ackTimes: Summary }> {
  const start = now();
  const ackTimes: number[] = [];
  const participants = await inBatches(people.length, params.join_concurrency, async (i): Promise<Participant> => {
    const person = people[i];
    if (!person) throw new Error(`no person ${i}`);
    const socket = await connect(t.urlFor(person.index), person.token);
    sockets.push(socket);
    const participant: Participant = {
      ...person,
      socket,
      roundSeenAt: new Map(),
      present: 0,
      latest: undefined,
    };
    socket.on('cafe:updated', ({ cafe }: { cafe: Cafe }) => {
      const at = now();
      if (!participant.roundSeenAt.has(cafe.round)) participant.roundSeenAt.set(cafe.round, at);
      participant.latest = cafe;
      participant.present = cafe.present.length;
    });
    socket.on('cafe:presence', ({ present }: { present: string[] }) => {
      participant.present = present.length;
    });
    const sent = now();
    const ack = (await socket.emitWithAck('cafe:join', cafeId)) as CafeJoinAck;
    ackTimes.push(now() - sent);
    if (!ack.ok) throw new Error(`participant ${i} could not join: ${JSON.stringify(ack.error)}`);
    participant.latest ??= ack.cafe;
    if ((i + 1) % 50 === 0) log(`  ${i + 1}/${people.length} joined (${seconds(now() - start)})`);
    return participant;
  });
  return { participants, ms: now() - start, ackTimes: summarise(ackTimes) };
}

interface RoundChange {
  round: number;
  action: 'start' | 'next-round';
  httpMs: number;
  stateBytes: number;
  latencies: number[];
  missing: number;
}

async function changeRounds(
  t: BenchServers,
  facilitator: string,
  cafeId: string,
  participants: Participant[],
): Promise<RoundChange[]> {
  const changes: RoundChange[] = [];
  for (let r = 1; r <= params.rounds; r++) {
    const action = r === 1 ? 'start' : 'next-round';
    const sentAt = now();
    const response = await api<Cafe>(t.urlFor(0), 'POST', `/cafes/${cafeId}/${action}`, { token: facilitator });
    const httpMs = now() - sentAt;
    if (response.status !== 200 || response.body.round !== r) {
      throw new Error(`${action} failed: ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
    }
    await waitFor(() => participants.every((p) => p.roundSeenAt.has(r)), params.round_timeout_s * 1000);
    const latencies: number[] = [];
    let missing = 0;
    for (const p of participants) {
      const at = p.roundSeenAt.get(r);
      if (at === undefined) missing++;
      else latencies.push(at - sentAt);
    }
    const change = {
      round: r,
      action,
      httpMs,
      stateBytes: Buffer.byteLength(JSON.stringify(response.body)),
      latencies,
      missing,
    } as const;
    changes.push(change);
    log(
      `  ${action} -> round ${r}: HTTP ${httpMs.toFixed(0)} ms, ${describeSummary(summarise(latencies))}, ${missing} missing`,
    );
    await sleep(1000);
  }
  return changes;
}

// ---------------------------------------------------------------------------------------------
// Tablecloths

interface Member {
  participant: Participant;
  table: number;
  client: CollabClient;
  /** This member's own paragraph text, when they type. */
  own: Y.XmlText | null;
  /** Receive times per typist (participant index), indexed by sequence number (text length). */
  received: Map<number, number[]>;
  /** The typists' paragraphs at this member's table, as found in this member's doc. */
  watched: Map<number, Y.XmlText>;
}

interface EditResult {
  typists: number;
  readers: number;
  edits: number;
  typingSeconds: number;
  latencies: number[];
  missing: number;
  openMs: number;
  errors: number;
}

function typistParagraphs(doc: Y.Doc): Map<number, Y.XmlText> {
  const found = new Map<number, Y.XmlText>();
  for (const node of doc.getXmlFragment('default').toArray()) {
    if (!(node instanceof Y.XmlElement)) continue;
    const typist = node.getAttribute('typist');
    const text = node.get(0);
    if (typist !== undefined && text instanceof Y.XmlText) found.set(Number(typist), text);
  }
  return found;
}

async function typeOnTablecloths(
  t: BenchServers,
  cafe: Cafe,
  participants: Participant[],
  clients: CollabClient[],
): Promise<EditResult> {
  const seating = cafe.seatings.at(-1);
  if (!seating) throw new Error('no seating in the last round');
  const byId = new Map(participants.map((p) => [p.id, p]));
  const seated: { participant: Participant; table: number; typist: boolean }[] = [];
  for (const table of seating.tables) {
    table.members.forEach((id, i) => {
      const participant = byId.get(id);
      if (participant) seated.push({ participant, table: table.table, typist: i < params.typists_per_table });
    });
  }
  if (seated.length !== participants.length)
    log(`  note: ${participants.length - seated.length} participants unseated`);

  let errors = 0;
  const openStart = now();
  const members = await inBatches(seated.length, params.collab_open_concurrency, async (i): Promise<Member> => {
    const seat = seated[i];
    if (!seat) throw new Error(`no seat ${i}`);
    const client = openCollabClient(
      t.urlFor(seat.participant.index),
      seat.participant.token,
      cafeDocuments.tablecloth(cafe.id, seat.table),
    );
    clients.push(client);
    client.provider.on('error', (error: unknown) => {
      errors++;
      if (errors <= 5) log(`  collab error (participant ${seat.participant.index}): ${JSON.stringify(error)}`);
    });
    await withTimeout(client.provider.whenSynced(), 30_000, `tablecloth sync of participant ${seat.participant.index}`);
    return {
      participant: seat.participant,
      table: seat.table,
      client,
      own: null,
      received: new Map(),
      watched: new Map(),
    };
  });
  const openMs = now() - openStart;
  log(`  ${members.length} collab clients synced in ${seconds(openMs)}`);

  // Every typist adds their own paragraph; wait until each table sees all of its typists'.
  const typistsAt = new Map<number, number[]>();
  seated.forEach((seat, i) => {
    const member = members[i];
    if (!seat.typist || !member) return;
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.setAttribute('typist', String(seat.participant.index));
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    const fragment = member.client.doc.getXmlFragment('default');
    fragment.insert(fragment.length, [paragraph]);
    member.own = text;
    typistsAt.set(seat.table, [...(typistsAt.get(seat.table) ?? []), seat.participant.index]);
  });
  const allSeen = await waitFor(
    () => members.every((m) => typistParagraphs(m.client.doc).size >= (typistsAt.get(m.table)?.length ?? 0)),
    20_000,
  );
  if (!allSeen) log('  warning: not every member saw every typist paragraph within 20 s');
  for (const member of members) {
    member.watched = typistParagraphs(member.client.doc);
    member.watched.delete(member.participant.index);
    for (const typist of member.watched.keys()) member.received.set(typist, []);
    member.client.doc.on('update', () => {
      const at = now();
      for (const [typist, text] of member.watched) {
        const times = member.received.get(typist);
        if (!times) continue;
        // times[seq] for seq 1..length; index 0 unused.
        for (let seq = Math.max(1, times.length); seq <= text.length; seq++) times[seq] = at;
      }
    });
  }

  // Typing: one character per EDIT_INTERVAL_MS ±20 % per typist, starting at random offsets.
  const typists = members.filter((m) => m.own !== null);
  const sentAt = new Map<number, number[]>(typists.map((m) => [m.participant.index, []]));
  const durationMs = params.duration_s * 1000;
  log(
    `  typing: ${typists.length} typists (${params.typists_per_table} per table), one character every ` +
      `${params.edit_interval_ms} ms each, for ${params.duration_s} s`,
  );
  const typingStart = now();
  let edits = 0;
  await Promise.all(
    typists.map(async (member) => {
      const text = member.own;
      const times = sentAt.get(member.participant.index);
      if (!text || !times) return;
      await sleep(Math.random() * params.edit_interval_ms);
      while (now() - typingStart < durationMs) {
        const seq = text.length + 1;
        times[seq] = now();
        text.insert(text.length, TEXT[text.length % TEXT.length] ?? ' ');
        edits++;
        await sleep(params.edit_interval_ms * (0.8 + 0.4 * Math.random()));
      }
    }),
  );
  const typingSeconds = (now() - typingStart) / 1000;

  const tally = (): { latencies: number[]; missing: number } => {
    const latencies: number[] = [];
    let missing = 0;
    for (const member of members) {
      for (const [typist, received] of member.received) {
        const sent = sentAt.get(typist) ?? [];
        for (let seq = 1; seq < sent.length; seq++) {
          const at = received[seq];
          const from = sent[seq];
          if (from === undefined) continue;
          if (at === undefined) missing++;
          else latencies.push(at - from);
        }
      }
    }
    return { latencies, missing };
  };
  await waitFor(() => tally().missing === 0, params.drain_timeout_s * 1000);
  const { latencies, missing } = tally();
  return {
    typists: typists.length,
    readers: members.length - typists.length,
    edits,
    typingSeconds,
    latencies,
    missing,
    openMs,
    errors,
  };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const wallStart = now();
  const hardLimit = setTimeout(() => {
    log(`hard limit of ${HARD_LIMIT_MS / 1000} s reached; giving up`);
    process.exit(1);
  }, HARD_LIMIT_MS);
  hardLimit.unref();

  log(
    `${params.participants} participants at ${params.tables} tables, ${params.rounds} rounds` +
      (SMOKE ? ' (SMOKE)' : ''),
  );
  log(`starting the app (FerretDB, demo data) in ${params.processes} process(es)`);
  const t = await startBenchServers(params.processes, { LOGIN_RATE_LIMIT_PER_MINUTE: '10000' });
  const sockets: Socket[] = [];
  const clients: CollabClient[] = [];
  try {
    const facilitator = (await login(t.urlFor(0), 'aanjager@demo.nl')).accessToken;
    const tableSize = Math.min(12, Math.max(2, Math.ceil(params.participants / params.tables)));
    const created = await api<Cafe>(t.urlFor(0), 'POST', '/cafes', {
      token: facilitator,
      body: {
        title: `Benchmarkcafé ${new Date().toISOString()}`,
        centralQuestion: 'Hoe zetten we sociale technologie samen een stap verder?',
        tables: Array.from({ length: params.tables }, (_, i) => ({
          prompt: { kind: 'question', text: `Tafelvraag ${i + 1}: wat werkt bij jullie, en waarom?` },
        })),
        rounds: params.rounds,
        minutesPerRound: 20,
        tableSize,
      },
    });
    if (created.status !== 201)
      throw new Error(`create café failed: ${created.status} ${JSON.stringify(created.body)}`);
    const cafeId = created.body.id;
    const lobby = await api<Cafe>(t.urlFor(0), 'POST', `/cafes/${cafeId}/lobby`, { token: facilitator });
    if (lobby.body.state !== 'lobby') throw new Error(`lobby failed: ${lobby.status} ${JSON.stringify(lobby.body)}`);

    log(`registering ${params.participants} participants (${params.register_concurrency} at a time)`);
    const registered = await register(t);
    log(`registered in ${seconds(registered.ms)}`);

    log('connecting and joining the café');
    const joinMeter = new PhaseMeter();
    const joined = await joinAll(t, cafeId, registered.people, sockets);
    const { participants } = joined;
    const everyonePresent = await waitFor(() => participants.every((p) => p.present >= participants.length), 30_000);
    const joinLoad = joinMeter.stop();
    log(
      `joined in ${seconds(joined.ms)}; join ack ${describeSummary(joined.ackTimes)}` +
        (everyonePresent ? '' : ' (not every screen saw the full lobby)'),
    );
    await sleep(1000);

    log('round changes');
    const roundMeter = new PhaseMeter();
    const changes = await changeRounds(t, facilitator, cafeId, participants);
    const roundLoad = roundMeter.stop();
    const roundSummary = summarise(changes.flatMap((c) => c.latencies));
    const roundMissing = changes.reduce((sum, c) => sum + c.missing, 0);

    const current = await api<Cafe>(t.urlFor(0), 'GET', `/cafes/${cafeId}`, { token: facilitator });
    log(`tablecloths (round ${current.body.round})`);
    const editMeter = new PhaseMeter();
    const editResult = await typeOnTablecloths(t, current.body, participants, clients);
    const editLoad = editMeter.stop();
    const editSummary = summarise(editResult.latencies);
    const memory = process.memoryUsage();

    const tablesUsed = current.body.seatings.at(-1)?.tables.filter((s) => s.members.length > 0).length ?? 0;
    const lines = [
      `World café benchmark${SMOKE ? ' (SMOKE)' : ''}: ${participants.length} participants at ${params.tables} tables ` +
        `(${tablesUsed} seated, table size ${tableSize}), ${params.rounds} rounds; ${t.describe}`,
      `  setup: registration ${seconds(registered.ms)} (${(registered.ms / participants.length).toFixed(0)} ms per person, ` +
        `${params.register_concurrency} at a time); ${participants.length} live sockets joined in ${seconds(joined.ms)}, ` +
        `join ack ${describeSummary(joined.ackTimes)}`,
      `    join phase: ${describeLoad(joinLoad)}`,
      `  round change (POST sent -> each participant's cafe:updated with the new round):`,
      ...changes.map(
        (c) =>
          `    ${c.action.padEnd(10)} -> round ${c.round}: HTTP ${c.httpMs.toFixed(0)} ms, café state ` +
          `${(c.stateBytes / 1024).toFixed(0)} KiB (JSON); ${describeSummary(summarise(c.latencies))}; ${c.missing} missing`,
      ),
      `    all: ${describeSummary(roundSummary)} over ${roundSummary.count} deliveries (${roundMissing} missing)`,
      `    ${describeLoad(roundLoad)}`,
      `  tablecloth fan-out: ${editResult.typists + editResult.readers} collab clients (${editResult.typists} typists, ` +
        `${editResult.readers} readers) synced in ${seconds(editResult.openMs)}; ${editResult.edits} edits in ` +
        `${editResult.typingSeconds.toFixed(1)} s (${(editResult.edits / editResult.typingSeconds).toFixed(0)}/s)`,
      `    edit -> every other member of the table: ${describeSummary(editSummary)} over ${editSummary.count} deliveries ` +
        `(${editResult.missing} missing, ${editResult.errors} collab errors)`,
      `    ${describeLoad(editLoad)}`,
      `  process memory at the end: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB; ` +
        `wall time ${seconds(now() - wallStart)}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    const result = {
      round_change_p50_ms: round(roundSummary.p50),
      round_change_p99_ms: round(roundSummary.p99),
      round_change_max_ms: round(roundSummary.max),
      round_change_deliveries: roundSummary.count,
      round_change_missing: roundMissing,
      round_changes: changes.map((c) => ({
        round: c.round,
        action: c.action,
        http_ms: round(c.httpMs),
        p50_ms: round(percentile(c.latencies, 50)),
        p99_ms: round(percentile(c.latencies, 99)),
        missing: c.missing,
        state_bytes: c.stateBytes,
      })),
      edit_p50_ms: round(editSummary.p50),
      edit_p99_ms: round(editSummary.p99),
      edit_max_ms: round(editSummary.max),
      edits: editResult.edits,
      edit_deliveries: editSummary.count,
      edit_missing: editResult.missing,
      collab_errors: editResult.errors,
      typists: editResult.typists,
      readers: editResult.readers,
      register_ms_per_person: round(registered.ms / participants.length),
      join_seconds: round(joined.ms / 1000),
      join_ack_p99_ms: round(joined.ackTimes.p99),
      loop_delay_p99_ms: {
        join: round(joinLoad.loopP99Ms),
        rounds: round(roundLoad.loopP99Ms),
        edits: round(editLoad.loopP99Ms),
      },
      cpu_pct: {
        join: round(joinLoad.cpuPct, 0),
        rounds: round(roundLoad.cpuPct, 0),
        edits: round(editLoad.cpuPct, 0),
      },
      wall_seconds: round((now() - wallStart) / 1000, 1),
      params,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    for (const client of clients) client.close();
    for (const socket of sockets) socket.close();
    await t.close();
  }
}

main().then(
  () => {
    process.exitCode = 0;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
