import type {
  Bottleneck,
  BottleneckSummary,
  Cafe,
  CafeJoinAck,
  Conversation,
  ConversationResults,
  Statement,
  Technology,
  Thread,
  ThreadSummary,
} from '@leernetwerk/shared';
import type { Socket } from 'socket.io-client';
import { api, login } from '../support/api-client';
import { openLiveSocket } from '../support/live-client';
import { startServerCluster, type ServerCluster } from '../support/server-cluster';
import type { ServerProcess } from '../support/server-process';

// Two server processes on one database and one Redis, as the product scales out. What one process
// writes, the other serves at once: nothing is kept correct by one process's memory alone.

let cluster: ServerCluster;
let one: ServerProcess;
let two: ServerProcess;
const sockets: Socket[] = [];

beforeAll(async () => {
  // Both at once on the empty database, as two replicas start: exactly one of them seeds it.
  cluster = await startServerCluster(2);
  [one, two] = cluster.servers as [ServerProcess, ServerProcess];
}, 120_000);

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await cluster?.stop();
});

const token = async (server: ServerProcess, email: string) => (await login(server.url, email)).accessToken;

/** Asks until `read` gives what `done` wants, for at most `withinMs`; the last answer either way. */
async function within<T>(withinMs: number, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('two server processes on one database and one Redis', () => {
  it('seeds the demo network once when both start on an empty database at the same moment', async () => {
    const viewer = await token(two, 'deelnemer@demo.nl');
    const names = (await api<Technology[]>(one.url, 'GET', '/technologies', { token: viewer })).body.map(
      (technology) => technology.name,
    );
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names).size).toBe(names.length);
    const titles = (await api<Conversation[]>(two.url, 'GET', '/conversations', { token: viewer })).body.map(
      (conversation) => conversation.title,
    );
    expect(titles).toHaveLength(1);
  }, 60_000);

  it('finds a thread created on one process by searching on the other within a second', async () => {
    const daan = await token(one, 'deelnemer@demo.nl');
    const mila = await token(two, 'mila@demo.nl');
    const technologies = await api<Technology[]>(two.url, 'GET', '/technologies', { token: mila });
    const vr = technologies.body.find((technology) => technology.name === 'VR-bril');
    if (!vr) throw new Error('demo technology VR-bril missing');
    const search = () =>
      api<ThreadSummary[]>(two.url, 'GET', `/threads/search?q=${encodeURIComponent('zeepbellenmachine')}`, {
        token: mila,
      }).then((result) => result.body.map((thread) => thread.id));
    // The other process has built its index before the thread exists.
    expect(await search()).toEqual([]);

    const created = await api<Thread>(one.url, 'POST', `/technologies/${vr.id}/threads`, {
      token: daan,
      body: { kind: 'tip', title: 'De zeepbellenmachine in de VR-ruimte', body: 'Rustig begin van de sessie.' },
    });
    expect(created.status).toBe(201);
    const createdAt = Date.now();
    const found = await within(1_000, search, (ids) => ids.length > 0);
    expect(found).toEqual([created.body.id]);
    expect(Date.now() - createdAt).toBeLessThan(1_000);
  }, 60_000);

  it('counts "bij ons ook" from two organisations at the same moment on two processes, in the register of both', async () => {
    const daan = await token(one, 'deelnemer@demo.nl');
    const reported = await api<Bottleneck>(one.url, 'POST', '/bottlenecks', {
      token: daan,
      body: {
        title: 'Geen wifi in de wijkcentra',
        description: 'Apps werken niet zonder netwerk.',
        scope: 'structural',
      },
    });
    expect(reported.status).toBe(201);
    const id = reported.body.id;
    const affected = (server: ServerProcess, viewer: string) =>
      api<BottleneckSummary[]>(server.url, 'GET', '/bottlenecks', { token: viewer }).then(
        (result) => result.body.find((bottleneck) => bottleneck.id === id)?.organisationsAffected,
      );
    const [sanne, mila] = await Promise.all([token(one, 'ambassadeur@demo.nl'), token(two, 'mila@demo.nl')]);
    // Both registers are loaded before the support arrives.
    expect(await affected(one, sanne)).toBe(1);
    expect(await affected(two, mila)).toBe(1);

    const supports = await Promise.all([
      api(one.url, 'POST', `/bottlenecks/${id}/support`, { token: sanne, body: { note: 'Bij Surplus ook' } }),
      api(two.url, 'POST', `/bottlenecks/${id}/support`, { token: mila, body: {} }),
    ]);
    expect(supports.map((result) => result.status)).toEqual([200, 200]);
    expect(
      await within(
        1_000,
        () => affected(one, sanne),
        (count) => count === 3,
      ),
    ).toBe(3);
    expect(
      await within(
        1_000,
        () => affected(two, mila),
        (count) => count === 3,
      ),
    ).toBe(3);
    const detail = await api<Bottleneck>(two.url, 'GET', `/bottlenecks/${id}`, { token: mila });
    expect(detail.body.organisations).toHaveLength(3);
  }, 60_000);

  it('shows votes taken by one process in the results the other serves, at once', async () => {
    const facilitator = await token(one, 'aanjager@demo.nl');
    const conversation = await api<Conversation>(one.url, 'POST', '/conversations', {
      token: facilitator,
      body: { title: 'Twee processen, één uitslag' },
    });
    const statement = await api<Statement>(one.url, 'POST', `/conversations/${conversation.body.id}/statements`, {
      token: facilitator,
      body: { text: 'Een app vervangt geen gesprek' },
    });
    const results = (viewer: string) =>
      api<ConversationResults>(two.url, 'GET', `/conversations/${conversation.body.id}/results`, {
        token: viewer,
      }).then((result) => result.body.tallies.find((tally) => tally.statementId === statement.body.id)?.total ?? 0);
    const readerOnTwo = await token(two, 'coordinator@demo.nl');
    const voters = await Promise.all(
      ['deelnemer@demo.nl', 'mila@demo.nl', 'ambassadeur@demo.nl'].map((email) => token(one, email)),
    );
    const vote = (voter: string) =>
      api(one.url, 'PUT', `/statements/${statement.body.id}/vote`, { token: voter, body: { value: 'agree' } });
    for (const voter of voters.slice(0, 2)) expect((await vote(voter)).status).toBe(200);
    // Process two computes and keeps the results with two votes...
    expect(
      await within(
        3_000,
        () => results(readerOnTwo),
        (total) => total === 2,
      ),
    ).toBe(2);
    // ...and serves the third vote, taken by process one, well inside the cache's two-second
    // safety net: only the announcement makes it current.
    expect((await vote(voters[2] ?? '')).status).toBe(200);
    const votedAt = Date.now();
    expect(
      await within(
        1_000,
        () => results(readerOnTwo),
        (total) => total === 3,
      ),
    ).toBe(3);
    expect(Date.now() - votedAt).toBeLessThan(1_000);
  }, 60_000);

  it('advances once when two facilitators press "Volgende ronde" at the same moment on two processes, and keeps serving when one process is killed', async () => {
    const [facilitatorOne, facilitatorTwo] = await Promise.all([
      token(one, 'aanjager@demo.nl'),
      token(two, 'aanjager@demo.nl'),
    ]);
    const created = await api<Cafe>(one.url, 'POST', '/cafes', {
      token: facilitatorOne,
      body: {
        title: 'Café over twee processen',
        tables: [
          { prompt: { kind: 'question', text: 'Wat werkt?' } },
          { prompt: { kind: 'question', text: 'Wat niet?' } },
        ],
        rounds: 3,
        minutesPerRound: 10,
        tableSize: 2,
      },
    });
    expect(created.status).toBe(201);
    const cafeId = created.body.id;
    const control = (server: ServerProcess, viewer: string, action: string, body: object = {}) =>
      api<Cafe>(server.url, 'POST', `/cafes/${cafeId}/${action}`, { token: viewer, body });
    expect((await control(one, facilitatorOne, 'lobby')).status).toBe(200);

    // Four participants, spread over both processes.
    const guests = ['deelnemer@demo.nl', 'mila@demo.nl', 'jongerenwerker@demo.nl', 'ambassadeur@demo.nl'];
    const onOne: Socket[] = [];
    for (const [i, email] of guests.entries()) {
      const server = i % 2 === 0 ? one : two;
      const socket = openLiveSocket(server.url, await token(server, email), { reconnection: false });
      sockets.push(socket);
      if (server === one) onOne.push(socket);
      expect(((await socket.emitWithAck('cafe:join', cafeId)) as CafeJoinAck).ok).toBe(true);
    }
    const started = await control(two, facilitatorTwo, 'start');
    expect(started.body).toMatchObject({ state: 'running', round: 1 });
    expect(started.body.seatings[0]?.tables.flatMap((table) => table.members)).toHaveLength(4);

    const seen = { state: 'running', round: 1 };
    const pressed = await Promise.all([
      control(one, facilitatorOne, 'next-round', { seen }),
      control(two, facilitatorTwo, 'next-round', { seen }),
    ]);
    const statuses = pressed.map((result) => result.status).sort();
    expect(statuses).toEqual([200, 409]);
    expect(pressed.find((result) => result.status === 409)?.body).toMatchObject({ error: { code: 'CAFE_CHANGED' } });
    for (const server of [one, two]) {
      const read = await api<Cafe>(server.url, 'GET', `/cafes/${cafeId}`, { token: facilitatorOne });
      expect(read.body.round).toBe(2);
      expect(read.body.seatings).toHaveLength(2);
    }

    // Process one dies mid-round without a goodbye; what it acknowledged is in the database.
    const daanOnOne = await token(one, 'deelnemer@demo.nl');
    const reported = await api<Bottleneck>(one.url, 'POST', '/bottlenecks', {
      token: daanOnOne,
      body: {
        title: 'Tafel 1 mist een laadpunt',
        description: 'Gemeld vlak voor de storing.',
        scope: 'organisational',
        source: { kind: 'cafe', cafeId, table: 0, round: 2, excerpt: 'Geen stopcontact bij tafel 1' },
      },
    });
    expect(reported.status).toBe(201);
    await one.stop('SIGKILL');

    // Process two keeps serving: the report is there, the café goes on, the people of process one
    // come back on process two and take their seats again.
    const daanOnTwo = await token(two, 'deelnemer@demo.nl');
    const report = await api<Bottleneck>(two.url, 'GET', `/bottlenecks/${reported.body.id}`, { token: daanOnTwo });
    expect(report.status).toBe(200);
    expect(report.body.title).toBe('Tafel 1 mist een laadpunt');
    for (const [i, email] of guests.entries()) {
      if (i % 2 !== 0) continue;
      const socket = openLiveSocket(two.url, await token(two, email), { reconnection: false });
      sockets.push(socket);
      expect(((await socket.emitWithAck('cafe:join', cafeId)) as CafeJoinAck).ok).toBe(true);
    }
    const third = await control(two, facilitatorTwo, 'next-round', { seen: { state: 'running', round: 2 } });
    expect(third.status).toBe(200);
    expect(third.body.round).toBe(3);
    expect(third.body.seatings[2]?.tables.flatMap((table) => table.members).sort()).toHaveLength(4);
    expect(onOne.every((socket) => !socket.connected)).toBe(true);
  }, 120_000);
});
