import os from 'node:os';
import path from 'node:path';
import type { Conversation, ConversationDetail } from '@leernetwerk/shared';
import type { Locator, Page } from 'playwright-core';
import { auditPage } from '../support/a11y-audit';
import { api, DEMO_PASSWORD, inviteCodeOf, login } from '../support/api-client';
import { useBrowserJourney } from '../support/browser-journey';

const WAIT = { timeout: 20_000 };
const PHONE = { width: 390, height: 844 };
const DAAN = { email: 'deelnemer@demo.nl', password: DEMO_PASSWORD };
const FACILITATOR = { email: 'aanjager@demo.nl', password: DEMO_PASSWORD };
const DEMO_TITLE = 'Eens of oneens? Sociale technologie in het sociaal werk';
// The example from issue 15: a client's name with birth date and mobile number.
const CLIENT_DATA = 'Mevrouw Jansen, geboren 12-03-1950, 06-12345678';
const BLOCKED =
  'Dit lijkt op gegevens van een cliënt: een naam met een geboortedatum en een 06-nummer. ' +
  'Haal ze weg voordat je opslaat.';
const WORK_NUMBER = 'Vragen over deze stelling? Bel mij op 030-2345678';
const CONFIRM_QUESTION = 'Is dat je eigen werknummer of werkadres?';
const CONFIRM_LABEL = 'Dit is mijn eigen werknummer/werkadres';

const journey = useBrowserJourney();
const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: path.join(os.tmpdir(), `h-statements-${name}.png`), fullPage });
const isFocused = (field: Locator) => field.evaluate((element) => element === document.activeElement);

// Logged in once per person: many logins in a row meet the login rate limit.
const tokens = new Map<string, string>();
async function tokenOf(email: string): Promise<string> {
  const token = tokens.get(email) ?? (await login(journey.server.url, email)).accessToken;
  tokens.set(email, token);
  return token;
}

/** The demo conversation and every statement in it, as the facilitator sees them (pending ones too). */
async function demoStatements(): Promise<{
  id: string;
  texts: string[];
  statements: ConversationDetail['statements'];
}> {
  const accessToken = await tokenOf(FACILITATOR.email);
  const list = await api<Conversation[]>(journey.server.url, 'GET', '/conversations', { token: accessToken });
  const id = list.body.find((conversation) => conversation.title === DEMO_TITLE)?.id ?? '';
  const detail = await api<ConversationDetail>(journey.server.url, 'GET', `/conversations/${id}`, {
    token: accessToken,
  });
  return { id, texts: detail.body.statements.map((statement) => statement.text), statements: detail.body.statements };
}

describe('statement forms in Chromium', () => {
  it('refuses client data at the proposal and the vote reason, stores nothing, and stores a confirmed work number once', async () => {
    // Without console errors: Chromium logs each 422 answer, which here is the point.
    const daan = await journey.open(DAAN);
    const { id } = await demoStatements();
    await daan.goto(`${journey.server.url}/stellingen/${id}`);
    await daan.getByText('Stelling 1 van 4', { exact: true }).waitFor(WAIT);

    // A proposal naming a client is refused at its field; the text stays to be changed.
    const proposal = daan.getByRole('textbox', { name: 'Jouw stelling' });
    await proposal.fill(CLIENT_DATA);
    await daan.getByRole('button', { name: 'Voorstel versturen' }).click();
    const refused = daan.getByRole('alert').filter({ hasText: BLOCKED });
    await refused.waitFor(WAIT);
    expect(await refused.textContent()).toContain('“Jansen, geboren 12-03-1950” en “06-12345678”');
    expect(await proposal.getAttribute('aria-invalid')).toBe('true');
    expect(await proposal.getAttribute('aria-describedby')).toContain((await refused.getAttribute('id')) ?? '-');
    expect(await isFocused(proposal)).toBe(true);
    expect(await proposal.inputValue()).toBe(CLIENT_DATA);
    expect(await daan.getByRole('checkbox', { name: CONFIRM_LABEL }).count()).toBe(0);
    // Said once, at the field: no second, general message above the button.
    expect(await daan.getByRole('alert').count()).toBe(1);
    await shot(daan, 'proposal-refused');
    expect(
      (await auditPage(daan, { page: 'proposal refused', who: 'participant', width: 'desktop' })).findings,
    ).toEqual([]);
    expect((await demoStatements()).texts.filter((text) => text.includes('Jansen'))).toEqual([]);

    // The same for a vote's reason: the vote waits, the reason gets the message and focus.
    const reason = daan.getByRole('textbox', { name: /Waarom\?/ });
    await reason.fill('Zoals bij mevrouw Jansen, geboren 12-03-1950.');
    await daan.getByRole('group', { name: 'Jouw stem' }).getByRole('button', { name: 'Eens', exact: true }).click();
    // The proposal's message is still shown (its text is unchanged): wait for the reason's own one.
    await daan.locator('[name="reason"][aria-invalid="true"]').waitFor(WAIT);
    const describedBy = ((await reason.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
    const reasonRefused = daan
      .getByRole('alert')
      .filter({ hasText: 'Dit lijkt op gegevens van een cliënt' })
      .and(daan.locator(describedBy.map((id) => `[id="${id}"]`).join(', ') || '#none'));
    await reasonRefused.waitFor(WAIT);
    expect(await reasonRefused.textContent()).toContain('“Jansen, geboren 12-03-1950”');
    expect(await isFocused(reason)).toBe(true);
    expect(await daan.getByText('Stelling 1 van 4', { exact: true }).count()).toBe(1);
    expect(await daan.getByText('Je hebt nog niet gestemd op deze stelling.').count()).toBe(1);
    await shot(daan, 'vote-reason-refused');
    // Changing the reason takes its message away.
    await reason.fill('Eerst zien, dan geloven.');
    expect(await reason.getAttribute('aria-invalid')).toBe('false');

    // A landline is likely the writer's own work number: a question, and stored once when confirmed.
    await proposal.fill(WORK_NUMBER);
    expect(await proposal.getAttribute('aria-invalid')).toBe('false');
    await daan.getByRole('button', { name: 'Voorstel versturen' }).click();
    const question = daan.getByRole('alert').filter({ hasText: CONFIRM_QUESTION });
    await question.waitFor(WAIT);
    expect(await question.textContent()).toContain('“030-2345678”');
    expect(await isFocused(proposal)).toBe(true);
    await daan.getByRole('checkbox', { name: CONFIRM_LABEL }).check();
    await shot(daan, 'proposal-confirm');
    // A double click sends once.
    await daan.getByRole('button', { name: 'Voorstel versturen' }).dblclick();
    await daan.getByText('Dank je wel! Je stelling wacht op goedkeuring van de aanjager.').waitFor(WAIT);
    expect(await daan.getByRole('alert').filter({ hasText: CONFIRM_QUESTION }).count()).toBe(0);
    expect(await proposal.inputValue()).toBe('');
    await shot(daan, 'proposal-stored');
    expect((await demoStatements()).texts.filter((text) => text === WORK_NUMBER)).toHaveLength(1);
    expect(journey.errors).toEqual([]);
  }, 120_000);

  it('refuses client data in a reply and in a report reason at their field, and keeps the rest', async () => {
    const daan = await journey.open(DAAN);
    const { id, statements } = await demoStatements();
    const first = statements[0];
    await daan.goto(`${journey.server.url}/stellingen/${id}`);
    await daan.getByText(first?.text ?? '-', { exact: true }).waitFor(WAIT);

    // A reply "against" with client data: refused at the text, and still "against".
    await daan.locator('label', { hasText: /^Tegen$/ }).click();
    const reply = daan.getByRole('textbox', { name: 'Je reactie' });
    await reply.fill(`Denk aan ${CLIENT_DATA}`);
    await daan.getByRole('button', { name: 'Reactie plaatsen' }).click();
    const refused = daan.getByRole('alert').filter({ hasText: BLOCKED });
    await refused.waitFor(WAIT);
    expect(await reply.getAttribute('aria-invalid')).toBe('true');
    expect(await isFocused(reply)).toBe(true);
    expect(await daan.getByRole('radio', { name: 'Tegen' }).isChecked()).toBe(true);
    await shot(daan, 'reply-refused');

    // The work number asks first; confirmed, the reply is stored and waits for the facilitator.
    const replyText = 'Hierover kun je mij bellen op 030-2345678';
    await reply.fill(replyText);
    await daan.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await daan.getByRole('alert').filter({ hasText: CONFIRM_QUESTION }).waitFor(WAIT);
    await daan.getByRole('checkbox', { name: CONFIRM_LABEL }).check();
    await daan.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await daan.getByText('Je reactie wacht op goedkeuring van de aanjager.').waitFor(WAIT);
    const stored = daan.getByRole('listitem').filter({ hasText: replyText });
    await stored.getByText('Wacht op goedkeuring').waitFor(WAIT);
    expect(await stored.getByText('Tegen', { exact: true }).count()).toBe(1);

    // A report's reason is read by facilitators: client data is refused there too, in the dialog.
    await daan.getByRole('button', { name: 'Stelling melden' }).click();
    const dialog = daan.getByRole('dialog', { name: 'Stelling melden' });
    const reason = dialog.getByRole('textbox', { name: /Waarom meld je dit/ });
    await reason.fill(`Gaat over ${CLIENT_DATA}`);
    await dialog.getByRole('button', { name: 'Ja, melden' }).click();
    await dialog.getByRole('alert').filter({ hasText: BLOCKED }).waitFor(WAIT);
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await isFocused(reason)).toBe(true);
    await shot(daan, 'report-refused');
    expect((await demoStatements()).statements[0]?.reports).toBe(0);

    await reason.fill('Dit gaat over één cliënt.');
    await dialog.getByRole('button', { name: 'Ja, melden' }).click();
    await daan.getByText('Bedankt. Je melding is verstuurd.').waitFor(WAIT);
    const reported = (await demoStatements()).statements[0];
    expect([reported?.reports, reported?.reportReasons]).toEqual([1, ['Dit gaat over één cliënt.']]);
    expect(journey.errors).toEqual([]);
  }, 120_000);

  it('shows an invalid field its error with focus, and a refused title keeps the rest of the form', async () => {
    const facilitator = await journey.open(FACILITATOR);
    await facilitator.goto(`${journey.server.url}/stellingen`);
    await facilitator.getByRole('heading', { level: 2, name: 'Nieuwe discussie' }).waitFor(WAIT);
    const title = facilitator.getByRole('textbox', { name: 'Titel' });
    const description = facilitator.getByRole('textbox', { name: 'Uitleg' });
    const create = facilitator.getByRole('button', { name: 'Discussie aanmaken' });

    // No title: the message is at the title, which gets focus; typing takes it away.
    await description.fill('Wat vinden we van beeldbellen met cliënten?');
    await create.click();
    const missing = facilitator.getByRole('alert').filter({ hasText: 'Vul een titel in van 2 tot 200 tekens.' });
    await missing.waitFor(WAIT);
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    expect(await title.getAttribute('aria-describedby')).toContain((await missing.getAttribute('id')) ?? '-');
    expect(await isFocused(title)).toBe(true);
    await shot(facilitator, 'create-title-missing');
    await title.fill('B');
    await missing.waitFor({ state: 'detached', ...WAIT });
    expect(await title.getAttribute('aria-invalid')).toBe('false');

    // A title naming a client is refused by the server at the title; the explanation stays as typed.
    await title.fill(`Gesprek over ${CLIENT_DATA}`);
    await create.click();
    await facilitator.getByRole('alert').filter({ hasText: BLOCKED }).waitFor(WAIT);
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    expect(await isFocused(title)).toBe(true);
    expect(await description.inputValue()).toBe('Wat vinden we van beeldbellen met cliënten?');
    expect(await description.getAttribute('aria-invalid')).toBe('false');
    await shot(facilitator, 'create-title-refused');

    await title.fill('Beeldbellen met cliënten');
    await create.click();
    await facilitator.getByRole('heading', { level: 1, name: 'Beeldbellen met cliënten' }).waitFor(WAIT);

    // A proposal of one letter is refused by the form itself, at the field.
    const proposal = facilitator.getByRole('textbox', { name: 'Jouw stelling' });
    await proposal.fill('x');
    await facilitator.getByRole('button', { name: 'Voorstel versturen' }).click();
    await facilitator.getByRole('alert').filter({ hasText: 'Schrijf minstens 2 tekens.' }).waitFor(WAIT);
    expect(await proposal.getAttribute('aria-invalid')).toBe('true');
    expect(await isFocused(proposal)).toBe(true);
    expect(journey.errors).toEqual([]);
  }, 120_000);

  it('shows opinion groups and the opinion shift on a 390 px phone without sideways scrolling or split words', async () => {
    // A conversation with the demo's long statements, two camps of voters, and a second round.
    const accessToken = await tokenOf(FACILITATOR.email);
    const made = await api<Conversation>(journey.server.url, 'POST', '/conversations', {
      token: accessToken,
      body: { title: 'Uitslag op de telefoon', description: '', moderation: 'strict', allowProposals: true },
    });
    expect(made.status).toBe(201);
    const conversationId = made.body.id;
    const { texts } = await demoStatements();
    const statementTexts = [...texts.slice(0, 4), 'Cliëntenparticipatie hoort bij elke technologiekeuze'];
    for (const text of statementTexts) {
      const proposed = await api(journey.server.url, 'POST', `/conversations/${conversationId}/statements`, {
        token: accessToken,
        body: { text },
      });
      expect(proposed.status).toBe(201);
    }
    const detail = await api<ConversationDetail>(journey.server.url, 'GET', `/conversations/${conversationId}`, {
      token: accessToken,
    });
    const statementIds = detail.body.statements.map((statement) => statement.id);
    expect(statementIds).toHaveLength(5);
    const inviteCode = await inviteCodeOf(journey.server.url, 'Surplus');
    const voters: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      const registered = await api<{ accessToken: string }>(journey.server.url, 'POST', '/auth/register', {
        body: {
          name: `Telefoonstemmer ${i}`,
          email: `telefoon${i}@surplus.nl`,
          password: 'stemmen-op-stellingen',
          inviteCode,
        },
      });
      expect(registered.status).toBe(201);
      voters.push(registered.body.accessToken);
    }
    const vote = async (token: string, statementId: string, value: string, phase: 'before' | 'after') => {
      const voted = await api(journey.server.url, 'PUT', `/statements/${statementId}/vote`, {
        token,
        body: { value, phase },
      });
      expect(voted.status).toBe(200);
    };
    for (const [i, token] of voters.entries())
      for (const [index, id] of statementIds.entries())
        await vote(token, id, index < 3 === i < 4 ? 'agree' : 'disagree', 'before');
    const after = await api(journey.server.url, 'PATCH', `/conversations/${conversationId}`, {
      token: accessToken,
      body: { votingPhase: 'after' },
    });
    expect(after.status).toBe(200);
    for (const [i, token] of voters.entries()) {
      await vote(token, statementIds[0] ?? '', i < 2 ? 'disagree' : 'agree', 'after');
      await vote(token, statementIds[3] ?? '', 'agree', 'after');
    }

    const phone = await journey.open(DAAN, { viewport: PHONE, consoleErrors: true });
    await phone.goto(`${journey.server.url}/stellingen/${conversationId}`);
    await phone.getByRole('tab', { name: 'Resultaten' }).click();
    const groups = phone.getByRole('table', { name: /Meningsgroepen/ });
    const shift = phone.getByRole('table', { name: 'Verandering na het gesprek' });
    await groups.waitFor(WAIT);
    await shift.waitFor(WAIT);
    // On the phone the group's size and the shift's difference sit under the row's name.
    await groups.getByText('4 mensen').first().waitFor(WAIT);
    await shift
      .getByText(/^Verschil [+-]?\d+ procentpunt, \d+ stemmen? veranderd$/)
      .first()
      .waitFor(WAIT);

    const measured = await phone.evaluate(() => {
      const tables = [...document.querySelectorAll('main table')] as HTMLElement[];
      const problems: string[] = [];
      for (const table of tables) {
        const name = table.querySelector('caption')?.textContent ?? table.getAttribute('aria-labelledby') ?? '';
        // The table and every box around it up to the page: none wider than the room it has.
        for (let box: HTMLElement | null = table; box && box.tagName !== 'MAIN'; box = box.parentElement)
          if (box.scrollWidth > box.clientWidth + 1)
            problems.push(`${name}: ${box.tagName} ${box.scrollWidth}>${box.clientWidth}`);
        // A word split over two lines has boxes on more than one line.
        const walker = document.createTreeWalker(table.querySelector('tbody') ?? table, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            if (lines.size > 1) problems.push(`${name}: "${match[0]}" split`);
          }
        }
      }
      return { tables: tables.length, problems, pageWidth: document.documentElement.scrollWidth };
    });
    expect(measured.tables).toBe(3);
    expect(measured.problems).toEqual([]);
    expect(measured.pageWidth).toBeLessThanOrEqual(PHONE.width);
    await shot(phone, 'results-phone');
    expect((await auditPage(phone, { page: 'results', who: 'participant', width: 'phone' })).findings).toEqual([]);
    await groups.scrollIntoViewIfNeeded();
    await shot(phone, 'groups-phone', false);
    await shift.scrollIntoViewIfNeeded();
    await shot(phone, 'shift-phone', false);

    // On a wide screen the same numbers have their own columns again.
    const changedColumn = shift.getByRole('columnheader', { name: 'Veranderde stemmen' });
    expect(await changedColumn.isVisible()).toBe(false);
    await phone.setViewportSize({ width: 1280, height: 900 });
    await changedColumn.waitFor({ state: 'visible', ...WAIT });
    await shift
      .getByText(/^Verschil [+-]?\d+ procentpunt, /)
      .first()
      .waitFor({ state: 'hidden', ...WAIT });
    await groups.getByRole('columnheader', { name: 'Aantal mensen' }).waitFor({ state: 'visible', ...WAIT });
    await shift.scrollIntoViewIfNeeded();
    await shot(phone, 'shift-desktop', false);
    expect(journey.errors).toEqual([]);
  }, 180_000);
});
