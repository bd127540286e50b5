import {
  type Bottleneck,
  type BottleneckSummary,
  type ContentHistory,
  type ErrorBody,
  type Meeting,
  type MeetingAction,
  type Notification,
  type Post,
  type Technology,
  type Thread,
  type ThreadSummary,
} from '@leernetwerk/shared';
import type { Socket } from 'socket.io-client';
import { api, login } from '../support/api-client';
import { openLiveSocket } from '../support/live-client';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let daan: string;
let mila: string;
let milaOrganisationId: string;
let facilitator: string;
let facilitatorName: string;
let coordinator: string;
let coordinatorName: string;
let daanId: string;
let vrId: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  t = await startTestApp();
  const daanLogin = await login(t.url, 'deelnemer@demo.nl');
  daan = daanLogin.accessToken;
  daanId = daanLogin.user.id;
  const milaLogin = await login(t.url, 'mila@demo.nl');
  mila = milaLogin.accessToken;
  milaOrganisationId = milaLogin.user.organisationId;
  const facilitatorLogin = await login(t.url, 'aanjager@demo.nl');
  facilitator = facilitatorLogin.accessToken;
  facilitatorName = facilitatorLogin.user.name;
  const coordinatorLogin = await login(t.url, 'coordinator@demo.nl');
  coordinator = coordinatorLogin.accessToken;
  coordinatorName = coordinatorLogin.user.name;
  const technologies = await api<Technology[]>(t.url, 'GET', '/technologies', { token: daan });
  vrId = technologies.body.find((tech) => tech.name === 'VR-bril')?.id ?? '';
  // Starting the app and its database takes long on a busy machine.
}, 120_000);

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await t.close();
});

const codeOf = (body: unknown): string | undefined => (body as ErrorBody | undefined)?.error?.code;

async function threadWithReply(replyText: string): Promise<{ thread: Thread; reply: Post }> {
  const thread = await api<Thread>(t.url, 'POST', `/technologies/${vrId}/threads`, {
    token: daan,
    body: { kind: 'question', title: 'Wie gebruikt de VR-bril thuis?', body: 'Ik zoek ervaringen.' },
  });
  const reply = await api<Post>(t.url, 'POST', `/threads/${thread.body.id}/posts`, {
    token: daan,
    body: { body: replyText },
  });
  expect(reply.status).toBe(201);
  return { thread: thread.body, reply: reply.body };
}

async function joinedReader(threadId: string, token = mila): Promise<Socket> {
  const reader = openLiveSocket(t.url, token);
  sockets.push(reader);
  expect(await reader.emitWithAck('thread:join', threadId)).toEqual({ ok: true });
  return reader;
}

const nextPost = (socket: Socket) =>
  new Promise<Omit<Post, 'helpfulByMe'>>((resolve) =>
    socket.once('thread:post', ({ post }: { post: Omit<Post, 'helpfulByMe'> }) => resolve(post)),
  );

const history = (path: string, token: string) => api<ContentHistory>(t.url, 'GET', `${path}/history`, { token });

describe('writers own their replies', () => {
  it('lets the writer edit their reply, live for readers, and refuses everyone else with FORBIDDEN', async () => {
    const { reply } = await threadWithReply('We gebruiken hem op de groep.');
    expect(reply).toMatchObject({ revision: 0, editedAt: null, deletedAt: null, personalDataRemoved: null });
    const reader = await joinedReader(reply.threadId);
    const arrived = nextPost(reader);

    const edited = await api<Post>(t.url, 'PATCH', `/posts/${reply.id}`, {
      token: daan,
      body: { body: 'We gebruiken hem op de groep, twee keer per week.', revision: 0 },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ body: 'We gebruiken hem op de groep, twee keer per week.', revision: 1 });
    expect(edited.body.editedAt).not.toBeNull();
    expect(await arrived).toMatchObject({ id: reply.id, body: 'We gebruiken hem op de groep, twee keer per week.' });

    const byOther = await api(t.url, 'PATCH', `/posts/${reply.id}`, {
      token: mila,
      body: { body: 'Iets anders', revision: 1 },
    });
    expect(byOther.status).toBe(403);
    expect(codeOf(byOther.body)).toBe('FORBIDDEN');
    const byFacilitator = await api(t.url, 'DELETE', `/posts/${reply.id}`, { token: facilitator });
    expect(byFacilitator.status).toBe(403);
    const thread = await api<Thread>(t.url, 'GET', `/threads/${reply.threadId}`, { token: mila });
    expect(thread.body.posts[0]).toMatchObject({ body: 'We gebruiken hem op de groep, twee keer per week.' });
  });

  it('refuses an edit made on an older revision with STALE_REVISION, and keeps the newer text', async () => {
    const { reply } = await threadWithReply('Eerste versie.');
    const first = await api<Post>(t.url, 'PATCH', `/posts/${reply.id}`, {
      token: daan,
      body: { body: 'Tweede versie, uit tabblad A.', revision: 0 },
    });
    expect(first.status).toBe(200);
    const stale = await api<ErrorBody>(t.url, 'PATCH', `/posts/${reply.id}`, {
      token: daan,
      body: { body: 'Derde versie, uit tabblad B.', revision: 0 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'STALE_REVISION', details: { revision: 1 } });
    const bad = await api(t.url, 'PATCH', `/posts/${reply.id}`, { token: daan, body: { body: '', revision: 1 } });
    expect(bad.status).toBe(400);
    const thread = await api<Thread>(t.url, 'GET', `/threads/${reply.threadId}`, { token: daan });
    expect(thread.body.posts[0]).toMatchObject({ body: 'Tweede versie, uit tabblad A.', revision: 1 });
  });

  it('lets only one of two simultaneous edits of the same revision win', async () => {
    const { reply } = await threadWithReply('Begin.');
    const results = await Promise.all(
      ['Versie een.', 'Versie twee.', 'Versie drie.'].map((body) =>
        api<Post>(t.url, 'PATCH', `/posts/${reply.id}`, { token: daan, body: { body, revision: 0 } }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const winner = results.find((r) => r.status === 200)?.body.body;
    const thread = await api<Thread>(t.url, 'GET', `/threads/${reply.threadId}`, { token: daan });
    expect(thread.body.posts[0]).toMatchObject({ body: winner, revision: 1 });
    const versions = (await history(`/posts/${reply.id}`, coordinator)).body.versions;
    expect(versions.map((v) => v.text)).toEqual(['Begin.', winner]);
  });

  it('keeps a deleted reply’s place in the thread, without its text, and the replies after it', async () => {
    const { thread, reply } = await threadWithReply('Dit wil ik toch niet zeggen.');
    const later = await api<Post>(t.url, 'POST', `/threads/${thread.id}/posts`, {
      token: mila,
      body: { body: 'Ik reageer hierop.' },
    });
    const reader = await joinedReader(thread.id);
    const arrived = nextPost(reader);

    const removed = await api(t.url, 'DELETE', `/posts/${reply.id}`, { token: daan });
    expect(removed.status).toBe(204);
    expect(await arrived).toMatchObject({ id: reply.id, body: '' });
    const shown = await api<Thread>(t.url, 'GET', `/threads/${thread.id}`, { token: mila });
    expect(shown.body.replyCount).toBe(2);
    expect(shown.body.posts.map((p) => [p.id, p.body, p.deletedAt !== null])).toEqual([
      [reply.id, '', true],
      [later.body.id, 'Ik reageer hierop.', false],
    ]);
    const editDeleted = await api(t.url, 'PATCH', `/posts/${reply.id}`, {
      token: daan,
      body: { body: 'Terug', revision: 1 },
    });
    expect(editDeleted.status).toBe(409);
    expect(JSON.stringify(shown.body)).not.toContain('Dit wil ik toch niet zeggen.');
  });

  it('shows the history of a reply (each version: text, who, when) to coordinators only', async () => {
    const { reply } = await threadWithReply('Versie een.');
    await api(t.url, 'PATCH', `/posts/${reply.id}`, { token: daan, body: { body: 'Versie twee.', revision: 0 } });
    await api(t.url, 'DELETE', `/posts/${reply.id}`, { token: daan });

    for (const token of [daan, mila, facilitator]) {
      const refused = await history(`/posts/${reply.id}`, token);
      expect(refused.status).toBe(403);
      expect(codeOf(refused.body)).toBe('FORBIDDEN');
    }
    const seen = await history(`/posts/${reply.id}`, coordinator);
    expect(seen.status).toBe(200);
    expect(seen.body.versions).toEqual([
      expect.objectContaining({ revision: 0, kind: 'created', text: 'Versie een.', actorName: 'Daan Deelnemer' }),
      expect.objectContaining({ revision: 1, kind: 'edited', text: 'Versie twee.', actorName: 'Daan Deelnemer' }),
      expect.objectContaining({ revision: 2, kind: 'deleted', text: null, purged: false }),
    ]);
    for (const version of seen.body.versions) expect(Number.isNaN(Date.parse(version.at))).toBe(false);
  });

  it('lets a facilitator remove personal data, purging every earlier text from the history', async () => {
    const { reply } = await threadWithReply('Mijn collega Piet de Vries belde erover.');
    const edited = await api(t.url, 'PATCH', `/posts/${reply.id}`, {
      token: daan,
      body: { body: 'Mijn collega Piet de Vries van het wijkteam belde erover.', revision: 0 },
    });
    expect(edited.status).toBe(200);
    const path = `/posts/${reply.id}/personal-data-removal`;
    const byWriter = await api(t.url, 'POST', path, { token: daan, body: { body: 'Weg', reason: 'Naam' } });
    expect(byWriter.status).toBe(403);
    const noReason = await api(t.url, 'POST', path, { token: facilitator, body: { body: 'Weg' } });
    expect(noReason.status).toBe(400);

    const cleaned = await api<Post>(t.url, 'POST', path, {
      token: facilitator,
      body: { body: 'Een collega belde erover.', reason: 'Naam van een collega' },
    });
    expect(cleaned.status).toBe(200);
    expect(cleaned.body).toMatchObject({ body: 'Een collega belde erover.', revision: 2 });
    expect(cleaned.body.personalDataRemoved?.byName).toBe(facilitatorName);

    const seen = await history(`/posts/${reply.id}`, coordinator);
    expect(JSON.stringify(seen.body)).not.toContain('Piet');
    expect(seen.body.versions.map((v) => [v.kind, v.text, v.purged])).toEqual([
      ['created', null, true],
      ['edited', null, true],
      ['personal-data-removed', 'Een collega belde erover.', false],
    ]);
    expect(seen.body.versions[2]).toMatchObject({
      actorName: facilitatorName,
      reason: 'Naam van een collega',
    });
    const stale = await api(t.url, 'PATCH', `/posts/${reply.id}`, {
      token: daan,
      body: { body: 'Mijn versie', revision: 1 },
    });
    expect(codeOf(stale.body)).toBe('STALE_REVISION');
  });
});

describe('writers own their threads', () => {
  it('edits and deletes the opening post; the thread and its replies stay, readers hear of it live', async () => {
    const { thread, reply } = await threadWithReply('Een antwoord dat blijft.');
    const reader = await joinedReader(thread.id);
    const updated = new Promise<ThreadSummary>((resolve) =>
      reader.on('thread:updated', ({ thread: summary }: { thread: ThreadSummary }) => {
        if (summary.revision === 1) resolve(summary);
      }),
    );
    const byOther = await api(t.url, 'PATCH', `/threads/${thread.id}`, {
      token: mila,
      body: { title: 'Overgenomen', revision: 0 },
    });
    expect(byOther.status).toBe(403);
    const edited = await api<Thread>(t.url, 'PATCH', `/threads/${thread.id}`, {
      token: daan,
      body: { title: 'Wie gebruikt de VR-bril bij mensen thuis?', revision: 0 },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      title: 'Wie gebruikt de VR-bril bij mensen thuis?',
      body: 'Ik zoek ervaringen.',
    });
    expect(await updated).toMatchObject({ title: 'Wie gebruikt de VR-bril bij mensen thuis?' });

    expect((await api(t.url, 'DELETE', `/threads/${thread.id}`, { token: mila })).status).toBe(403);
    expect((await api(t.url, 'DELETE', `/threads/${thread.id}`, { token: daan })).status).toBe(204);
    const shown = await api<Thread>(t.url, 'GET', `/threads/${thread.id}`, { token: mila });
    expect(shown.body).toMatchObject({ title: '', body: '', replyCount: 1 });
    expect(shown.body.deletedAt).not.toBeNull();
    expect(shown.body.posts.map((p) => p.id)).toEqual([reply.id]);
    const versions = (await history(`/threads/${thread.id}`, coordinator)).body.versions;
    expect(versions.map((v) => [v.kind, v.title])).toEqual([
      ['created', 'Wie gebruikt de VR-bril thuis?'],
      ['edited', 'Wie gebruikt de VR-bril bij mensen thuis?'],
      ['deleted', null],
    ]);
    expect((await history(`/threads/${thread.id}`, daan)).status).toBe(403);
  });
});

const report = (token: string, title: string) =>
  api<Bottleneck>(t.url, 'POST', '/bottlenecks', {
    token,
    body: { title, description: 'De licenties zijn te duur voor één team.', scope: 'structural' },
  });

describe('reporters own their bottleneck reports', () => {
  it('edits own report, refuses others and stale edits, and keeps the history for coordinators', async () => {
    const created = await report(daan, 'Licenties te duur');
    expect(created.body).toMatchObject({ revision: 0, deletedAt: null, mine: true });
    const { id } = created.body;
    // Only the reporter is told the report is theirs (the page offers them edit and delete).
    expect((await api<Bottleneck>(t.url, 'GET', `/bottlenecks/${id}`, { token: daan })).body.mine).toBe(true);
    expect((await api<Bottleneck>(t.url, 'GET', `/bottlenecks/${id}`, { token: mila })).body.mine).toBe(false);
    expect((await api<Bottleneck>(t.url, 'GET', `/bottlenecks/${id}`, { token: coordinator })).body.mine).toBe(false);
    // A support moves the document, not the text: the reporter's edit of revision 0 still goes through.
    await api(t.url, 'POST', `/bottlenecks/${id}/support`, { token: mila, body: { note: 'Bij ons ook' } });

    const edited = await api<Bottleneck>(t.url, 'PATCH', `/bottlenecks/${id}`, {
      token: daan,
      body: { description: 'De licenties kosten per team te veel.', revision: 0 },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      description: 'De licenties kosten per team te veel.',
      revision: 1,
      mine: true,
    });
    const byOther = await api(t.url, 'PATCH', `/bottlenecks/${id}`, {
      token: mila,
      body: { title: 'Overgenomen', revision: 1 },
    });
    expect(byOther.status).toBe(403);
    expect(codeOf(byOther.body)).toBe('FORBIDDEN');
    const stale = await api(t.url, 'PATCH', `/bottlenecks/${id}`, { token: daan, body: { title: 'Oud', revision: 0 } });
    expect(stale.status).toBe(409);
    expect(codeOf(stale.body)).toBe('STALE_REVISION');

    expect((await history(`/bottlenecks/${id}`, facilitator)).status).toBe(403);
    const seen = await history(`/bottlenecks/${id}`, coordinator);
    expect(seen.body.versions.map((v) => [v.kind, v.text])).toEqual([
      ['created', 'De licenties zijn te duur voor één team.'],
      ['edited', 'De licenties kosten per team te veel.'],
    ]);
  });

  it('deletes own report: it leaves the register, its page says so, others cannot delete it', async () => {
    const { id } = (await report(daan, 'Wifi valt weg bij cliënten thuis')).body;
    expect((await api(t.url, 'DELETE', `/bottlenecks/${id}`, { token: mila })).status).toBe(403);
    expect((await api(t.url, 'DELETE', `/bottlenecks/${id}`, { token: daan })).status).toBe(204);
    const list = await api<BottleneckSummary[]>(t.url, 'GET', '/bottlenecks', { token: mila });
    expect(list.body.map((b) => b.id)).not.toContain(id);
    const shown = await api<Bottleneck>(t.url, 'GET', `/bottlenecks/${id}`, { token: mila });
    expect(shown.body).toMatchObject({ title: '', description: '' });
    expect(shown.body.deletedAt).not.toBeNull();
    const versions = (await history(`/bottlenecks/${id}`, coordinator)).body.versions;
    expect(versions.map((v) => [v.kind, v.title])).toEqual([
      ['created', 'Wifi valt weg bij cliënten thuis'],
      ['deleted', null],
    ]);
  });

  it('lets a coordinator remove personal data from a report and from a "bij ons ook" note', async () => {
    const { id } = (await report(daan, 'Geen laadpunt bij Jan Jansen')).body;
    await api(t.url, 'POST', `/bottlenecks/${id}/support`, {
      token: mila,
      body: { note: 'Bij ons ook, vraag maar aan Karin Bos' },
    });
    const path = `/bottlenecks/${id}/personal-data-removal`;
    expect(
      (await api(t.url, 'POST', path, { token: mila, body: { title: 'Geen laadpunt', reason: 'naam' } })).status,
    ).toBe(403);
    const cleaned = await api<Bottleneck>(t.url, 'POST', path, {
      token: coordinator,
      body: {
        title: 'Geen laadpunt bij een cliënt',
        notes: [{ organisationId: milaOrganisationId, note: 'Bij ons ook' }],
        reason: 'Namen van een cliënt en een collega',
      },
    });
    expect(cleaned.status).toBe(200);
    expect(cleaned.body.title).toBe('Geen laadpunt bij een cliënt');
    expect(cleaned.body.organisations.find((o) => o.organisationId === milaOrganisationId)?.note).toBe('Bij ons ook');
    expect(cleaned.body.personalDataRemoved?.byName).toBe(coordinatorName);
    const seen = await history(`/bottlenecks/${id}`, coordinator);
    expect(JSON.stringify(seen.body)).not.toMatch(/Jan Jansen|Karin Bos/);
    expect(seen.body.versions.at(-1)).toMatchObject({
      kind: 'personal-data-removed',
      reason: 'Namen van een cliënt en een collega',
    });
  });
});

describe('facilitators delete actions', () => {
  it('deletes an action: the owner is told live, and it leaves their list and the meeting', async () => {
    const meeting = await api<Meeting>(t.url, 'POST', '/meetings', {
      token: facilitator,
      body: {
        title: 'Lerend netwerk: acties opruimen',
        startsAt: '2026-12-10T13:00:00+01:00',
        durationMinutes: 60,
        agenda: [{ kind: 'plenary', title: 'Terugblik', minutes: 30 }],
      },
    });
    const action = await api<MeetingAction>(t.url, 'POST', `/meetings/${meeting.body.id}/actions`, {
      token: facilitator,
      body: { text: 'Handleiding VR-bril delen', ownerId: daanId },
    });
    expect(action.status).toBe(201);
    const owner = openLiveSocket(t.url, daan);
    sockets.push(owner);
    await new Promise((resolve) => owner.once('session', resolve));
    const told = new Promise<Notification>((resolve) =>
      owner.on('notification:new', ({ notification }: { notification: Notification }) => resolve(notification)),
    );

    const byOwner = await api(t.url, 'DELETE', `/actions/${action.body.id}`, { token: daan });
    expect(byOwner.status).toBe(403);
    expect(codeOf(byOwner.body)).toBe('FORBIDDEN');
    const removed = await api(t.url, 'DELETE', `/actions/${action.body.id}`, { token: facilitator });
    expect(removed.status).toBe(204);
    expect(await told).toMatchObject({
      kind: 'action-deleted',
      title: 'Handleiding VR-bril delen',
      link: { type: 'meeting', meetingId: meeting.body.id },
    });
    const mine = await api<MeetingAction[]>(t.url, 'GET', '/me/actions', { token: daan });
    expect(mine.body.map((a) => a.id)).not.toContain(action.body.id);
    const shown = await api<Meeting>(t.url, 'GET', `/meetings/${meeting.body.id}`, { token: daan });
    expect(shown.body.actions).toEqual([]);
    const again = await api(t.url, 'DELETE', `/actions/${action.body.id}`, { token: facilitator });
    expect(again.status).toBe(404);
  });
});
