/**
 * Intervision search benchmark (issue 7): how long GET /api/threads/search takes over a realistic
 * amount of content, cold (the first search builds the in-memory index from the database) and warm.
 *
 * Run:   npm run bench:search            (defaults: 1,000 threads x 9 replies = 10,000 posts, 200 searches)
 *        SMOKE=1 npm run bench:search    (100 threads x 9 replies = 1,000 posts, 50 searches)
 * That is `node -r ./test/bench/register-ts.js test/bench/search.bench.ts` (see register-ts.js):
 * a plain Node program, not a Jest test. Progress goes to stderr; the report to stdout, its last line JSON.
 *
 * Knobs (env): THREADS, REPLIES_PER_THREAD, SEARCHES, SEED, SMOKE=1.
 *
 * What it does:
 *  - The app runs in this process (startTestApp: real FerretDB, demo data). Synthetic threads and
 *    replies go straight into `intervision_threads` / `intervision_posts` through the app's own
 *    mongoose connection (bulk insertMany, fields as in thread.schema.ts / post.schema.ts), spread
 *    over the demo technologies, the five kinds, tags and four demo authors. Text is Dutch-looking,
 *    drawn from a fixed word list with a Zipf-like frequency (seeded, so every run has the same data);
 *    a few rare marker words are planted in a known set of threads.
 *  - Everything else goes through HTTP as deelnemer@demo.nl. `posts` counts opening posts plus replies.
 *  - index_build_ms: wall time of the FIRST search over HTTP (a rare word), which builds the index
 *    from the database (load all threads and posts, tokenise, add) and then answers; the same query
 *    is timed again warm (cold_query_warm_ms), so nearly all of the cold time is the build.
 *  - Warm searches: SEARCHES sequential requests (one at a time, shuffled mix) over seven query
 *    kinds: a common word, a rare marker word, two words (AND), a prefix, and a word with a
 *    technologyId, a tag or a kind filter. Each takes p50/p99/max of the HTTP round trip and the
 *    number of hits; `index` is the same query timed on ThreadSearch.search in-process (index only,
 *    no database), so the gap to HTTP is loading and shaping the hit threads.
 *  - Freshness: a thread created through POST /technologies/:id/threads with a new word in its
 *    title, then searched for; and a reply through POST /threads/:id/posts, likewise.
 *  - Checks: rare words find exactly their planted threads; filtered results all match the filter;
 *    the new thread and reply are found. Failures are counted in `checks_failed`.
 */
import { getConnectionToken } from '@nestjs/mongoose';
import { Types, type Connection } from 'mongoose';
import {
  CASE_STEPS,
  type CaseStep,
  type CompassPillar,
  type Post,
  type Technology,
  type Thread,
  type ThreadKind,
  type ThreadSummary,
} from '@leernetwerk/shared';
import { ThreadSearch } from '@leernetwerk/server/intervision/thread-search';
import { api, login } from '../support/api-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { envNumber, percentile, prng } from './bench-common';

const SMOKE = process.env.SMOKE === '1';

const params = {
  smoke: SMOKE,
  threads: envNumber('THREADS', SMOKE ? 100 : 1000, 10, 100_000),
  replies_per_thread: envNumber('REPLIES_PER_THREAD', 9, 0, 200),
  searches: envNumber('SEARCHES', SMOKE ? 50 : 200, 7, 100_000),
  seed: envNumber('SEED', 20240607, 0, 2 ** 31),
  insert_batch: 1000,
};

const log = (message: string): void => {
  process.stderr.write(`[bench:search] ${message}\n`);
};
const now = (): number => performance.now();
const round = (value: number, digits = 2): number => (Number.isFinite(value) ? Number(value.toFixed(digits)) : value);

const pick = <T>(items: readonly T[], random: () => number): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};

// ---------------------------------------------------------------------------------------------
// Synthetic content

/** Most frequent first: drawn with weight 1/(rank+1). Plain ASCII, no names or numbers (privacy guard). */
const VOCABULARY = (
  'de het een en van in op met voor dat niet is zijn we je ook bij als naar maar om dan nog wel ' +
  'team client bewoner zorg app begeleiding begeleider gesprek afspraak collega dag week tijd ' +
  'ervaring vraag antwoord idee werkt goed lastig samen eerst later altijd soms vaak nooit ' +
  'hulpmiddel technologie bril tablet scherm sensor alarm melding nacht avond ochtend dienst ' +
  'overdracht rapportage dossier registratie privacy toestemming familie mantelzorger wijk ' +
  'locatie kamer huiskamer activiteit beweging rust onrust angst plezier aandacht contact ' +
  'samenwerking teamoverleg scholing training uitleg handleiding instructie oefenen proberen ' +
  'beginnen stoppen veranderen gewoonte weerstand enthousiasme vertrouwen veiligheid risico ' +
  'hygiene schoonmaken opladen batterij wifi verbinding storing inloggen wachtwoord account ' +
  'begeleiden begeleidingsplan doel evaluatie feedback reflectie leerpunt valkuil succes ' +
  'jongeren ouderen kinderen ouders vrijwilliger stagiair manager coordinator ambassadeur ' +
  'budget aanschaf leverancier contract onderhoud reparatie vervanging opslag kast lader ' +
  'spel muziek film foto video ontspanning wandeling fiets tuin keuken maaltijd koffie ' +
  'dementie autisme beperking prikkels overprikkeling structuur planning dagritme slaap ' +
  'eenzaamheid zelfstandigheid eigenregie keuzevrijheid waardigheid autonomie participatie ' +
  'visie afspraken vaardigheden houding communicatie doelgroep kompas pijler stap casus ' +
  'vragenronde advies opbrengst tip les fout valkuil oplossing werkwijze protocol'
).split(/\s+/);

const MARKER_WORDS = ['zwaluwstaart', 'kwartelkoning', 'pimpernelhaag'] as const;
/** How many threads each marker word is planted in (once, in one reply or the opening post). */
const MARKER_THREADS = [1, 3, 10] as const;
const TAGS = [
  'registratie',
  'tijdwinst',
  'hygiene',
  'samenwerking',
  'privacy',
  'scholing',
  'nachtdienst',
  'familie',
  'onderhoud',
  'draagvlak',
  'implementatie',
  'dementie',
];
const KINDS: readonly ThreadKind[] = ['question', 'case', 'tip', 'lesson', 'mistake'];
const PILLARS: readonly (CompassPillar | null)[] = [
  null,
  'vision',
  'agreements',
  'user-skills',
  'user-attitude',
  'communication',
  'target-groups',
];

function zipfSampler(words: readonly string[], random: () => number): () => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < words.length; i++) {
    total += 1 / (i + 1);
    cumulative.push(total);
  }
  return () => {
    const r = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? Infinity) < r) lo = mid + 1;
      else hi = mid;
    }
    return words[lo] ?? '';
  };
}

interface Synthetic {
  threads: Record<string, unknown>[];
  posts: Record<string, unknown>[];
  /** Marker word -> ids of the threads it was planted in. */
  planted: Map<string, Set<string>>;
}

function synthesize(technologyIds: readonly string[], authorIds: readonly string[], random: () => number): Synthetic {
  const word = zipfSampler(VOCABULARY, random);
  const sentence = (min: number, max: number): string => {
    const length = min + Math.floor(random() * (max - min + 1));
    const words = Array.from({ length }, word);
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (min: number, max: number): string =>
    Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => sentence(8, 16)).join(' ');

  const threads: Record<string, unknown>[] = [];
  const posts: Record<string, unknown>[] = [];
  const threadIds: string[] = [];
  const yearMs = 365 * 24 * 3600 * 1000;
  const start = Date.now() - yearMs;
  for (let i = 0; i < params.threads; i++) {
    const _id = new Types.ObjectId();
    threadIds.push(_id.toHexString());
    const kind = pick(KINDS, random);
    const technologyId = pick(technologyIds, random);
    const createdAt = new Date(start + random() * yearMs * 0.9);
    const tagCount = Math.floor(random() * 4);
    const tags = [...new Set(Array.from({ length: tagCount }, () => pick(TAGS, random)))];
    let last = createdAt.getTime();
    for (let r = 0; r < params.replies_per_thread; r++) {
      last += random() * 3 * 24 * 3600 * 1000;
      const step: CaseStep | null = kind === 'case' ? (CASE_STEPS[1 + (r % (CASE_STEPS.length - 1))] ?? null) : null;
      posts.push({
        _id: new Types.ObjectId(),
        threadId: _id.toHexString(),
        technologyId,
        body: paragraph(1, 3),
        step,
        authorId: pick(authorIds, random),
        helpfulBy: [],
        reportedBy: [],
        status: 'published',
        createdAt: new Date(last),
        updatedAt: new Date(last),
      });
    }
    threads.push({
      _id,
      technologyId,
      kind,
      title: sentence(4, 9).replace(/\.$/, ''),
      body: paragraph(2, 5),
      pillar: pick(PILLARS, random),
      tags,
      authorId: pick(authorIds, random),
      askAmbassadors: false,
      answeredByAmbassador: false,
      replyCount: params.replies_per_thread,
      helpfulBy: [],
      reportedBy: [],
      status: 'published',
      lastActivityAt: new Date(last),
      createdAt,
      updatedAt: new Date(last),
    });
  }

  // Plant the marker words in distinct threads, in a reply when there is one.
  const planted = new Map<string, Set<string>>();
  const used = new Set<number>();
  MARKER_WORDS.forEach((marker, m) => {
    const ids = new Set<string>();
    const want = Math.min(MARKER_THREADS[m] ?? 1, params.threads - used.size);
    while (ids.size < want) {
      const t = Math.floor(random() * params.threads);
      if (used.has(t)) continue;
      used.add(t);
      ids.add(threadIds[t] ?? '');
      const target =
        params.replies_per_thread > 0
          ? posts[t * params.replies_per_thread + Math.floor(random() * params.replies_per_thread)]
          : threads[t];
      if (target) target.body = `${String(target.body)} Het ${marker} idee hielp ons verder.`;
    }
    planted.set(marker, ids);
  });
  return { threads, posts, planted };
}

async function insertAll(connection: Connection, name: string, docs: Record<string, unknown>[]): Promise<void> {
  const collection = connection.collection(name);
  for (let i = 0; i < docs.length; i += params.insert_batch) {
    await collection.insertMany(docs.slice(i, i + params.insert_batch), { ordered: false });
  }
}

// ---------------------------------------------------------------------------------------------
// Queries

interface Query {
  kind: string;
  q: string;
  technologyId?: string;
  tag?: string;
  threadKind?: ThreadKind;
  /** Exactly these thread ids must be found (rare words). */
  expect?: Set<string>;
}

const queryString = (query: Query): string => {
  const parts = [`q=${encodeURIComponent(query.q)}`];
  if (query.technologyId) parts.push(`technologyId=${query.technologyId}`);
  if (query.tag) parts.push(`tag=${encodeURIComponent(query.tag)}`);
  if (query.threadKind) parts.push(`kind=${query.threadKind}`);
  return parts.join('&');
};

const label = (query: Query): string =>
  [
    `"${query.q}"`,
    query.technologyId ? `technologyId=…${query.technologyId.slice(-4)}` : '',
    query.tag ? `tag=${query.tag}` : '',
    query.threadKind ? `kind=${query.threadKind}` : '',
  ]
    .filter(Boolean)
    .join(' ');

function queryMix(technologyIds: readonly string[], planted: Map<string, Set<string>>): Query[][] {
  const rare = MARKER_WORDS.map((marker) => ({ kind: 'rare', q: marker, expect: planted.get(marker) }));
  return [
    [
      { kind: 'common', q: 'team' },
      { kind: 'common', q: 'client' },
    ],
    rare,
    [
      { kind: 'two_words', q: 'tablet storing' },
      { kind: 'two_words', q: 'nacht rust' },
      { kind: 'two_words', q: 'familie toestemming' },
    ],
    [
      { kind: 'prefix', q: 'begel' },
      { kind: 'prefix', q: 'samenw' },
      { kind: 'prefix', q: 'overpr' },
    ],
    technologyIds.map((technologyId) => ({ kind: 'technology_filter', q: 'sensor', technologyId })),
    [
      { kind: 'tag_filter', q: 'collega', tag: 'samenwerking' },
      { kind: 'tag_filter', q: 'alarm', tag: 'nachtdienst' },
    ],
    [
      { kind: 'kind_filter', q: 'batterij', threadKind: 'tip' },
      { kind: 'kind_filter', q: 'valkuil', threadKind: 'mistake' },
      { kind: 'kind_filter', q: 'advies', threadKind: 'case' },
    ],
  ];
}

/** Problems found by the checks, each a line for the report. */
const failures: string[] = [];

function check(query: Query, hits: readonly ThreadSummary[]): void {
  if (query.expect) {
    const found = new Set(hits.map((h) => h.id));
    const missing = [...query.expect].filter((id) => !found.has(id)).length;
    const extra = [...found].filter((id) => !query.expect?.has(id)).length;
    if (missing > 0 || extra > 0) {
      failures.push(`${label(query)}: ${missing} planted threads missing, ${extra} unexpected`);
    }
  }
  if (query.technologyId && hits.some((h) => h.technologyId !== query.technologyId)) {
    failures.push(`${label(query)}: a hit of another technology`);
  }
  if (query.tag && hits.some((h) => !h.tags.includes(query.tag ?? ''))) {
    failures.push(`${label(query)}: a hit without the tag`);
  }
  if (query.threadKind && hits.some((h) => h.kind !== query.threadKind)) {
    failures.push(`${label(query)}: a hit of another kind`);
  }
}

interface Timed {
  ms: number;
  hits: ThreadSummary[];
  bytes: number;
}

async function searchHttp(t: TestApp, token: string, query: Query): Promise<Timed> {
  const start = now();
  const response = await fetch(`${t.url}/api/threads/search?${queryString(query)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const text = await response.text();
  const ms = now() - start;
  if (response.status !== 200) throw new Error(`search ${label(query)} failed: ${response.status} ${text}`);
  return { ms, hits: JSON.parse(text) as ThreadSummary[], bytes: text.length };
}

interface KindStats {
  n: number;
  p50: number;
  p99: number;
  max: number;
  hits_min: number;
  hits_median: number;
  hits_max: number;
  index_p50: number;
  index_max: number;
  kb_median: number;
}

function stats(times: number[], hits: number[], indexTimes: number[], bytes: number[]): KindStats {
  return {
    n: times.length,
    p50: round(percentile(times, 50)),
    p99: round(percentile(times, 99)),
    max: round(Math.max(...times)),
    hits_min: Math.min(...hits),
    hits_median: percentile(hits, 50),
    hits_max: Math.max(...hits),
    index_p50: round(percentile(indexTimes, 50), 3),
    index_max: round(Math.max(...indexTimes), 3),
    kb_median: round(percentile(bytes, 50) / 1024, 1),
  };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  log('starting the app (FerretDB, demo data)');
  const t = await startTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '10000' });
  try {
    const lines = await run(t);
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await t.close();
  }
}

async function run(t: TestApp): Promise<string[]> {
  const reader = await login(t.url, 'deelnemer@demo.nl');
  const token = reader.accessToken;
  const authorIds = [reader.user.id];
  for (const email of ['mila@demo.nl', 'ambassadeur@demo.nl', 'aanjager@demo.nl']) {
    authorIds.push((await login(t.url, email)).user.id);
  }
  const technologies = await api<Technology[]>(t.url, 'GET', '/technologies', { token });
  const technologyIds = technologies.body.map((tech) => tech.id);
  if (technologyIds.length === 0) throw new Error('no technologies in the demo data');

  const random = prng(params.seed);
  const generateStart = now();
  const data = synthesize(technologyIds, authorIds, random);
  const postsCount = data.threads.length + data.posts.length;
  log(
    `generated ${data.threads.length} threads + ${data.posts.length} replies = ${postsCount} posts ` +
      `in ${((now() - generateStart) / 1000).toFixed(1)} s`,
  );

  const connection = t.app.get<Connection>(getConnectionToken());
  const insertStart = now();
  await insertAll(connection, 'intervision_threads', data.threads);
  await insertAll(connection, 'intervision_posts', data.posts);
  const insertMs = now() - insertStart;
  const totalThreads = await connection.collection('intervision_threads').countDocuments();
  const totalPosts = await connection.collection('intervision_posts').countDocuments();
  log(`inserted in ${(insertMs / 1000).toFixed(1)} s; database holds ${totalThreads} threads, ${totalPosts} replies`);

  const threadSearch = t.app.get(ThreadSearch);
  const mix = queryMix(technologyIds, data.planted);

  // Cold: the first search builds the index from the database.
  const coldQuery = mix[1]?.[1] ?? { kind: 'rare', q: MARKER_WORDS[1] };
  const heapBefore = process.memoryUsage().heapUsed;
  const cold = await searchHttp(t, token, coldQuery);
  const heapAfter = process.memoryUsage().heapUsed;
  check(coldQuery, cold.hits);
  const coldAgain = await searchHttp(t, token, coldQuery);
  log(
    `cold search ${label(coldQuery)}: ${cold.ms.toFixed(0)} ms (${cold.hits.length} hits); ` +
      `same query warm: ${coldAgain.ms.toFixed(1)} ms`,
  );

  // Warm-up: every variant once, untimed.
  for (const group of mix) for (const query of group) check(query, (await searchHttp(t, token, query)).hits);

  // Warm: a shuffled, evenly spread mix, one request at a time.
  const schedule: Query[] = [];
  for (let i = 0; i < params.searches; i++) {
    const group = mix[i % mix.length] ?? [];
    const query = group[Math.floor(i / mix.length) % group.length];
    if (query) schedule.push(query);
  }
  for (let i = schedule.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [schedule[i], schedule[j]] = [schedule[j] as Query, schedule[i] as Query];
  }
  const byKind = new Map<string, { times: number[]; hits: number[]; index: number[]; bytes: number[] }>();
  const all: number[] = [];
  const warmStart = now();
  let lastLog = now();
  for (const [i, query] of schedule.entries()) {
    const result = await searchHttp(t, token, query);
    check(query, result.hits);
    const indexStart = now();
    await threadSearch.search({
      q: query.q,
      technologyId: query.technologyId,
      tag: query.tag,
      kind: query.threadKind,
    });
    const indexMs = now() - indexStart;
    const entry = byKind.get(query.kind) ?? { times: [], hits: [], index: [], bytes: [] };
    entry.times.push(result.ms);
    entry.hits.push(result.hits.length);
    entry.index.push(indexMs);
    entry.bytes.push(result.bytes);
    byKind.set(query.kind, entry);
    all.push(result.ms);
    if (now() - lastLog > 5000) {
      log(`${i + 1}/${schedule.length} searches`);
      lastLog = now();
    }
  }
  const warmSeconds = (now() - warmStart) / 1000;
  log(`${schedule.length} warm searches in ${warmSeconds.toFixed(1)} s`);

  // Freshness: a new thread, then a reply, each found by a word nothing else contains.
  const technologyId = technologyIds[0] ?? '';
  const createStart = now();
  const created = await api<Thread>(t.url, 'POST', `/technologies/${technologyId}/threads`, {
    token,
    body: {
      kind: 'tip',
      title: 'Nieuwe tip over het roodborstjesrooster',
      body: 'Wij hangen het rooster naast de lader, dan ziet iedereen wie de bril heeft.',
      tags: ['planning'],
    },
  });
  const createMs = now() - createStart;
  if (created.status !== 201)
    throw new Error(`creating a thread failed: ${created.status} ${JSON.stringify(created.body)}`);
  const afterCreate = await searchHttp(t, token, { kind: 'fresh', q: 'roodborstjesrooster' });
  const newThreadFound = afterCreate.hits.some((h) => h.id === created.body.id);
  if (!newThreadFound) failures.push('the thread created through the API was not found');

  const replyStart = now();
  const replied = await api<Post>(t.url, 'POST', `/threads/${created.body.id}/posts`, {
    token,
    body: { body: 'Bij ons werkt een goudvinkmapje met de afspraken nog beter.' },
  });
  const replyMs = now() - replyStart;
  if (replied.status !== 201) throw new Error(`replying failed: ${replied.status} ${JSON.stringify(replied.body)}`);
  const afterReply = await searchHttp(t, token, { kind: 'fresh', q: 'goudvinkmapje' });
  const replyFound = afterReply.hits.some((h) => h.id === created.body.id);
  if (!replyFound) failures.push('the reply posted through the API was not found');
  log(
    `new thread: POST ${createMs.toFixed(1)} ms, search ${afterCreate.ms.toFixed(1)} ms, found ${newThreadFound}; ` +
      `reply: POST ${replyMs.toFixed(1)} ms, search ${afterReply.ms.toFixed(1)} ms, found ${replyFound}`,
  );

  const kinds: Record<string, KindStats> = {};
  for (const [kind, entry] of byKind) kinds[kind] = stats(entry.times, entry.hits, entry.index, entry.bytes);
  const overall = { p50: percentile(all, 50), p99: percentile(all, 99), max: Math.max(...all) };

  const lines = [
    'Intervision search benchmark' + (SMOKE ? ' (SMOKE)' : ''),
    `  content: ${data.threads.length} threads x ${params.replies_per_thread} replies = ${postsCount} synthetic posts ` +
      `(database: ${totalThreads} threads, ${totalPosts} replies incl. demo), inserted in ${(insertMs / 1000).toFixed(1)} s`,
    `  cold: first search ${label(coldQuery)} ${cold.ms.toFixed(0)} ms (builds the index; heap +${(
      (heapAfter - heapBefore) /
      1024 /
      1024
    ).toFixed(0)} MB, no GC), same query warm ${coldAgain.ms.toFixed(1)} ms`,
    `  warm: ${schedule.length} sequential searches in ${warmSeconds.toFixed(1)} s ` +
      `(HTTP round trip; "index" = ThreadSearch.search alone, in-process)`,
    ...Object.entries(kinds).map(
      ([kind, s]) =>
        `    ${kind.padEnd(18)} n=${String(s.n).padStart(3)}  p50 ${s.p50.toFixed(1).padStart(7)} ms  ` +
        `p99 ${s.p99.toFixed(1).padStart(7)} ms  max ${s.max.toFixed(1).padStart(7)} ms  ` +
        `hits ${s.hits_min}..${s.hits_max} (median ${s.hits_median})  ` +
        `index p50 ${s.index_p50.toFixed(2)} ms  response ~${s.kb_median} KB`,
    ),
    `    ${'overall'.padEnd(18)} n=${String(all.length).padStart(3)}  p50 ${overall.p50.toFixed(1).padStart(7)} ms  ` +
      `p99 ${overall.p99.toFixed(1).padStart(7)} ms  max ${overall.max.toFixed(1).padStart(7)} ms`,
    `  fresh: POST thread ${createMs.toFixed(1)} ms, then search ${afterCreate.ms.toFixed(1)} ms -> found ${newThreadFound}; ` +
      `POST reply ${replyMs.toFixed(1)} ms, then search ${afterReply.ms.toFixed(1)} ms -> found ${replyFound}`,
    `  checks: ${failures.length === 0 ? 'all passed' : `${failures.length} failed`}`,
    ...failures.map((f) => `    FAILED ${f}`),
  ];
  const result = {
    posts: postsCount,
    threads: data.threads.length,
    index_build_ms: round(cold.ms, 1),
    cold_query_warm_ms: round(coldAgain.ms),
    search_p50_ms: round(overall.p50),
    search_p99_ms: round(overall.p99),
    search_max_ms: round(overall.max),
    searches: all.length,
    per_kind: kinds,
    insert_ms: round(insertMs, 0),
    create_thread_ms: round(createMs),
    search_after_create_ms: round(afterCreate.ms),
    new_thread_found: newThreadFound,
    reply_ms: round(replyMs),
    search_after_reply_ms: round(afterReply.ms),
    reply_found: replyFound,
    checks_failed: failures.length,
    params,
  };
  return [...lines, JSON.stringify(result)];
}

main().then(
  () => {
    process.exitCode = failures.length === 0 ? 0 : 1;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
