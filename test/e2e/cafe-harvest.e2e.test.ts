import {
  cafeDocuments,
  ErrorCode,
  type Cafe,
  type CafeJoinAck,
  type Conversation,
  type ConversationDetail,
  formatNetworkTime,
  networkDay,
  type ErrorBody,
} from '@leernetwerk/shared';
import type { Socket } from 'socket.io-client';
import * as Y from 'yjs';
import { openLiveSocket } from '../support/live-client';
import { api, login } from '../support/api-client';
import { openCollabClient, type CollabClient } from '../support/collab-clients';
import { pdfTextLines } from '../support/pdf-text';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let facilitator: string;
const people: { id: string; token: string }[] = [];
const sockets: Socket[] = [];
const clients: CollabClient[] = [];

beforeAll(async () => {
  t = await startTestApp();
  facilitator = (await login(t.url, 'aanjager@demo.nl')).accessToken;
  for (const email of ['deelnemer@demo.nl', 'mila@demo.nl', 'ambassadeur@demo.nl']) {
    const session = await login(t.url, email);
    people.push({ id: session.user.id, token: session.accessToken });
  }
});

afterAll(async () => {
  for (const client of clients) client.close();
  for (const socket of sockets) socket.close();
  await t.close();
});

const codeOf = (body: unknown): string | undefined => (body as ErrorBody | undefined)?.error?.code;
const control = (cafeId: string, action: string, body?: unknown, token = facilitator) =>
  api<Cafe>(t.url, 'POST', `/cafes/${cafeId}/${action}`, { token, body });

async function download(path: string, token: string) {
  const response = await fetch(`${t.url}/api${path}`, { headers: { authorization: `Bearer ${token}` } });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/** Writes the outline the harvest editor starts with: one part filled in, two left empty. */
async function writeOutline(token: string, docId: string, section: string, finding: string): Promise<void> {
  const client = openCollabClient(t.url, token, docId);
  clients.push(client);
  await client.provider.whenSynced();
  const element = (name: string, text: string, level?: number) => {
    const node = new Y.XmlElement(name);
    if (level) node.setAttribute('level', String(level));
    const content = new Y.XmlText();
    content.insert(0, text);
    node.insert(0, [content]);
    return node;
  };
  const fragment = client.doc.getXmlFragment('default');
  fragment.insert(fragment.length, [
    element('heading', section, 2),
    element('heading', 'Belangrijkste bevindingen', 3),
    element('paragraph', finding),
    element('heading', 'Aanbevelingen', 3),
    element('paragraph', ''),
    element('heading', 'Vervolgacties', 3),
    element('paragraph', ''),
  ]);
  await client.provider.whenSaved();
}

/** Types a paragraph into a shared document the way the editor does, and waits until it is stored. */
async function write(token: string, docId: string, text: string): Promise<void> {
  const client = openCollabClient(t.url, token, docId);
  clients.push(client);
  await client.provider.whenSynced();
  const paragraph = new Y.XmlElement('paragraph');
  const content = new Y.XmlText();
  content.insert(0, text);
  paragraph.insert(0, [content]);
  const fragment = client.doc.getXmlFragment('default');
  fragment.insert(fragment.length, [paragraph]);
  await client.provider.whenSaved();
}

it('takes a café from its tablecloths to a reviewed, published harvest with Markdown and PDF', async () => {
  const conversations = await api<Conversation[]>(t.url, 'GET', '/conversations', { token: facilitator });
  const conversationId = conversations.body[0]?.id ?? '';
  const demo = await api<ConversationDetail>(t.url, 'GET', `/conversations/${conversationId}`, { token: facilitator });
  const statementId = demo.body.statements[1]?.id ?? '';
  const created = await api<Cafe>(t.url, 'POST', '/cafes', {
    token: facilitator,
    body: {
      title: 'Oogstcafé',
      conversationId,
      tables: [{ prompt: { kind: 'statement', statementId } }],
      rounds: 1,
    },
  });
  const cafeId = created.body.id;
  await control(cafeId, 'lobby');
  for (const person of people) {
    const socket = openLiveSocket(t.url, person.token);
    sockets.push(socket);
    expect(((await socket.emitWithAck('cafe:join', cafeId)) as CafeJoinAck).ok).toBe(true);
  }
  expect((await control(cafeId, 'start')).body.seatings[0]?.tables[0]?.members).toHaveLength(3);

  const [first, second] = people;
  const vote = (token: string, value: string, phase: string) =>
    api(t.url, 'PUT', `/statements/${statementId}/vote`, { token, body: { value, phase } });
  await vote(first?.token ?? '', 'disagree', 'before');
  await write(first?.token ?? '', cafeDocuments.tablecloth(cafeId, 0), 'Werkplezier volgt uit techniek die echt helpt');
  await vote(first?.token ?? '', 'agree', 'after');
  await control(cafeId, 'end');

  // The facilitator drafts; participants see nothing of it until it is up for review.
  const statementText = demo.body.statements[1]?.text ?? '';
  await writeOutline(
    facilitator,
    cafeDocuments.harvest(cafeId),
    `Tafel 1: ${statementText}`,
    'Bevinding: begin klein en leer samen',
  );
  const hidden = await download(`/cafes/${cafeId}/harvest/export.md`, second?.token ?? '');
  expect(hidden.status).toBe(403);
  expect(codeOf(JSON.parse(hidden.body.toString()))).toBe(ErrorCode.Forbidden);
  expect(codeOf((await control(cafeId, 'harvest/publish')).body)).toBe(ErrorCode.CafeWrongState);
  // Someone who did not sit in the café sees nothing of an unpublished harvest.
  const coordinator = (await login(t.url, 'coordinator@demo.nl')).accessToken;
  expect((await download(`/cafes/${cafeId}/harvest/export.pdf`, coordinator)).status).toBe(403);

  expect((await control(cafeId, 'harvest/review')).body.harvest.status).toBe('review');
  const reviewed = await control(cafeId, 'harvest/feedback', { verdict: 'approve' }, second?.token);
  expect(reviewed.body.harvest.feedback).toEqual([expect.objectContaining({ userId: second?.id, verdict: 'approve' })]);
  const comment = await control(
    cafeId,
    'harvest/feedback',
    { verdict: 'comment', comment: 'x'.repeat(1001) },
    first?.token,
  );
  expect(codeOf(comment.body)).toBe(ErrorCode.ValidationFailed);
  const published = await control(cafeId, 'harvest/publish');
  expect(published.body.harvest.status).toBe('published');

  const markdown = await download(`/cafes/${cafeId}/harvest/export.md`, second?.token ?? '');
  expect(markdown.status).toBe(200);
  const text = markdown.body.toString();
  expect(text).toContain('# Oogst: Oogstcafé');
  expect(text).toContain('Bevinding: begin klein en leer samen');
  expect(text).toContain('Werkplezier volgt uit techniek die echt helpt');
  expect(text).toContain('- Voor het gesprek: 0 eens, 1 oneens, 0 pas');
  expect(text).toContain('- Na het gesprek: 1 eens, 0 oneens, 0 pas');

  const pdf = await download(`/cafes/${cafeId}/harvest/export.pdf`, second?.token ?? '');
  expect(pdf.status).toBe(200);
  expect(pdf.type).toBe('application/pdf');
  expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.body.subarray(-6).toString()).toContain('%%EOF');
  // The day it was held: when round 1 started, not when it was set up.
  const heldAt = published.body.startedAt ?? '';
  expect(Date.parse(heldAt)).toBeGreaterThanOrEqual(Date.parse(created.body.createdAt));
  expect(created.body.startedAt).toBeNull();
  const day = networkDay(heldAt);
  expect(pdf.disposition).toBe(
    `attachment; filename="oogst-oogstcafe-${day}.pdf"; filename*=UTF-8''Oogst%20-%20Oogstcaf%C3%A9%20${day}.pdf`,
  );
  const lines = pdfTextLines(pdf.body);
  const pdfText = lines.join('\n');
  expect(pdfText).toContain(`Datum: ${formatNetworkTime(heldAt, 'nl-NL', 'dayFull')}`);
  const organisations = [...new Set(published.body.participants.map((p) => p.organisationName))];
  expect(organisations.length).toBeGreaterThan(0);
  for (const name of organisations) expect(lines).toContain(`• ${name}`);
  expect(pdfText).toContain('Voor het gesprek: 0 eens, 1 oneens, 0 pas');
  expect(pdfText).toContain('Na het gesprek: 1 eens, 0 oneens, 0 pas');
  expect(pdfText).toContain('Bevinding: begin klein en leer samen');
  expect(pdfText).toContain('Werkplezier volgt uit techniek die echt helpt');
  // The outline's empty parts are left out, and no heading is written twice.
  expect(lines).not.toContain('Aanbevelingen');
  expect(lines).not.toContain('Vervolgacties');
  expect(lines.filter((line) => line === 'Belangrijkste bevindingen')).toHaveLength(1);
  // A long statement wraps over lines: its heading starts one line, once.
  expect(lines.filter((line) => line.startsWith('Tafel 1: '))).toHaveLength(1);
  expect(
    statementText.startsWith(
      lines
        .find((line) => line.startsWith('Tafel 1: '))
        ?.slice(9)
        .trim() ?? '-',
    ),
  ).toBe(true);

  // Published, the harvest belongs to the whole network: its downloads, document and tablecloths.
  expect((await download(`/cafes/${cafeId}/harvest/export.pdf`, coordinator)).status).toBe(200);
  for (const docId of [cafeDocuments.harvest(cafeId), cafeDocuments.tablecloth(cafeId, 0)]) {
    const reader = openCollabClient(t.url, coordinator, docId);
    clients.push(reader);
    await reader.provider.whenSynced();
    expect(reader.provider.access).toBe('read');
  }
});
