import {
  ErrorCode,
  type AuthResponse,
  type Cafe,
  type CafeJoinAck,
  type Conversation,
  type ConversationDetail,
  type ErrorBody,
} from '@leernetwerk/shared';
import type { Socket } from 'socket.io-client';
import { openLiveSocket } from '../support/live-client';
import { api, inviteCodeOf, login } from '../support/api-client';
import { startTestApp, type TestApp } from '../support/test-app';

const ORGANISATIONS = ['Stichting Compass', 'MEE-Vivenz', 'Surplus'];

let t: TestApp;
let facilitator: string;
let participant: string;
let statementIds: string[];
const sockets: Socket[] = [];

interface Guest {
  id: string;
  token: string;
  socket: Socket;
  /** The latest café state this guest's screen received. */
  latest: () => Cafe | undefined;
  next: (predicate: (cafe: Cafe) => boolean) => Promise<Cafe>;
}

beforeAll(async () => {
  t = await startTestApp();
  facilitator = (await login(t.url, 'aanjager@demo.nl')).accessToken;
  participant = (await login(t.url, 'deelnemer@demo.nl')).accessToken;
  const conversations = await api<Conversation[]>(t.url, 'GET', '/conversations', { token: facilitator });
  const demo = await api<ConversationDetail>(t.url, 'GET', `/conversations/${conversations.body[0]?.id}`, {
    token: facilitator,
  });
  statementIds = demo.body.statements.map((s) => s.id);
});

afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});

afterAll(async () => {
  await t.close();
});

const codeOf = (body: unknown): string | undefined => (body as ErrorBody | undefined)?.error?.code;

function connect(token: string): Socket {
  const socket = openLiveSocket(t.url, token, { reconnection: false });
  sockets.push(socket);
  return socket;
}

async function enter(token: string, cafeId: string, id: string): Promise<Guest> {
  const socket = connect(token);
  let latest: Cafe | undefined;
  const waiters: { predicate: (cafe: Cafe) => boolean; resolve: (cafe: Cafe) => void }[] = [];
  const see = (cafe: Cafe) => {
    latest = cafe;
    for (const waiter of waiters.splice(0)) {
      if (waiter.predicate(cafe)) waiter.resolve(cafe);
      else waiters.push(waiter);
    }
  };
  socket.on('cafe:updated', ({ cafe }: { cafe: Cafe }) => see(cafe));
  const ack = (await socket.emitWithAck('cafe:join', cafeId)) as CafeJoinAck;
  if (!ack.ok) throw new Error(`join refused: ${ack.error.code}`);
  see(ack.cafe);
  return {
    id,
    token,
    socket,
    latest: () => latest,
    next: (predicate) =>
      latest && predicate(latest)
        ? Promise.resolve(latest)
        : new Promise((resolve) => waiters.push({ predicate, resolve })),
  };
}

async function registerPeople(count: number): Promise<{ id: string; token: string; organisation: string }[]> {
  const codes = await Promise.all(ORGANISATIONS.map((name) => inviteCodeOf(t.url, name)));
  const run = Date.now().toString(36);
  const people = [];
  for (let i = 0; i < count; i++) {
    const registered = await api<AuthResponse>(t.url, 'POST', '/auth/register', {
      body: {
        name: `Gast ${i + 1}`,
        email: `cafe-${run}-${i}@example.nl`,
        password: 'cafe-wachtwoord-1',
        inviteCode: codes[i % codes.length],
      },
    });
    expect(registered.status).toBe(201);
    people.push({
      id: registered.body.user.id,
      token: registered.body.accessToken,
      organisation: ORGANISATIONS[i % ORGANISATIONS.length] ?? '',
    });
  }
  return people;
}

const control = (cafeId: string, action: string, body?: unknown, token = facilitator) =>
  api<Cafe>(t.url, 'POST', `/cafes/${cafeId}/${action}`, { token, body });

async function newCafe(overrides: Record<string, unknown> = {}): Promise<Cafe> {
  const created = await api<Cafe>(t.url, 'POST', '/cafes', {
    token: facilitator,
    body: {
      title: `Wereldcafé ${Date.now()}`,
      centralQuestion: 'Hoe zetten we sociale technologie samen een stap verder?',
      conversationId: (await api<Conversation[]>(t.url, 'GET', '/conversations', { token: facilitator })).body[0]?.id,
      tables: statementIds.map((statementId) => ({ prompt: { kind: 'statement', statementId } })),
      rounds: 3,
      minutesPerRound: 20,
      tableSize: 4,
      ...overrides,
    },
  });
  expect(created.status).toBe(201);
  return created.body;
}

const tableOf = (cafe: Cafe, userId: string): number | undefined =>
  cafe.seatings.at(-1)?.tables.find((table) => table.members.includes(userId))?.table;

describe('world café rounds', () => {
  it('runs 13 people through three rounds: seats, clock, pause and extend, late joiner, leaver, reconnect', async () => {
    const cafe = await newCafe();
    expect(cafe.tables.map((table) => table.promptText)).toHaveLength(4);
    expect((await control(cafe.id, 'lobby')).body.state).toBe('lobby');

    const people = await registerPeople(14);
    const [lateComer, ...early] = people;
    const guests = await Promise.all(early.map((p) => enter(p.token, cafe.id, p.id)));
    const lobby = await guests[0]?.next((c) => c.present.length === 13 && c.participants.length === 13);
    expect(lobby?.participants).toHaveLength(13);

    // Round 1: everyone is seated once; every screen shows the same clock.
    const started = await control(cafe.id, 'start');
    expect(started.status).toBe(200);
    const round1 = await Promise.all(guests.map((g) => g.next((c) => c.round === 1)));
    for (const [i, seen] of round1.entries()) {
      expect(seen.state).toBe('running');
      expect(seen.timer).toEqual(started.body.timer);
      expect(tableOf(seen, guests[i]?.id ?? '')).toBeDefined();
    }
    const seated1 = started.body.seatings[0]?.tables.flatMap((table) => table.members) ?? [];
    expect(seated1.sort()).toEqual(early.map((p) => p.id).sort());
    const hosts = started.body.tables.map((table) => table.hostId);
    expect(hosts.filter(Boolean)).toHaveLength(4);
    expect(started.body.timer.status).toBe('running');

    // The clock: pause keeps what is left, extend adds to it, resume runs again.
    const paused = await control(cafe.id, 'timer', { action: 'pause' });
    expect(paused.body.timer.status).toBe('paused');
    const remaining = paused.body.timer.status === 'paused' ? paused.body.timer.remainingMs : 0;
    expect(remaining).toBeGreaterThan(19 * 60_000);
    const extended = await control(cafe.id, 'timer', { action: 'extend', minutes: 5 });
    expect(extended.body.timer).toEqual({ status: 'paused', remainingMs: remaining + 5 * 60_000 });
    const resumed = await control(cafe.id, 'timer', { action: 'resume' });
    expect(resumed.body.timer.status).toBe('running');
    const resumedTimer = JSON.stringify(resumed.body.timer);
    await Promise.all(guests.map((g) => g.next((c) => JSON.stringify(c.timer) === resumedTimer)));

    // A late joiner gets a seat at once, at one of the smallest tables.
    const late = await enter(lateComer?.token ?? '', cafe.id, lateComer?.id ?? '');
    const withLate = late.latest();
    expect(withLate && tableOf(withLate, late.id)).toBeDefined();

    // A reconnect returns to the same seat.
    const returning = guests[5];
    const seatBefore = tableOf(withLate as Cafe, returning?.id ?? '');
    returning?.socket.close();
    const back = await enter(returning?.token ?? '', cafe.id, returning?.id ?? '');
    expect(tableOf(back.latest() as Cafe, back.id)).toBe(seatBefore);

    // Someone leaves for good: out of this round, not seated again.
    const leaver = guests[6];
    const left = await api<Cafe>(t.url, 'POST', `/cafes/${cafe.id}/leave`, { token: leaver?.token });
    expect(tableOf(left.body, leaver?.id ?? '')).toBeUndefined();
    leaver?.socket.close();

    // Rounds 2 and 3: hosts stay, the others travel.
    for (const round of [2, 3]) {
      const next = await control(cafe.id, 'next-round');
      expect(next.status).toBe(200);
      expect(next.body.round).toBe(round);
      const seating = next.body.seatings.at(-1);
      for (const [table, hostId] of hosts.entries()) {
        if (hostId === leaver?.id) continue;
        expect(seating?.tables.find((s) => s.table === table)?.members).toContain(hostId);
      }
      const seated = seating?.tables.flatMap((s) => s.members) ?? [];
      expect(seated).not.toContain(leaver?.id);
      expect(seated).toContain(late.id);
      expect(new Set(seated).size).toBe(seated.length);
      await late.next((c) => c.round === round);
    }
    const travellersMoved = early
      .filter((p) => !hosts.includes(p.id) && p.id !== leaver?.id)
      .filter((p) => {
        const [first, , third] = (late.latest() as Cafe).seatings.map(
          (s) => s.tables.find((x) => x.members.includes(p.id))?.table,
        );
        return first !== third;
      });
    expect(travellersMoved.length).toBeGreaterThan(0);

    // The facilitator moves a traveller by hand; a host stays put.
    const traveller = early.find((p) => !hosts.includes(p.id) && p.id !== leaver?.id)?.id ?? '';
    const from = tableOf(late.latest() as Cafe, traveller);
    const to = ((from ?? 0) + 1) % hosts.length;
    const moved = await control(cafe.id, 'moves', { userId: traveller, table: to });
    expect(tableOf(moved.body, traveller)).toBe(to);
    const stayingHost = hosts.find((id) => id && id !== leaver?.id) ?? null;
    const hostMove = await control(cafe.id, 'moves', {
      userId: stayingHost,
      table: hosts.indexOf(stayingHost) === 0 ? 1 : 0,
    });
    expect(codeOf(hostMove.body)).toBe(ErrorCode.Conflict);

    // No fourth round: the café moves to its harvest.
    expect(codeOf((await control(cafe.id, 'next-round')).body)).toBe(ErrorCode.CafeWrongState);
    expect((await control(cafe.id, 'end')).body.state).toBe('harvest');
    expect((await late.next((c) => c.state === 'harvest')).timer).toEqual({ status: 'idle' });
  }, 90_000);

  it('counts someone as present only while their café page is open', async () => {
    const cafe = await newCafe();
    await control(cafe.id, 'lobby');
    const watcher = await enter(participant, cafe.id, 'deelnemer');
    const [guest] = await registerPeople(1);
    const visitor = await enter(guest?.token ?? '', cafe.id, guest?.id ?? '');
    expect(visitor.latest()?.present).toContain(guest?.id);
    const gone = new Promise<string[]>((resolve) =>
      watcher.socket.on('cafe:presence', ({ present }: { present: string[] }) => {
        if (!present.includes(guest?.id ?? '')) resolve(present);
      }),
    );
    visitor.socket.emit('cafe:leave', cafe.id);
    expect(await gone).not.toContain(guest?.id);
  });

  it('keeps the host the facilitator chose in the lobby at their table', async () => {
    const cafe = await newCafe({ rounds: 2 });
    await control(cafe.id, 'lobby');
    const people = await registerPeople(8);
    await Promise.all(people.map((p) => enter(p.token, cafe.id, p.id)));
    const chosen = people[5]?.id ?? '';
    const tables = cafe.tables.map((table) => ({ prompt: table.prompt, hostId: table.table === 2 ? chosen : null }));
    const patched = await api<Cafe>(t.url, 'PATCH', `/cafes/${cafe.id}`, { token: facilitator, body: { tables } });
    expect(patched.body.tables[2]?.hostId).toBe(chosen);
    // Only what was sent changes.
    expect(patched.body).toMatchObject({ centralQuestion: cafe.centralQuestion, conversationId: cafe.conversationId });
    const started = await control(cafe.id, 'start');
    expect(started.body.tables[2]?.hostId).toBe(chosen);
    const next = await control(cafe.id, 'next-round');
    expect(tableOf(next.body, chosen)).toBe(2);
  });

  it('sends the facilitator’s message to every table', async () => {
    const cafe = await newCafe();
    await control(cafe.id, 'lobby');
    const guest = await enter(participant, cafe.id, 'deelnemer');
    const heard = new Promise<{ text: string }>((resolve) => guest.socket.on('cafe:broadcast', resolve));
    expect((await control(cafe.id, 'broadcast', { text: 'Nog vijf minuten!' })).status).toBe(204);
    expect((await heard).text).toBe('Nog vijf minuten!');
  });
});

describe('world café permissions and bad input', () => {
  it('lets a participant neither start, advance nor move people', async () => {
    const cafe = await newCafe();
    await control(cafe.id, 'lobby');
    for (const [action, body] of [
      ['start', undefined],
      ['next-round', undefined],
      ['moves', { userId: '0123456789abcdef01234567', table: 0 }],
      ['timer', { action: 'pause' }],
    ] as const) {
      const refused = await control(cafe.id, action, body, participant);
      expect(refused.status).toBe(403);
      expect(codeOf(refused.body)).toBe(ErrorCode.Forbidden);
    }
    expect((await api<Cafe>(t.url, 'GET', `/cafes/${cafe.id}`, { token: participant })).body.state).toBe('lobby');
  });

  it('refuses to advance a closed café and an unknown café with stable codes', async () => {
    const cafe = await newCafe();
    await control(cafe.id, 'lobby');
    await enter(participant, cafe.id, 'deelnemer');
    await control(cafe.id, 'start');
    await control(cafe.id, 'end');
    await control(cafe.id, 'close');
    const closed = await control(cafe.id, 'next-round');
    expect(closed.status).toBe(409);
    expect(codeOf(closed.body)).toBe(ErrorCode.CafeWrongState);
    const unknown = await control('0123456789abcdef01234567', 'next-round');
    expect(unknown.status).toBe(404);
    expect(codeOf(unknown.body)).toBe(ErrorCode.NotFound);
  });

  it.each([
    ['no tables', { tables: [] }],
    ['negative minutes', { minutesPerRound: -5 }],
    [
      'a statement of another conversation',
      { tables: [{ prompt: { kind: 'statement', statementId: '0123456789abcdef01234567' } }] },
    ],
    [
      'one host for two tables',
      {
        tables: [
          { prompt: { kind: 'question', text: 'Vraag een' }, hostId: '0123456789abcdef01234567' },
          { prompt: { kind: 'question', text: 'Vraag twee' }, hostId: '0123456789abcdef01234567' },
        ],
      },
    ],
  ])('refuses a setup with %s as VALIDATION_FAILED and creates nothing', async (_label, overrides) => {
    const before = (await api<unknown[]>(t.url, 'GET', '/cafes', { token: facilitator })).body.length;
    const created = await api(t.url, 'POST', '/cafes', {
      token: facilitator,
      body: { title: 'Ongeldig café', tables: [{ prompt: { kind: 'question', text: 'Waarom?' } }], ...overrides },
    });
    expect(created.status).toBe(400);
    expect(codeOf(created.body)).toBe(ErrorCode.ValidationFailed);
    expect((await api<unknown[]>(t.url, 'GET', '/cafes', { token: facilitator })).body.length).toBe(before);
  });

  it('refuses to join an unknown café over the socket', async () => {
    const socket = connect(participant);
    const ack = (await socket.emitWithAck('cafe:join', '0123456789abcdef01234567')) as CafeJoinAck;
    expect(ack.ok ? undefined : ack.error.code).toBe(ErrorCode.NotFound);
  });
});

describe('a draft café’s setup and the café list', () => {
  it('lets the facilitator change a draft’s setup, and refuses it once the lobby is open, changing nothing', async () => {
    const cafe = await newCafe();
    const tables = [
      { prompt: { kind: 'question', text: 'Wat werkt al goed?' }, hostId: null },
      { prompt: { kind: 'question', text: 'Wat houdt ons tegen?' }, hostId: null },
    ];
    const edited = await api<Cafe>(t.url, 'PATCH', `/cafes/${cafe.id}`, {
      token: facilitator,
      body: { title: 'Bijgewerkt café', tables, rounds: 2, minutesPerRound: 15, tableSize: 6 },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: 'Bijgewerkt café', rounds: 2, minutesPerRound: 15, tableSize: 6 });
    expect(edited.body.tables.map((table) => table.promptText)).toEqual(['Wat werkt al goed?', 'Wat houdt ons tegen?']);

    await control(cafe.id, 'lobby');
    const refused = await api(t.url, 'PATCH', `/cafes/${cafe.id}`, {
      token: facilitator,
      body: { title: 'Te laat', minutesPerRound: 5 },
    });
    expect(refused.status).toBe(409);
    expect(codeOf(refused.body)).toBe(ErrorCode.CafeSetupLocked);
    const otherQuestion = await api(t.url, 'PATCH', `/cafes/${cafe.id}`, {
      token: facilitator,
      body: { tables: [tables[0], { prompt: { kind: 'question', text: 'Een andere vraag' }, hostId: null }] },
    });
    expect(codeOf(otherQuestion.body)).toBe(ErrorCode.CafeSetupLocked);
    const now = await api<Cafe>(t.url, 'GET', `/cafes/${cafe.id}`, { token: facilitator });
    expect(now.body).toMatchObject({ title: 'Bijgewerkt café', minutesPerRound: 15, state: 'lobby' });
    expect(now.body.tables.map((table) => table.promptText)).toEqual(['Wat werkt al goed?', 'Wat houdt ons tegen?']);
  });

  it('refuses a participant’s change to a draft', async () => {
    const cafe = await newCafe();
    const refused = await api(t.url, 'PATCH', `/cafes/${cafe.id}`, { token: participant, body: { title: 'Van mij' } });
    expect(refused.status).toBe(403);
    expect((await api<Cafe>(t.url, 'GET', `/cafes/${cafe.id}`, { token: participant })).body.title).toBe(cafe.title);
  });

  it('tells every connection when a café is set up or changes state, not when someone merely enters', async () => {
    const watcher = connect(participant);
    await new Promise<void>((resolve) => watcher.once('session', () => resolve()));
    const heard: string[] = [];
    watcher.on('cafes:changed', ({ cafeId }: { cafeId: string }) => heard.push(cafeId));
    const until = async (count: number) => {
      for (let waited = 0; heard.length < count && waited < 5_000; waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const cafe = await newCafe();
    await until(1);
    expect(heard).toEqual([cafe.id]);
    await control(cafe.id, 'lobby');
    await until(2);
    expect(heard).toEqual([cafe.id, cafe.id]);
    // A second connection of the same participant enters (registering someone new would log in again,
    // and logins are rate-limited per minute).
    await enter(participant, cafe.id, 'deelnemer');
    // Entering changed the café (a participant more) but not what a list shows of it.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(heard).toHaveLength(2);
  });
});
