import {
  ErrorCode,
  type Conversation,
  type ConversationDetail,
  type ErrorBody,
  type Reply,
  type Statement,
} from '@leernetwerk/shared';
import { api, login } from '../support/api-client';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let facilitator: string;
let participant: string;
let participantB: string;

beforeAll(async () => {
  t = await startTestApp();
  facilitator = (await login(t.url, 'aanjager@demo.nl')).accessToken;
  participant = (await login(t.url, 'deelnemer@demo.nl')).accessToken;
  participantB = (await login(t.url, 'mila@demo.nl')).accessToken;
});

afterAll(async () => {
  await t.close();
});

const codeOf = (body: unknown): string | undefined => (body as ErrorBody | undefined)?.error?.code;

async function newConversation(moderation: 'strict' | 'permissive'): Promise<{ id: string; statementId: string }> {
  const created = await api<Conversation>(t.url, 'POST', '/conversations', {
    token: facilitator,
    body: { title: `Moderatie ${Date.now()}`, moderation },
  });
  const statement = await api<Statement>(t.url, 'POST', `/conversations/${created.body.id}/statements`, {
    token: facilitator,
    body: { text: 'Een stelling om op te reageren' },
  });
  return { id: created.body.id, statementId: statement.body.id };
}

async function statementSeenBy(conversationId: string, token: string): Promise<Statement | undefined> {
  const detail = await api<ConversationDetail>(t.url, 'GET', `/conversations/${conversationId}`, { token });
  return detail.body.statements[0];
}

const reply = (statementId: string, token: string, body: unknown) =>
  api<Reply>(t.url, 'POST', `/statements/${statementId}/replies`, { token, body });

describe('replies under statements', () => {
  it('shows replies for, against and questions, anonymously, under the statement', async () => {
    const { id, statementId } = await newConversation('permissive');
    for (const [kind, text] of [
      ['for', 'Scheelt reistijd voor cliënten'],
      ['against', 'Niet iedereen heeft een smartphone'],
      ['question', 'Wie betaalt de licentie?'],
    ] as const) {
      const created = await reply(statementId, participant, { kind, text });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ kind, text, status: 'published', mine: true });
    }
    const seen = await statementSeenBy(id, participantB);
    expect(seen?.replies.map((r) => [r.kind, r.mine])).toEqual([
      ['for', false],
      ['against', false],
      ['question', false],
    ]);
    expect(seen?.replies[0]).not.toHaveProperty('authorId');
  });

  it('holds participants’ replies for approval under strict moderation', async () => {
    const { id, statementId } = await newConversation('strict');
    const created = await reply(statementId, participant, { kind: 'against', text: 'Eerst even goedkeuren' });
    expect(created.body.status).toBe('pending');
    expect((await statementSeenBy(id, participant))?.replies.map((r) => r.id)).toEqual([created.body.id]);
    expect((await statementSeenBy(id, participantB))?.replies).toEqual([]);

    const refused = await api(t.url, 'POST', `/replies/${created.body.id}/moderation`, {
      token: participant,
      body: { action: 'publish' },
    });
    expect(refused.status).toBe(403);
    const published = await api<Reply>(t.url, 'POST', `/replies/${created.body.id}/moderation`, {
      token: facilitator,
      body: { action: 'publish' },
    });
    expect(published.body.status).toBe('published');
    expect((await statementSeenBy(id, participantB))?.replies.map((r) => r.text)).toEqual(['Eerst even goedkeuren']);
  });

  it.each([
    ['an unknown kind', { kind: 'maybe', text: 'Een reactie' }, 400, ErrorCode.ValidationFailed],
    ['a text over 1000 characters', { kind: 'for', text: 'x'.repeat(1001) }, 400, ErrorCode.ValidationFailed],
    ['a number as text', { kind: 'for', text: 42 }, 400, ErrorCode.ValidationFailed],
  ])('refuses %s and stores nothing', async (_label, body, status, code) => {
    const { id, statementId } = await newConversation('permissive');
    const refused = await reply(statementId, participant, body);
    expect(refused.status).toBe(status);
    expect(codeOf(refused.body)).toBe(code);
    expect((await statementSeenBy(id, facilitator))?.replies).toEqual([]);
  });

  it('refuses a reply under an unknown statement, and in a closed conversation', async () => {
    const unknown = await reply('0123456789abcdef01234567', participant, { kind: 'for', text: 'Waar hoort dit?' });
    expect(codeOf(unknown.body)).toBe(ErrorCode.NotFound);
    const { id, statementId } = await newConversation('permissive');
    await api(t.url, 'PATCH', `/conversations/${id}`, { token: facilitator, body: { status: 'closed' } });
    const closed = await reply(statementId, participant, { kind: 'for', text: 'Te laat' });
    expect(codeOf(closed.body)).toBe(ErrorCode.ConversationClosed);
  });
});

describe('reporting', () => {
  it('hides a reported statement at once under permissive moderation, until a facilitator decides', async () => {
    const { id, statementId } = await newConversation('permissive');
    const proposed = await api<Statement>(t.url, 'POST', `/conversations/${id}/statements`, {
      token: participant,
      body: { text: 'Iets wat niet door de beugel kan' },
    });
    const report = await api(t.url, 'POST', `/statements/${proposed.body.id}/report`, {
      token: participantB,
      body: { reason: 'Kwetsend' },
    });
    expect(report.status).toBe(204);
    const seenByOthers = await api<ConversationDetail>(t.url, 'GET', `/conversations/${id}`, { token: participantB });
    expect(seenByOthers.body.statements.map((s) => s.id)).toEqual([statementId]);
    const queue = await api<ConversationDetail>(t.url, 'GET', `/conversations/${id}`, { token: facilitator });
    expect(queue.body.statements.find((s) => s.id === proposed.body.id)).toMatchObject({
      status: 'pending',
      reports: 1,
      reportReasons: ['Kwetsend'],
    });
    await api(t.url, 'POST', `/statements/${proposed.body.id}/moderation`, {
      token: facilitator,
      body: { action: 'publish' },
    });
    const restored = await api<ConversationDetail>(t.url, 'GET', `/conversations/${id}`, { token: facilitator });
    expect(restored.body.statements.find((s) => s.id === proposed.body.id)).toMatchObject({
      status: 'published',
      reports: 0,
    });
  });

  it('keeps an approved statement up under strict moderation and flags it for the facilitator only', async () => {
    const { id, statementId } = await newConversation('strict');
    for (const token of [participant, participant, participantB]) {
      const report = await api(t.url, 'POST', `/statements/${statementId}/report`, { token, body: {} });
      expect(report.status).toBe(204);
    }
    expect(await statementSeenBy(id, participant)).toMatchObject({
      status: 'published',
      reports: 0,
      reportReasons: [],
    });
    // Reported twice by the same person counts once.
    expect(await statementSeenBy(id, facilitator)).toMatchObject({ status: 'published', reports: 2 });
  });

  it('hides a reported reply under permissive moderation', async () => {
    const { id, statementId } = await newConversation('permissive');
    const created = await reply(statementId, participant, { kind: 'for', text: 'Een reactie die weg moet' });
    expect(
      (await api(t.url, 'POST', `/replies/${created.body.id}/report`, { token: participantB, body: {} })).status,
    ).toBe(204);
    expect((await statementSeenBy(id, participantB))?.replies).toEqual([]);
    expect((await statementSeenBy(id, facilitator))?.replies[0]).toMatchObject({ status: 'pending', reports: 1 });
  });

  it('refuses reports on unknown or hidden items, and an oversized reason, with stable codes', async () => {
    const { statementId } = await newConversation('permissive');
    const unknown = await api(t.url, 'POST', '/replies/0123456789abcdef01234567/report', {
      token: participant,
      body: {},
    });
    expect(codeOf(unknown.body)).toBe(ErrorCode.NotFound);
    const long = await api(t.url, 'POST', `/statements/${statementId}/report`, {
      token: participant,
      body: { reason: 'x'.repeat(281) },
    });
    expect(codeOf(long.body)).toBe(ErrorCode.ValidationFailed);
    await api(t.url, 'POST', `/statements/${statementId}/moderation`, { token: facilitator, body: { action: 'hide' } });
    const hidden = await api(t.url, 'POST', `/statements/${statementId}/report`, { token: participant, body: {} });
    expect(codeOf(hidden.body)).toBe(ErrorCode.NotFound);
  });
});
