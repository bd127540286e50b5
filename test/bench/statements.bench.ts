/**
 * Statement discussion benchmark ("Eens of oneens?"): how long the opinion-group analysis takes,
 * and how quickly a vote's new tally reaches the other participants in the live room.
 *
 * Run:   npm run bench:statements            (defaults: 200 voters, 60 statements, 25 votes/s for 15 s)
 *        SMOKE=1 npm run bench:statements    (30 voters, 10 statements, short vote window)
 * That is `node -r ./test/bench/register-ts.js test/bench/statements.bench.ts` (see register-ts.js):
 * a plain Node program, not a Jest test. Progress goes to stderr; the report to stdout, its last line JSON.
 *
 * Knobs (env): VOTERS, STATEMENTS, VOTES_PER_SEC (total), DURATION_S, ANALYSIS_VOTERS,
 * ANALYSIS_STATEMENTS, ANALYSIS_RUNS, SMOKE=1, PROCESSES (default 1; 2 or more: the compiled server
 * that many times on one database and one Redis, voters spread round-robin; see bench-servers.ts). At 100 votes/s with 200 voters (about 20,000 tally
 * messages/s into this one process) a 2-core machine saturates and latencies grow to seconds, hence 25.
 *
 * Figures:
 *  - analysis_ms: median wall time of `analyseConversation(votes)` over ANALYSIS_RUNS runs (after
 *    3 warm-up runs) on synthetic votes: ANALYSIS_VOTERS voters in 3 planted opinion groups, each
 *    member following their group's position with probability 0.8 (else a random value), and 10 %
 *    of (voter, statement) pairs left without a vote.
 *  - tally latency: the app runs in this process (startTestApp: real FerretDB, demo data), VOTERS
 *    registered participants each hold a socket joined to the demo conversation. Votes go out at
 *    VOTES_PER_SEC in total (open loop, each a (voter, statement) pair not voted before, so every
 *    vote raises the statement's total by one). A vote that is the k-th sent on its statement is
 *    shown once a tally with total >= k arrives; latency = time at which each OTHER voter's socket
 *    first received such a tally (in a `statement:tallies` batch), minus the vote's send time. (When
 *    two votes on one statement are in flight together, either may complete the k-th count; at
 *    these rates that is rare.) Clients and server share one process and one event loop, so the
 *    figures include client-side work.
 */
import {
  LIVE_NAMESPACE,
  PROTOCOL_VERSION,
  type AuthResponse,
  type Conversation,
  type ConversationJoinAck,
  type Statement,
  type VoteResponse,
  type VoteTally,
} from '@leernetwerk/shared';
import { analyseConversation, type VoteRecord, type VoteValue } from '@leernetwerk/server/statements/analysis';
import { io, type Socket } from 'socket.io-client';
import msgpackParser from 'socket.io-msgpack-parser';
import { api, inviteCodeOf, login } from '../support/api-client';
import { startBenchServers, type BenchServers } from './bench-servers';
import { envNumber, percentile, prng } from './bench-common';

const SMOKE = process.env.SMOKE === '1';

const params = {
  smoke: SMOKE,
  voters: envNumber('VOTERS', SMOKE ? 30 : 200, 2, 2000),
  statements: envNumber('STATEMENTS', SMOKE ? 10 : 60, 1, 500),
  votes_per_sec: envNumber('VOTES_PER_SEC', SMOKE ? 50 : 25, 1, 5000, false),
  duration_s: envNumber('DURATION_S', SMOKE ? 3 : 15, 0.5, 300, false),
  analysis_voters: envNumber('ANALYSIS_VOTERS', 200, 2, 10_000),
  analysis_statements: envNumber('ANALYSIS_STATEMENTS', 60, 2, 1000),
  analysis_runs: envNumber('ANALYSIS_RUNS', SMOKE ? 5 : 20, 1, 1000),
  processes: envNumber('PROCESSES', 1, 1, 8),
  max_in_flight: 500,
  drain_timeout_s: 10,
};

const log = (message: string): void => {
  process.stderr.write(`[bench:statements] ${message}\n`);
};
const now = (): number => performance.now();

const round = (value: number, digits = 2): number => (Number.isFinite(value) ? Number(value.toFixed(digits)) : value);

const VALUES: readonly VoteValue[] = ['agree', 'disagree', 'pass'];
const pick = <T>(items: readonly T[], random: () => number): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};

// ---------------------------------------------------------------------------------------------
// 1. Analysis time

function syntheticVotes(voters: number, statements: number, random: () => number): VoteRecord[] {
  const groups = 3;
  const positions = Array.from({ length: groups }, () =>
    Array.from({ length: statements }, (): VoteValue => (random() < 0.5 ? 'agree' : 'disagree')),
  );
  const votes: VoteRecord[] = [];
  for (let v = 0; v < voters; v++) {
    const position = positions[v % groups] ?? [];
    for (let s = 0; s < statements; s++) {
      if (random() < 0.1) continue;
      const value = random() < 0.8 ? (position[s] ?? 'pass') : pick(VALUES, random);
      votes.push({ participantId: `p${v}`, statementId: `s${s}`, value, phase: 'before' });
    }
  }
  return votes;
}

interface AnalysisResult {
  median: number;
  p99: number;
  votes: number;
  groups: number | null;
  withheld: string | null;
}

function benchAnalysis(): AnalysisResult {
  const votes = syntheticVotes(params.analysis_voters, params.analysis_statements, prng(42));
  let last = analyseConversation(votes);
  for (let i = 0; i < 3; i++) last = analyseConversation(votes);
  const times: number[] = [];
  for (let i = 0; i < params.analysis_runs; i++) {
    const start = now();
    last = analyseConversation(votes);
    times.push(now() - start);
  }
  return {
    median: percentile(times, 50),
    p99: percentile(times, 99),
    votes: votes.length,
    groups: last.groups?.length ?? null,
    withheld: last.groupsWithheldReason,
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Tally latency

/** First receive times of each new highest total, per statement, as one socket saw them. */
type Seen = Map<string, { totals: number[]; times: number[] }>;

interface Voter {
  index: number;
  id: string;
  token: string;
  socket: Socket;
  seen: Seen;
  voted: Set<string>;
}

interface SentVote {
  voter: number;
  statementId: string;
  sentAt: number;
  total: number | null;
  failed: boolean;
}

const totalOf = (tally: VoteTally): number => tally.agree + tally.disagree + tally.pass;

async function inBatches<T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

function connect(url: string, token: string): Promise<Socket> {
  const socket = io(`${url}${LIVE_NAMESPACE}`, {
    auth: { token, protocolVersion: PROTOCOL_VERSION },
    parser: msgpackParser,
    transports: ['websocket'],
    reconnection: false,
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('socket connect timed out')), 10_000);
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

interface TallyResult {
  statements: number;
  voters: number;
  votesSent: number;
  votesFailed: number;
  votesSkipped: number;
  sendSeconds: number;
  deliveries: number;
  missing: number;
  p50: number;
  p99: number;
  max: number;
  httpP50: number;
  httpP99: number;
}

async function benchTally(t: BenchServers, sockets: Socket[]): Promise<TallyResult> {
  const facilitator = await login(t.urlFor(0), 'aanjager@demo.nl');
  const list = await api<Conversation[]>(t.urlFor(0), 'GET', '/conversations', { token: facilitator.accessToken });
  const conversation = list.body.find((c) => c.status === 'open' && c.createdBy === facilitator.user.id);
  if (!conversation) throw new Error('no open conversation by aanjager@demo.nl in the demo data');
  log(`conversation "${conversation.title}"`);

  const statementIds: string[] = [];
  for (let i = 0; i < params.statements; i++) {
    const created = await api<Statement>(t.urlFor(0), 'POST', `/conversations/${conversation.id}/statements`, {
      token: facilitator.accessToken,
      body: { text: `Benchmarkstelling ${i + 1}: sociale technologie werkt beter samen` },
    });
    if (created.status !== 201 || created.body.status !== 'published') {
      throw new Error(`creating statement ${i + 1} failed: ${created.status} ${JSON.stringify(created.body)}`);
    }
    statementIds.push(created.body.id);
  }
  log(`${statementIds.length} statements created`);

  const inviteCode = await inviteCodeOf(t.urlFor(0), 'Surplus');
  const runId = Date.now().toString(36);
  const registerStart = now();
  const voters = await inBatches(params.voters, 8, async (index): Promise<Voter> => {
    const registered = await api<AuthResponse>(t.urlFor(index), 'POST', '/auth/register', {
      body: {
        name: `Stemmer ${index + 1}`,
        email: `bench-${runId}-${index}@example.nl`,
        password: 'bench-wachtwoord-1',
        inviteCode,
      },
    });
    if (registered.status !== 201 && registered.status !== 200) {
      throw new Error(`register voter ${index} failed: ${registered.status} ${JSON.stringify(registered.body)}`);
    }
    const { accessToken, user } = registered.body;
    const socket = await connect(t.urlFor(index), accessToken);
    sockets.push(socket);
    const seen: Seen = new Map();
    socket.on('statement:tallies', (payload: { tallies: { statementId: string; tally: VoteTally }[] }) => {
      const at = now();
      for (const { statementId, tally } of payload.tallies) {
        const total = totalOf(tally);
        let entry = seen.get(statementId);
        if (!entry) {
          entry = { totals: [], times: [] };
          seen.set(statementId, entry);
        }
        const highest = entry.totals[entry.totals.length - 1] ?? -1;
        if (total > highest) {
          entry.totals.push(total);
          entry.times.push(at);
        }
      }
    });
    const ack = (await socket.emitWithAck('conversation:join', conversation.id)) as ConversationJoinAck;
    if (!ack.ok) throw new Error(`voter ${index} could not join: ${JSON.stringify(ack.error)}`);
    return { index, id: user.id, token: accessToken, socket, seen, voted: new Set() };
  });
  log(`${voters.length} voters registered, connected and joined in ${((now() - registerStart) / 1000).toFixed(1)} s`);

  const random = prng(7);
  const sent: SentVote[] = [];
  const httpTimes: number[] = [];
  const pending = new Set<Promise<void>>();
  const sentPerStatement = new Map<string, number>();
  let skipped = 0;

  const sendOne = (): void => {
    let voter: Voter | undefined;
    let statementId: string | undefined;
    for (let attempt = 0; attempt < 20 && !statementId; attempt++) {
      const candidate = pick(voters, random);
      const statement = pick(statementIds, random);
      if (!candidate.voted.has(statement)) {
        voter = candidate;
        statementId = statement;
      }
    }
    if (!voter || !statementId || pending.size >= params.max_in_flight) {
      skipped++;
      return;
    }
    voter.voted.add(statementId);
    const rank = (sentPerStatement.get(statementId) ?? 0) + 1;
    sentPerStatement.set(statementId, rank);
    const record: SentVote = { voter: voter.index, statementId, sentAt: now(), total: null, failed: false };
    sent.push(record);
    const request = api<VoteResponse>(t.urlFor(voter.index), 'PUT', `/statements/${statementId}/vote`, {
      token: voter.token,
      body: { value: pick(VALUES, random) },
    })
      .then((response) => {
        httpTimes.push(now() - record.sentAt);
        if (response.status === 200) record.total = rank;
        else record.failed = true;
      })
      .catch(() => {
        record.failed = true;
      })
      .finally(() => pending.delete(request));
    pending.add(request);
  };

  log(`voting: ${params.votes_per_sec} votes/s for ${params.duration_s} s`);
  const sendStart = now();
  const durationMs = params.duration_s * 1000;
  let due = 0;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const elapsed = Math.min(now() - sendStart, durationMs);
      const target = Math.floor((elapsed / 1000) * params.votes_per_sec);
      while (due < target) {
        due++;
        sendOne();
      }
      if (elapsed >= durationMs) {
        clearInterval(timer);
        resolve();
      }
    }, 5);
  });
  const sendSeconds = (now() - sendStart) / 1000;
  await Promise.all([...pending]);

  const delivered = (voter: Voter, vote: SentVote): number | null => {
    const entry = voter.seen.get(vote.statementId);
    if (!entry || vote.total === null) return null;
    const i = entry.totals.findIndex((total) => total >= (vote.total ?? Infinity));
    return i < 0 ? null : (entry.times[i] ?? null);
  };
  const counted = sent.filter((v) => !v.failed && v.total !== null);
  const missingCount = (): number => {
    let missing = 0;
    for (const vote of counted) {
      for (const voter of voters) if (voter.index !== vote.voter && delivered(voter, vote) === null) missing++;
    }
    return missing;
  };
  const drainUntil = now() + params.drain_timeout_s * 1000;
  while (missingCount() > 0 && now() < drainUntil) await new Promise((resolve) => setTimeout(resolve, 100));

  const latencies: number[] = [];
  let missing = 0;
  for (const vote of counted) {
    for (const voter of voters) {
      if (voter.index === vote.voter) continue;
      const at = delivered(voter, vote);
      if (at === null) missing++;
      else latencies.push(at - vote.sentAt);
    }
  }
  return {
    statements: statementIds.length,
    voters: voters.length,
    votesSent: sent.length,
    votesFailed: sent.length - counted.length,
    votesSkipped: skipped,
    sendSeconds,
    deliveries: latencies.length,
    missing,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.reduce((a, b) => Math.max(a, b), 0),
    httpP50: percentile(httpTimes, 50),
    httpP99: percentile(httpTimes, 99),
  };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  log(`analysis: ${params.analysis_voters} voters x ${params.analysis_statements} statements`);
  const analysis = benchAnalysis();

  log(`starting the app (FerretDB, demo data) in ${params.processes} process(es)`);
  const t = await startBenchServers(params.processes, { LOGIN_RATE_LIMIT_PER_MINUTE: '10000' });
  const sockets: Socket[] = [];
  let tally: TallyResult;
  try {
    tally = await benchTally(t, sockets);
  } finally {
    for (const socket of sockets) socket.close();
    await t.close();
  }

  const lines = [
    'Statement discussion benchmark' + (SMOKE ? ' (SMOKE)' : ''),
    `  analysis: ${params.analysis_voters} voters x ${params.analysis_statements} statements, ${analysis.votes} votes, ` +
      `groups ${analysis.groups ?? `withheld (${analysis.withheld})`}`,
    `    median ${analysis.median.toFixed(2)} ms, p99 ${analysis.p99.toFixed(2)} ms over ${params.analysis_runs} runs`,
    `  tally fan-out: ${tally.voters} voters in the room, ${tally.statements} statements, ` +
      `${tally.votesSent} votes in ${tally.sendSeconds.toFixed(1)} s (${tally.votesFailed} failed, ${tally.votesSkipped} skipped)`,
    `    vote -> other voters' statement:tally: p50 ${tally.p50.toFixed(1)} ms, p99 ${tally.p99.toFixed(1)} ms, ` +
      `max ${tally.max.toFixed(1)} ms over ${tally.deliveries} deliveries (${tally.missing} missing)`,
    `    vote HTTP round trip: p50 ${tally.httpP50.toFixed(1)} ms, p99 ${tally.httpP99.toFixed(1)} ms`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const result = {
    analysis_ms: round(analysis.median, 3),
    analysis_p99_ms: round(analysis.p99, 3),
    analysis_votes: analysis.votes,
    analysis_groups: analysis.groups,
    tally_p50_ms: round(tally.p50),
    tally_p99_ms: round(tally.p99),
    tally_max_ms: round(tally.max),
    vote_http_p50_ms: round(tally.httpP50),
    vote_http_p99_ms: round(tally.httpP99),
    voters: tally.voters,
    statements: tally.statements,
    votes_sent: tally.votesSent,
    votes_failed: tally.votesFailed,
    votes_skipped: tally.votesSkipped,
    deliveries: tally.deliveries,
    deliveries_missing: tally.missing,
    params,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
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
