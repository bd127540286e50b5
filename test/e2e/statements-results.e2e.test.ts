import type { Conversation, ConversationResults, Statement } from '@leernetwerk/shared';
import { readExcelCsv } from '@leernetwerk/server/common/excel-csv';
import { api, login } from '../support/api-client';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let facilitator: string;
let coordinator: string;
let participant: string;
let participantB: string;
let participantId: string;

beforeAll(async () => {
  t = await startTestApp();
  facilitator = (await login(t.url, 'aanjager@demo.nl')).accessToken;
  coordinator = (await login(t.url, 'coordinator@demo.nl')).accessToken;
  const deelnemer = await login(t.url, 'deelnemer@demo.nl');
  participant = deelnemer.accessToken;
  participantId = deelnemer.user.id;
  participantB = (await login(t.url, 'mila@demo.nl')).accessToken;
});

afterAll(async () => {
  await t.close();
});

async function download(
  path: string,
  token: string,
): Promise<{ status: number; type: string | null; disposition: string | null; text: string }> {
  const response = await fetch(`${t.url}/api${path}`, { headers: { authorization: `Bearer ${token}` } });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    // Keeps a byte-order mark: fetch's text() would drop it, and Excel needs it.
    text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer()),
  };
}

/** A conversation with two statements voted on by two participants; the second statement hidden. */
async function votedConversation(): Promise<{ id: string; shown: string; hidden: string }> {
  const created = await api<Conversation>(t.url, 'POST', '/conversations', {
    token: facilitator,
    body: { title: `Resultaten ${Date.now()}` },
  });
  const ids: string[] = [];
  for (const text of ['Een zichtbare stelling', 'Een stelling die verborgen wordt']) {
    const statement = await api<Statement>(t.url, 'POST', `/conversations/${created.body.id}/statements`, {
      token: facilitator,
      body: { text },
    });
    ids.push(statement.body.id);
  }
  const [shown = '', hidden = ''] = ids;
  for (const statementId of ids) {
    await api(t.url, 'PUT', `/statements/${statementId}/vote`, {
      token: participant,
      body: { value: 'agree', reason: 'Omdat het werkt' },
    });
    await api(t.url, 'PUT', `/statements/${statementId}/vote`, { token: participantB, body: { value: 'disagree' } });
  }
  await api(t.url, 'POST', `/statements/${hidden}/moderation`, { token: facilitator, body: { action: 'hide' } });
  return { id: created.body.id, shown, hidden };
}

describe('results and exports', () => {
  it('serves results without hidden statements and without user ids', async () => {
    const { id, shown } = await votedConversation();
    const results = await api<ConversationResults>(t.url, 'GET', `/conversations/${id}/results`, {
      token: participant,
    });
    expect(results.status).toBe(200);
    expect(results.body.tallies).toEqual([{ statementId: shown, agree: 1, disagree: 1, pass: 0, total: 2 }]);
    expect(JSON.stringify(results.body)).not.toContain(participantId);
    expect(results.body.projection.every((p) => /^deelnemer-\d+$/.test(p.participantId))).toBe(true);
  });

  it('exports the votes as a CSV for a Dutch Excel to facilitators and coordinators, pseudonymised', async () => {
    const { id } = await votedConversation();
    for (const token of [facilitator, coordinator]) {
      const csv = await download(`/conversations/${id}/export.csv`, token);
      expect(csv.status).toBe(200);
      expect(csv.type).toMatch(/^text\/csv/);
      expect(csv.text.startsWith('\uFEFFDeelnemer;')).toBe(true);
      expect(csv.text.endsWith('\r\n')).toBe(true);
      expect(readExcelCsv(csv.text)).toEqual([
        ['Deelnemer', 'Stelling nr.', 'Stelling', 'Moment', 'Stem', 'Reden'],
        [
          expect.stringMatching(/^Deelnemer \d$/),
          '1',
          'Een zichtbare stelling',
          'Voor het gesprek',
          'Eens',
          'Omdat het werkt',
        ],
        [expect.stringMatching(/^Deelnemer \d$/), '1', 'Een zichtbare stelling', 'Voor het gesprek', 'Oneens', ''],
      ]);
      expect(csv.text).not.toContain(participantId);
      expect(csv.text).not.toMatch(/[0-9a-f]{24}/);
      // Named after the discussion and its day, in ASCII and in full.
      expect(csv.disposition).toMatch(
        /^attachment; filename="stemmen-resultaten-\d+-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''Stemmen%20-%20Resultaten%20\d+%20\d{4}-\d{2}-\d{2}\.csv$/,
      );
    }
  });

  it('refuses the CSV to participants', async () => {
    const { id } = await votedConversation();
    const refused = await download(`/conversations/${id}/export.csv`, participant);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.text)).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('gives every member a Markdown summary of the visible results', async () => {
    const { id } = await votedConversation();
    const summary = await download(`/conversations/${id}/summary.md`, participant);
    expect(summary.status).toBe(200);
    expect(summary.type).toMatch(/^text\/markdown/);
    expect(summary.text).toContain('| Een zichtbare stelling | 1 | 1 | 0 | 50% |');
    expect(summary.text).not.toContain('verborgen');
    expect(summary.disposition).toMatch(/filename="samenvatting-resultaten-\d+-\d{4}-\d{2}-\d{2}\.md"/);
  });

  it('answers an unknown conversation with NOT_FOUND for results and exports', async () => {
    for (const path of ['results', 'export.csv', 'summary.md']) {
      const missing = await download(`/conversations/0123456789abcdef01234567/${path}`, facilitator);
      expect(missing.status).toBe(404);
      expect(JSON.parse(missing.text)).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
  });
});
