import type { AuthResponse, Cafe, CafeJoinAck } from '@leernetwerk/shared';
import type { Socket } from 'socket.io-client';
import { api, inviteCodeOf, login } from '../support/api-client';
import { openLiveSocket } from '../support/live-client';
import { startTestApp, type TestApp } from '../support/test-app';

const ORGANISATIONS = ['Stichting Compass', 'MEE-Vivenz', 'Surplus'];
const QUESTIONS = ['Wat werkt al goed?', 'Wat houdt ons tegen?', 'Wat doen we morgen?'];

let t: TestApp;
let facilitator: string;
let inviteCodes: string[];
const sockets: Socket[] = [];

beforeAll(async () => {
  t = await startTestApp();
  facilitator = (await login(t.url, 'aanjager@demo.nl')).accessToken;
  const coordinator = (await login(t.url, 'coordinator@demo.nl')).accessToken;
  inviteCodes = await Promise.all(ORGANISATIONS.map((name) => inviteCodeOf(t.url, name, coordinator)));
});

afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});

afterAll(async () => {
  await t.close();
});

interface Guest {
  id: string;
  token: string;
}

/** New participants spread over three organisations (demo logins would meet the login rate limit). */
async function registerPeople(count: number): Promise<Guest[]> {
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const people: Guest[] = [];
  for (let i = 0; i < count; i++) {
    const registered = await api<AuthResponse>(t.url, 'POST', '/auth/register', {
      body: {
        name: `Tafelgast ${i + 1}`,
        email: `seating-${run}-${i}@example.nl`,
        password: 'Koffiekop-Tafelkleed-93',
        inviteCode: inviteCodes[i % inviteCodes.length],
      },
    });
    expect(registered.status).toBe(201);
    people.push({ id: registered.body.user.id, token: registered.body.accessToken });
  }
  return people;
}

/** Opens the café page's live connection: being connected is being present. */
async function enter(guest: Guest, cafeId: string): Promise<Cafe> {
  const socket = openLiveSocket(t.url, guest.token, { reconnection: false });
  sockets.push(socket);
  const ack = (await socket.emitWithAck('cafe:join', cafeId)) as CafeJoinAck;
  if (!ack.ok) throw new Error(`join refused: ${ack.error.code}`);
  return ack.cafe;
}

const control = (cafeId: string, action: string) =>
  api<Cafe>(t.url, 'POST', `/cafes/${cafeId}/${action}`, { token: facilitator, body: {} });

async function runningCafe(tables: number, tableSize: number, guests: Guest[], rounds = 3): Promise<Cafe> {
  const created = await api<Cafe>(t.url, 'POST', '/cafes', {
    token: facilitator,
    body: {
      title: `Klein café ${Date.now()}`,
      tables: QUESTIONS.slice(0, tables).map((text) => ({ prompt: { kind: 'question', text } })),
      rounds,
      minutesPerRound: 20,
      tableSize,
    },
  });
  expect(created.status).toBe(201);
  expect((await control(created.body.id, 'lobby')).status).toBe(200);
  for (const guest of guests) await enter(guest, created.body.id);
  const started = await control(created.body.id, 'start');
  expect(started.status).toBe(200);
  return started.body;
}

const current = (cafe: Cafe) => cafe.seatings.at(-1)?.tables ?? [];
const sizes = (cafe: Cafe) => current(cafe).map((table) => table.members.length);
const usedTables = (cafe: Cafe) => current(cafe).filter((table) => table.members.length > 0);
/** The question each table in use talks about this round. */
const questionsNow = (cafe: Cafe) =>
  usedTables(cafe).map((seated) => cafe.tables.find((table) => table.table === seated.table)?.promptText);

describe('café seating with fewer people than the tables hold', () => {
  it('seats 3 people at 2 tables of 2 together, with a host, and moves them to the other question each round', async () => {
    const guests = await registerPeople(3);
    const round1 = await runningCafe(2, 2, guests);

    // Nobody alone comes before the table size: one table of 3, the other rests.
    expect([...sizes(round1)].sort()).toEqual([0, 3]);
    const [table1] = usedTables(round1);
    expect([...(table1?.members ?? [])].sort()).toEqual(guests.map((g) => g.id).sort());
    const host = table1?.hostId;
    expect(guests.map((g) => g.id)).toContain(host);
    expect(table1?.members[0]).toBe(host);

    const round2 = (await control(round1.id, 'next-round')).body;
    const round3 = (await control(round1.id, 'next-round')).body;
    expect([round1, round2, round3].map(questionsNow)).toEqual([[QUESTIONS[0]], [QUESTIONS[1]], [QUESTIONS[0]]]);
    for (const cafe of [round2, round3]) {
      expect([...sizes(cafe)].sort()).toEqual([0, 3]);
      // The host keeps hosting when the table moves to the other question.
      expect(usedTables(cafe)[0]?.hostId).toBe(host);
    }
  });

  it('seats 7 people at 3 tables of 3 as 3, 2 and 2, each table hosted, over rounds', async () => {
    const guests = await registerPeople(7);
    const round1 = await runningCafe(3, 3, guests, 2);
    const round2 = (await control(round1.id, 'next-round')).body;
    for (const cafe of [round1, round2]) {
      expect([...sizes(cafe)].sort()).toEqual([2, 2, 3]);
      for (const table of usedTables(cafe)) expect(table.hostId).not.toBeNull();
      expect(
        current(cafe)
          .flatMap((table) => table.members)
          .sort(),
      ).toEqual(guests.map((g) => g.id).sort());
    }
  });

  it('discusses every question when 5 people sit at 3 tables of 2 over three rounds, and keeps rules for late joiners and leavers', async () => {
    const [first, second, third, fourth, fifth, sixth] = await registerPeople(6);
    if (!first || !second || !third || !fourth || !fifth || !sixth) throw new Error('not registered');
    const round1 = await runningCafe(3, 2, [first, second, third, fourth, fifth]);
    const round2 = (await control(round1.id, 'next-round')).body;
    const round3 = (await control(round1.id, 'next-round')).body;
    const discussed = [round1, round2, round3].flatMap(questionsNow);
    for (const question of QUESTIONS) expect(discussed.filter((q) => q === question)).toHaveLength(2);
    for (const cafe of [round1, round2, round3]) expect([...sizes(cafe)].sort()).toEqual([0, 2, 3]);

    // A late joiner finds every table in use full and the third free: they open it with a traveller.
    const withLate = await enter(sixth, round1.id);
    expect(sizes(withLate)).toEqual([2, 2, 2]);
    const opened = current(withLate).find((table) => table.members.includes(sixth.id));
    expect(opened?.members).toHaveLength(2);

    // Someone leaves the new table: the one left there joins another table instead of sitting alone.
    const left = await api<Cafe>(t.url, 'POST', `/cafes/${round1.id}/leave`, { token: sixth.token });
    expect(left.status).toBe(200);
    expect([...sizes(left.body)].sort()).toEqual([0, 2, 3]);
  });
});
