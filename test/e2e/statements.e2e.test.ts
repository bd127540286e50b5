import {
  ErrorCode,
  type AuthResponse,
  type Conversation,
  type ConversationDetail,
  type ConversationJoinAck,
  type ConversationResults,
  type ErrorBody,
  type Statement,
  type VoteResponse,
  type VoteTally,
} from '@leernetwerk/shared';
import type { Socket } from 'socket.io-client';
import { openLiveSocket } from '../support/live-client';
import { api, inviteCodeOf, login } from '../support/api-client';
import { startTestApp, type TestApp } from '../support/test-app';

const DEMO_TITLE = 'Eens of oneens? Sociale technologie in het sociaal werk';

let t: TestApp;
let facilitator: string;
let participant: string;
let participantB: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  t = await startTestApp();
  facilitator = (await login(t.url, 'aanjager@demo.nl')).accessToken;
  participant = (await login(t.url, 'deelnemer@demo.nl')).accessToken;
  participantB = (await login(t.url, 'mila@demo.nl')).accessToken;
});

afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});

afterAll(async () => {
  await t.close();
});

function first<T>(items: readonly T[]): T {
  const item = items[0];
  if (item === undefined) throw new Error('expected at least one item');
  return item;
}

const codeOf = (body: unknown): string | undefined => (body as ErrorBody | undefined)?.error?.code;

async function newConversation(changes: Record<string, unknown> = {}): Promise<ConversationDetail> {
  const created = await api<Conversation>(t.url, 'POST', '/conversations', {
    token: facilitator,
    body: { title: `Gesprek ${Date.now()}`, moderation: 'strict', allowProposals: true, ...changes },
  });
  expect(created.status).toBe(201);
  for (const text of ['Eerste stelling om te testen', 'Tweede stelling om te testen']) {
    const statement = await api(t.url, 'POST', `/conversations/${created.body.id}/statements`, {
      token: facilitator,
      body: { text },
    });
    expect(statement.status).toBe(201);
  }
  return detail(created.body.id, facilitator);
}

async function detail(id: string, token: string): Promise<ConversationDetail> {
  const result = await api<ConversationDetail>(t.url, 'GET', `/conversations/${id}`, { token });
  expect(result.status).toBe(200);
  return result.body;
}

const vote = (statementId: string, token: string, body: unknown) =>
  api<VoteResponse>(t.url, 'PUT', `/statements/${statementId}/vote`, { token, body });

describe('statement discussions', () => {
  it('seeds the demo conversation with the four statements of the world café, all published', async () => {
    const list = await api<Conversation[]>(t.url, 'GET', '/conversations', { token: participant });
    const demo = list.body.find((c) => c.title === DEMO_TITLE);
    expect(demo).toMatchObject({ status: 'open' });
    const seeded = await detail(demo?.id ?? '', participant);
    expect(seeded.statements.map((s) => s.text)).toContain(
      'Om te slagen moet je eerst een jaar lang tijd en geld krijgen om te kunnen pionieren',
    );
    expect(seeded.statements).toHaveLength(4);
    expect(seeded.statements.every((s) => s.status === 'published' && !s.mine)).toBe(true);
    expect(first(seeded.statements)).not.toHaveProperty('authorId');
  });

  it('counts a changed vote once and shows the voter their own vote and reason', async () => {
    const conversation = await newConversation();
    const statementId = first(conversation.statements).id;
    const cast = await vote(statementId, participant, { value: 'agree' });
    expect(cast.body).toEqual({ statementId, phase: 'before', vote: { value: 'agree' } });
    const changed = await vote(statementId, participant, { value: 'disagree', reason: 'Toch niet' });
    expect(changed.status).toBe(200);
    const seen = (await detail(conversation.id, participant)).statements.find((s) => s.id === statementId);
    expect(seen?.tally).toEqual({ agree: 0, disagree: 1, pass: 0 });
    expect(seen?.myVote).toEqual({ before: { value: 'disagree', reason: 'Toch niet' }, after: null });
    const other = (await detail(conversation.id, participantB)).statements.find((s) => s.id === statementId);
    expect(other?.myVote).toEqual({ before: null, after: null });
  });

  it("counts votes in the conversation's phase: an after vote replaces the same person's before vote", async () => {
    const conversation = await newConversation();
    const statementId = first(conversation.statements).id;
    await vote(statementId, participant, { value: 'disagree' });
    await vote(statementId, participantB, { value: 'disagree' });
    const switched = await api<Conversation>(t.url, 'PATCH', `/conversations/${conversation.id}`, {
      token: facilitator,
      body: { votingPhase: 'after' },
    });
    expect(switched.body.votingPhase).toBe('after');
    const after = await vote(statementId, participant, { value: 'agree' });
    expect(after.body.phase).toBe('after');
    const seen = first((await detail(conversation.id, participant)).statements);
    expect(seen.tally).toEqual({ agree: 1, disagree: 1, pass: 0 });
    expect(seen.myVote).toEqual({ before: { value: 'disagree' }, after: { value: 'agree' } });
  });

  it.each([
    ['a reason over 280 characters', { value: 'agree', reason: 'x'.repeat(281) }],
    ['an unknown value', { value: 'misschien' }],
    ['an unknown phase', { value: 'agree', phase: 'during' }],
  ])('refuses %s with VALIDATION_FAILED and changes nothing', async (_label, body) => {
    const conversation = await newConversation();
    const statementId = first(conversation.statements).id;
    await vote(statementId, participant, { value: 'pass' });
    const refused = await vote(statementId, participant, body);
    expect(refused.status).toBe(400);
    expect(codeOf(refused.body)).toBe(ErrorCode.ValidationFailed);
    const seen = await detail(conversation.id, participant);
    expect(first(seen.statements).tally).toEqual({ agree: 0, disagree: 0, pass: 1 });
  });

  it.each([
    ['a statement over 280 characters', { text: 'x'.repeat(281) }, ErrorCode.ValidationFailed],
    ['a statement that is not text', { text: ['Eens'] }, ErrorCode.ValidationFailed],
    ['malformed JSON', '{"text": "half', ErrorCode.InvalidJson],
  ])('refuses %s with a stable code and stores nothing', async (_label, body, code) => {
    const conversation = await newConversation({ moderation: 'permissive' });
    const path = `/conversations/${conversation.id}/statements`;
    const refused =
      typeof body === 'string'
        ? await api(t.url, 'POST', path, { token: participant, rawBody: body })
        : await api(t.url, 'POST', path, { token: participant, body });
    expect(refused.status).toBe(400);
    expect(codeOf(refused.body)).toBe(code);
    expect((await detail(conversation.id, facilitator)).statements).toHaveLength(2);
  });

  it('refuses a vote on an unknown statement with NOT_FOUND', async () => {
    const refused = await vote('0123456789abcdef01234567', participant, { value: 'agree' });
    expect(refused.status).toBe(404);
    expect(codeOf(refused.body)).toBe(ErrorCode.NotFound);
  });

  it('lets only facilitators create conversations and moderate', async () => {
    const conversation = await newConversation();
    const create = await api(t.url, 'POST', '/conversations', { token: participant, body: { title: 'Mag niet' } });
    expect(create.status).toBe(403);
    const moderate = await api(t.url, 'POST', `/statements/${first(conversation.statements).id}/moderation`, {
      token: participant,
      body: { action: 'hide' },
    });
    expect(moderate.status).toBe(403);
    const patch = await api(t.url, 'PATCH', `/conversations/${conversation.id}`, {
      token: participant,
      body: { status: 'closed' },
    });
    expect(patch.status).toBe(403);
    expect(first((await detail(conversation.id, participant)).statements).status).toBe('published');
  });

  it('does not serve a hidden statement to participants, nor take votes on it', async () => {
    const conversation = await newConversation();
    const hiddenId = first(conversation.statements).id;
    const hidden = await api<Statement>(t.url, 'POST', `/statements/${hiddenId}/moderation`, {
      token: facilitator,
      body: { action: 'hide' },
    });
    expect(hidden.body.status).toBe('hidden');
    expect((await detail(conversation.id, participant)).statements.map((s) => s.id)).not.toContain(hiddenId);
    expect((await detail(conversation.id, facilitator)).statements.map((s) => s.id)).toContain(hiddenId);
    const refused = await vote(hiddenId, participant, { value: 'agree' });
    expect(codeOf(refused.body)).toBe(ErrorCode.NotFound);
  });

  it('refuses votes in a closed conversation with CONVERSATION_CLOSED', async () => {
    const conversation = await newConversation();
    const closed = await api(t.url, 'PATCH', `/conversations/${conversation.id}`, {
      token: facilitator,
      body: { status: 'closed' },
    });
    expect(closed.status).toBe(200);
    const refused = await vote(first(conversation.statements).id, participant, { value: 'agree' });
    expect(refused.status).toBe(409);
    expect(codeOf(refused.body)).toBe(ErrorCode.ConversationClosed);
    expect(first((await detail(conversation.id, participant)).statements).tally.agree).toBe(0);
  });

  it('puts proposals in pending under strict moderation until a facilitator publishes them', async () => {
    const conversation = await newConversation({ moderation: 'strict' });
    const proposed = await api<Statement>(t.url, 'POST', `/conversations/${conversation.id}/statements`, {
      token: participant,
      body: { text: 'Een voorstel van een deelnemer' },
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ status: 'pending', mine: true });
    expect((await detail(conversation.id, participantB)).statements.map((s) => s.id)).not.toContain(proposed.body.id);
    expect(codeOf((await vote(proposed.body.id, participantB, { value: 'agree' })).body)).toBe(ErrorCode.NotFound);
    await api(t.url, 'POST', `/statements/${proposed.body.id}/moderation`, {
      token: facilitator,
      body: { action: 'publish' },
    });
    const seen = (await detail(conversation.id, participantB)).statements.find((s) => s.id === proposed.body.id);
    expect(seen).toMatchObject({ status: 'published', mine: false });
  });

  it('publishes proposals at once under permissive moderation', async () => {
    const conversation = await newConversation({ moderation: 'permissive' });
    const proposed = await api<Statement>(t.url, 'POST', `/conversations/${conversation.id}/statements`, {
      token: participant,
      body: { text: 'Nog een voorstel' },
    });
    expect(proposed.body.status).toBe('published');
  });

  it('returns tallies as results, without groups below the thresholds', async () => {
    const conversation = await newConversation();
    await vote(first(conversation.statements).id, participant, { value: 'agree' });
    await vote(first(conversation.statements).id, participantB, { value: 'disagree' });
    const results = await api<ConversationResults>(t.url, 'GET', `/conversations/${conversation.id}/results`, {
      token: participant,
    });
    expect(results.status).toBe(200);
    expect(results.body.tallies).toEqual([
      { statementId: first(conversation.statements).id, agree: 1, disagree: 1, pass: 0, total: 2 },
    ]);
    expect(results.body.voterCount).toBe(2);
    expect(results.body.groups).toBeNull();
    expect(results.body.groupsWithheldReason).not.toBeNull();
  });
});

describe('statement discussions live', () => {
  function connect(token: string): Socket {
    const socket = openLiveSocket(t.url, token, { reconnection: false });
    sockets.push(socket);
    return socket;
  }

  async function join(socket: Socket, conversationId: string): Promise<ConversationJoinAck> {
    return (await socket.emitWithAck('conversation:join', conversationId)) as ConversationJoinAck;
  }

  it('refuses to join an unknown conversation', async () => {
    const socket = connect(participant);
    const ack = await join(socket, '0123456789abcdef01234567');
    expect(ack.ok ? undefined : ack.error.code).toBe(ErrorCode.NotFound);
  });

  type TalliesPayload = { conversationId: string; tallies: { statementId: string; tally: VoteTally }[] };

  /** Ten colleagues of Surplus, each with their own account. */
  async function registerVoters(count: number): Promise<string[]> {
    const inviteCode = await inviteCodeOf(t.url, 'Surplus');
    const run = Date.now().toString(36);
    return Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const registered = await api<AuthResponse>(t.url, 'POST', '/auth/register', {
          body: {
            name: `Stemmer ${i + 1}`,
            email: `stemmer-${run}-${i}@example.nl`,
            password: 'stemmer-wachtwoord',
            inviteCode,
          },
        });
        expect(registered.status).toBe(201);
        return registered.body.accessToken;
      }),
    );
  }

  it('gives ten voting clients the exact final tally live, a changed vote counted once', async () => {
    const conversation = await newConversation();
    const statementId = first(conversation.statements).id;
    const sentinelId = conversation.statements[1]?.id ?? '';
    const voters = await registerVoters(10);
    const clients = voters.map((token) => connect(token));
    for (const client of clients) expect(await join(client, conversation.id)).toEqual({ ok: true });

    // Batches reach one socket in order: once the sentinel's tally is in, so is every earlier one.
    const lastTallies = clients.map(
      (client) =>
        new Promise<VoteTally | undefined>((resolve) => {
          let last: VoteTally | undefined;
          client.on('statement:tallies', (payload: TalliesPayload) => {
            for (const { statementId: id, tally } of payload.tallies) if (id === statementId) last = tally;
            if (payload.tallies.some(({ statementId: id }) => id === sentinelId)) resolve(last);
          });
        }),
    );
    const valueOf = (i: number) => (i < 6 ? 'agree' : i < 9 ? 'disagree' : 'pass');
    await Promise.all(voters.map((token, i) => vote(statementId, token, { value: valueOf(i) })));
    // Half of them change their mind twice, concurrently: still one vote each.
    await Promise.all(voters.slice(0, 5).map((token) => vote(statementId, token, { value: 'disagree' })));
    await Promise.all(voters.slice(0, 5).map((token, i) => vote(statementId, token, { value: valueOf(i) })));
    await vote(sentinelId, facilitator, { value: 'pass' });

    const expected: VoteTally = { agree: 6, disagree: 3, pass: 1 };
    expect(await Promise.all(lastTallies)).toEqual(clients.map(() => expected));
    expect(first((await detail(conversation.id, participant)).statements).tally).toEqual(expected);
  });

  it('sends new statements, replies and recomputed results to the room', async () => {
    const conversation = await newConversation({ moderation: 'permissive' });
    const socket = connect(participantB);
    expect(await join(socket, conversation.id)).toEqual({ ok: true });
    const statementNew = new Promise<string>((resolve) =>
      socket.on('statement:new', ({ statement }: { statement: Statement }) => resolve(statement.text)),
    );
    const replyNew = new Promise<string>((resolve) =>
      socket.on('reply:new', ({ reply }: { reply: { text: string } }) => resolve(reply.text)),
    );
    const results = new Promise<ConversationResults>((resolve) =>
      socket.on('conversation:results', ({ results }: { results: ConversationResults }) => resolve(results)),
    );
    const statementId = first(conversation.statements).id;
    await api(t.url, 'POST', `/conversations/${conversation.id}/statements`, {
      token: participant,
      body: { text: 'Een nieuwe stelling, live' },
    });
    await api(t.url, 'POST', `/statements/${statementId}/replies`, {
      token: participant,
      body: { kind: 'for', text: 'Een argument voor, live' },
    });
    await vote(statementId, participant, { value: 'agree' });
    expect(await statementNew).toBe('Een nieuwe stelling, live');
    expect(await replyNew).toBe('Een argument voor, live');
    expect((await results).tallies).toContainEqual({ statementId, agree: 1, disagree: 0, pass: 0, total: 1 });
  });

  it('sends nothing more to a client that left the room', async () => {
    const conversation = await newConversation();
    const socket = connect(participantB);
    expect(await join(socket, conversation.id)).toEqual({ ok: true });
    let heard = 0;
    socket.on('statement:tallies', () => (heard += 1));
    socket.emit('conversation:leave', conversation.id);
    expect(await socket.emitWithAck('ping')).toHaveProperty('serverTime');
    await vote(first(conversation.statements).id, participant, { value: 'agree' });
    // Another member still in the room gets the tally; by then the one who left would have too.
    const stayer = connect(participant);
    expect(await join(stayer, conversation.id)).toEqual({ ok: true });
    const later = new Promise((resolve) => stayer.on('statement:tallies', resolve));
    await vote(first(conversation.statements).id, participant, { value: 'pass' });
    await later;
    expect(await socket.emitWithAck('ping')).toHaveProperty('serverTime');
    expect(heard).toBe(0);
  });

  it('tells only the facilitators that a proposal waits for them', async () => {
    const conversation = await newConversation({ moderation: 'strict' });
    const moderator = connect(facilitator);
    const bystander = connect(participantB);
    for (const socket of [moderator, bystander]) expect(await join(socket, conversation.id)).toEqual({ ok: true });
    let bystanderHeard = false;
    bystander.on('moderation:waiting', () => (bystanderHeard = true));
    bystander.on('statement:new', () => (bystanderHeard = true));
    const waiting = new Promise<{ conversationId: string }>((resolve) => moderator.on('moderation:waiting', resolve));
    await api(t.url, 'POST', `/conversations/${conversation.id}/statements`, {
      token: participant,
      body: { text: 'Wacht op de aanjager' },
    });
    expect(await waiting).toEqual({ conversationId: conversation.id });
    // The bystander's socket would have had the message by now: both went out in the same tick.
    expect(await bystander.emitWithAck('ping')).toHaveProperty('serverTime');
    expect(bystanderHeard).toBe(false);
  });

  it('lets a client that reconnects catch up: rejoin, then the detail holds what it missed', async () => {
    const conversation = await newConversation({ moderation: 'permissive' });
    const first_ = connect(participantB);
    expect(await join(first_, conversation.id)).toEqual({ ok: true });
    first_.close();
    await api(t.url, 'POST', `/conversations/${conversation.id}/statements`, {
      token: participant,
      body: { text: 'Gemist tijdens de storing' },
    });
    const again = connect(participantB);
    expect(await join(again, conversation.id)).toEqual({ ok: true });
    const tallies = new Promise<TalliesPayload>((resolve) => again.on('statement:tallies', resolve));
    const missed = (await detail(conversation.id, participantB)).statements.find(
      (s) => s.text === 'Gemist tijdens de storing',
    );
    expect(missed).toBeDefined();
    await vote(missed?.id ?? '', participant, { value: 'agree' });
    expect((await tallies).tallies).toEqual([{ statementId: missed?.id, tally: { agree: 1, disagree: 0, pass: 0 } }]);
  });
});
