import {
  ErrorCode,
  type ConversationJoinAck,
  type ErrorBody,
  type Post,
  type Technology,
  type Thread,
  type ThreadSummary,
} from '@leernetwerk/shared';
import type { Socket } from 'socket.io-client';
import { openLiveSocket } from '../support/live-client';
import { api, login } from '../support/api-client';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let facilitator: string;
let participant: string;
let ambassador: string;
let vrId: string;
let growPadId: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  t = await startTestApp();
  facilitator = (await login(t.url, 'aanjager@demo.nl')).accessToken;
  participant = (await login(t.url, 'deelnemer@demo.nl')).accessToken;
  ambassador = (await login(t.url, 'ambassadeur@demo.nl')).accessToken;
  const technologies = await api<Technology[]>(t.url, 'GET', '/technologies', { token: participant });
  vrId = technologies.body.find((tech) => tech.name === 'VR-bril')?.id ?? '';
  growPadId = technologies.body.find((tech) => tech.name === 'GrowPad')?.id ?? '';
  // Starting the app and the database took over 30 s on the shared, loaded machine.
}, 120_000);

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await t.close();
});

const codeOf = (body: unknown): string | undefined => (body as ErrorBody | undefined)?.error?.code;

const newThread = (technologyId: string, body: Record<string, unknown>, token = participant) =>
  api<Thread>(t.url, 'POST', `/technologies/${technologyId}/threads`, {
    token,
    body: { kind: 'question', title: 'Hoe begin je?', body: 'Wie heeft ervaring?', ...body },
  });

describe('intervision threads', () => {
  it('delivers a reply live to everyone reading the thread, marked when an ambassador answers', async () => {
    const created = await newThread(vrId, { title: 'VR-bril bij eerste contact', askAmbassadors: true });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'question', askAmbassadors: true, answeredByAmbassador: false });
    expect(created.body.author).toMatchObject({ name: 'Daan Deelnemer', organisationName: 'Stichting Compass' });

    const reader = openLiveSocket(t.url, participant);
    sockets.push(reader);
    expect((await reader.emitWithAck('thread:join', created.body.id)) as ConversationJoinAck).toEqual({ ok: true });
    const arrived = new Promise<Omit<Post, 'helpfulByMe'>>((resolve) =>
      reader.on('thread:post', ({ post }: { post: Omit<Post, 'helpfulByMe'> }) => resolve(post)),
    );
    const answer = await api<Post>(t.url, 'POST', `/threads/${created.body.id}/posts`, {
      token: ambassador,
      body: { body: 'Laat ze eerst zelf de bril opzetten, zonder spel.' },
    });
    expect(answer.status).toBe(201);
    expect(await arrived).toMatchObject({ body: 'Laat ze eerst zelf de bril opzetten, zonder spel.' });
    expect(answer.body.author.ambassador).toBe(true);

    const marked = await api<Post>(t.url, 'PUT', `/posts/${answer.body.id}/helpful`, {
      token: participant,
      body: { helpful: true },
    });
    expect(marked.body).toMatchObject({ helpfulCount: 1, helpfulByMe: true });
    const again = await api<Post>(t.url, 'PUT', `/posts/${answer.body.id}/helpful`, {
      token: participant,
      body: { helpful: true },
    });
    expect(again.body.helpfulCount).toBe(1);
    const thread = await api<Thread>(t.url, 'GET', `/threads/${created.body.id}`, { token: participant });
    expect(thread.body).toMatchObject({ replyCount: 1, answeredByAmbassador: true });
  });

  it('keeps a case in its steps: a reply names its step', async () => {
    const created = await newThread(growPadId, { kind: 'case', title: 'Casus: doelen die niet landen' });
    const withoutStep = await api(t.url, 'POST', `/threads/${created.body.id}/posts`, {
      token: ambassador,
      body: { body: 'Wat bedoel je met landen?' },
    });
    expect(codeOf(withoutStep.body)).toBe(ErrorCode.ValidationFailed);
    const question = await api<Post>(t.url, 'POST', `/threads/${created.body.id}/posts`, {
      token: ambassador,
      body: { body: 'Wat bedoel je met landen?', step: 'questions' },
    });
    expect(question.body.step).toBe('questions');
  });

  it('finds threads by words, by technology and by tag', async () => {
    await newThread(vrId, {
      kind: 'tip',
      title: 'Ontsmettingsgel naast de bril',
      body: 'Zet een flesje klaar bij de ingang.',
      tags: ['Hygiëne'],
    });
    await newThread(growPadId, {
      kind: 'lesson',
      title: 'Doelen samen opstellen met een ervaringsdeskundige',
      body: 'Kleine stappen werken beter.',
      tags: ['samenwerking'],
    });
    const search = async (query: string) =>
      (await api<ThreadSummary[]>(t.url, 'GET', `/threads/search?${query}`, { token: participant })).body;
    expect((await search('q=ontsmettingsgel')).map((s) => s.title)).toEqual(['Ontsmettingsgel naast de bril']);
    expect((await search('q=flesje ingang')).map((s) => s.title)).toEqual(['Ontsmettingsgel naast de bril']);
    const byTag = await search(`technologyId=${growPadId}&tag=samenwerking`);
    expect(byTag.map((s) => s.title)).toEqual(['Doelen samen opstellen met een ervaringsdeskundige']);
    const byTechnologyName = await search('q=growpad');
    expect(byTechnologyName.length).toBeGreaterThan(0);
    expect(byTechnologyName.every((s) => s.technologyId === growPadId)).toBe(true);
    const hygiene = await search('tag=hygiëne');
    expect(hygiene.map((s) => s.title)).toContain('Ontsmettingsgel naast de bril');
    expect(hygiene.every((s) => s.tags.includes('hygiëne'))).toBe(true);
  });

  it('counts the published threads per technology for the catalogue', async () => {
    const counts = await api<Record<string, number>>(t.url, 'GET', '/threads/counts', { token: participant });
    const list = await api<ThreadSummary[]>(t.url, 'GET', `/technologies/${growPadId}/threads`, { token: participant });
    expect(counts.body[growPadId]).toBe(list.body.length);
  });

  it('does not serve a hidden thread to participants; only facilitators hide', async () => {
    const created = await newThread(vrId, { kind: 'mistake', title: 'Te lang in VR gebleven' });
    expect((await api(t.url, 'POST', `/threads/${created.body.id}/report`, { token: ambassador })).status).toBe(204);
    const refused = await api(t.url, 'POST', `/threads/${created.body.id}/moderation`, {
      token: participant,
      body: { action: 'hide' },
    });
    expect(refused.status).toBe(403);
    const hidden = await api<ThreadSummary>(t.url, 'POST', `/threads/${created.body.id}/moderation`, {
      token: facilitator,
      body: { action: 'hide' },
    });
    expect(hidden.body.status).toBe('hidden');
    expect(codeOf((await api(t.url, 'GET', `/threads/${created.body.id}`, { token: participant })).body)).toBe(
      ErrorCode.NotFound,
    );
    const list = await api<ThreadSummary[]>(t.url, 'GET', `/technologies/${vrId}/threads`, { token: participant });
    expect(list.body.map((s) => s.id)).not.toContain(created.body.id);
    const search = await api<ThreadSummary[]>(t.url, 'GET', '/threads/search?q=lang', { token: participant });
    expect(search.body.map((s) => s.id)).not.toContain(created.body.id);
  });

  it.each([
    ['a BSN that passes the 11-test', { body: 'Cliënt met BSN 111222333 heeft vragen over de app.' }, 'bsn'],
    ['a name with a birth date', { body: 'Jan de Vries (geb. 12-03-2009) wil niet meer.' }, 'name-with-birthdate'],
    ['a street address', { title: 'Huisbezoek Kerkstraat 12 in Oss', body: 'Hoe pak ik dat aan?' }, 'address'],
  ])(
    'refuses a thread with %s as PRIVACY_RISK, says what was found, and stores nothing',
    async (_label, body, kind) => {
      const before = (await api<ThreadSummary[]>(t.url, 'GET', `/technologies/${vrId}/threads`, { token: participant }))
        .body.length;
      const refused = await newThread(vrId, body);
      expect(refused.status).toBe(422);
      expect(codeOf(refused.body)).toBe(ErrorCode.PrivacyRisk);
      expect((refused.body as unknown as ErrorBody).error.details).toEqual({
        findings: expect.arrayContaining([expect.objectContaining({ kind, severity: 'block' })]) as unknown,
      });
      const after = (await api<ThreadSummary[]>(t.url, 'GET', `/technologies/${vrId}/threads`, { token: participant }))
        .body.length;
      expect(after).toBe(before);
    },
  );

  it('lets ordinary professional text through, dates and numbers included', async () => {
    const created = await newThread(vrId, {
      kind: 'lesson',
      title: 'Op 14 maart 2025 begonnen we in Breda',
      body: 'Sociaal Werk werkt! had op 12-03-2025 een bijeenkomst; 123456789 is geen geldig BSN.',
    });
    expect(created.status).toBe(201);
  });

  it('checks replies too', async () => {
    const created = await newThread(vrId, { title: 'Privacy in replies' });
    const refused = await api(t.url, 'POST', `/threads/${created.body.id}/posts`, {
      token: ambassador,
      body: { body: 'Bel haar op 06-12345678.' },
    });
    expect(codeOf(refused.body)).toBe(ErrorCode.PrivacyRisk);
    expect((await api<Thread>(t.url, 'GET', `/threads/${created.body.id}`, { token: participant })).body.posts).toEqual(
      [],
    );
  });

  it.each([
    ['an unknown technology', '0123456789abcdef01234567', {}, 404, ErrorCode.NotFound],
    ['an empty post', undefined, { body: '   ' }, 400, ErrorCode.ValidationFailed],
    ['an oversized post', undefined, { body: 'x'.repeat(10_001) }, 400, ErrorCode.ValidationFailed],
    ['an unknown post type', undefined, { kind: 'rant' }, 400, ErrorCode.ValidationFailed],
    ['a tip put to the ambassadors', undefined, { kind: 'tip', askAmbassadors: true }, 400, ErrorCode.ValidationFailed],
  ])('refuses %s with a stable code and stores nothing', async (_label, technologyId, body, status, code) => {
    const target = technologyId ?? vrId;
    const before = (await api<ThreadSummary[]>(t.url, 'GET', `/technologies/${vrId}/threads`, { token: participant }))
      .body.length;
    const refused = await newThread(target, body);
    expect(refused.status).toBe(status);
    expect(codeOf(refused.body)).toBe(code);
    const after = (await api<ThreadSummary[]>(t.url, 'GET', `/technologies/${vrId}/threads`, { token: participant }))
      .body.length;
    expect(after).toBe(before);
  });
});
