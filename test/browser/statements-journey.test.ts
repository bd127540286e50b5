import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { api, DEMO_PASSWORD, inviteCodeOf, login } from '../support/api-client';
import { useBrowserJourney } from '../support/browser-journey';

const WAIT = { timeout: 20_000 };
const PARTICIPANT = { email: 'deelnemer@demo.nl', password: DEMO_PASSWORD };
const FACILITATOR = { email: 'aanjager@demo.nl', password: DEMO_PASSWORD };
const MOBILE = { width: 390, height: 844 };
const CONVERSATION_TITLE = 'Eens of oneens? Sociale technologie in het sociaal werk';
const STATEMENTS = [
  'Om te slagen moet je eerst een jaar lang tijd en geld krijgen om te kunnen pionieren',
  'Vanwege de huidige arbeidsmarkt moet werkplezier altijd voorop staan bij de invoering van sociale technologie',
  'Sociaal Werk werkt! moet een overkoepelende visie op sociale technologie in het sociaal werk ontwikkelen',
  'Als we een methodiek als het sociale technologiekompas omarmen, kunnen we samen leren en samen stappen omhoog zetten',
] as const;

const journey = useBrowserJourney();

const progress = (page: Page, n: number) => page.getByText(`Stelling ${n} van 4`, { exact: true });
const voteButton = (page: Page, name: 'Eens' | 'Oneens' | 'Pas') =>
  page.getByRole('group', { name: 'Jouw stem' }).getByRole('button', { name, exact: true });

/** The cells after the statement in the results table's row for one statement. */
async function tallyCells(page: Page, statement: string): Promise<string[]> {
  const row = page
    .getByRole('table', { name: /Aantal stemmen per stelling/ })
    .getByRole('row')
    .filter({ hasText: statement });
  return (await row.getByRole('cell').allTextContents()).map((text) => text.trim());
}

async function waitForCells(page: Page, statement: string, expected: string[]): Promise<void> {
  let cells: string[] = [];
  for (let i = 0; i < 100; i += 1) {
    cells = await tallyCells(page, statement);
    if (JSON.stringify(cells) === JSON.stringify(expected)) return;
    await page.waitForTimeout(200);
  }
  expect([statement, cells]).toEqual([statement, expected]);
}

describe('statement discussions in Chromium', () => {
  it('lets a participant vote with the keyboard and buttons, change a vote, and read the results', async () => {
    const page = await journey.open(PARTICIPANT);
    // The area is available now: its card on the home page no longer says otherwise.
    const card = page.getByRole('main').getByRole('link', { name: /^Stellingen/ });
    expect(await card.textContent()).not.toContain('Nog niet beschikbaar');
    await card.click();
    await page.getByRole('heading', { level: 1, name: 'Stellingen' }).waitFor(WAIT);
    // Participants do not get the form to start a discussion.
    expect(await page.getByRole('heading', { name: 'Nieuwe discussie' }).count()).toBe(0);
    await page.getByRole('link', { name: CONVERSATION_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: CONVERSATION_TITLE }).waitFor(WAIT);
    await progress(page, 1).waitFor(WAIT);
    await page.getByText(STATEMENTS[0], { exact: true }).waitFor(WAIT);
    await page.getByRole('status').filter({ hasText: 'Verbonden' }).first().waitFor(WAIT);
    await page.getByText('Nog geen stemmen.').waitFor(WAIT);

    // Someone else votes: the tally on screen follows without a reload.
    const conversations = await api<{ id: string; title: string }[]>(journey.server.url, 'GET', '/conversations', {
      token: (await login(journey.server.url, 'mila@demo.nl')).accessToken,
    });
    const conversationId = conversations.body.find((c) => c.title === CONVERSATION_TITLE)?.id ?? '';
    const mila = await login(journey.server.url, 'mila@demo.nl');
    const detail = await api<{ statements: { id: string; text: string }[] }>(
      journey.server.url,
      'GET',
      `/conversations/${conversationId}`,
      { token: mila.accessToken },
    );
    const firstId = detail.body.statements.find((s) => s.text === STATEMENTS[0])?.id ?? '';
    const milaVote = await api(journey.server.url, 'PUT', `/statements/${firstId}/vote`, {
      token: mila.accessToken,
      body: { value: 'agree', phase: 'before' },
    });
    expect(milaVote.status).toBe(200);
    await page.getByText(/^1 eens \(100%\), 0 oneens \(0%\), 0 pas \(0%\)/).waitFor(WAIT);
    await page.screenshot({ path: path.join(os.tmpdir(), 'lst-statements-voting-desktop.png'), fullPage: true });

    // 1 = eens. Focus moves to the next statement's text.
    await page.keyboard.press('1');
    await progress(page, 2).waitFor(WAIT);
    await page.getByText(STATEMENTS[1], { exact: true }).waitFor(WAIT);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(STATEMENTS[1]);

    // Typing a shortcut key in the reason field types, it does not vote.
    const reason = page.getByRole('textbox', { name: /Waarom\?/ });
    await reason.fill('1');
    await reason.press('2');
    expect(await reason.inputValue()).toBe('12');
    await reason.fill('');
    await page.getByText(STATEMENTS[1], { exact: true }).click();

    // O = oneens.
    await page.keyboard.press('o');
    await progress(page, 3).waitFor(WAIT);

    // A button, with a reason.
    await page.getByRole('textbox', { name: /Waarom\?/ }).fill('Eerst zien, dan geloven.');
    await voteButton(page, 'Pas').click();
    await progress(page, 4).waitFor(WAIT);

    await page.keyboard.press('e');
    await page.getByText('Je hebt op alle stellingen gestemd').waitFor(WAIT);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      'Je hebt op alle stellingen gestemd',
    );

    // Change the vote on the second statement from oneens to eens.
    await page.getByRole('button', { name: 'Terug naar de stellingen' }).click();
    await progress(page, 1).waitFor(WAIT);
    expect(await voteButton(page, 'Eens').getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Volgende stelling' }).click();
    await progress(page, 2).waitFor(WAIT);
    expect(await voteButton(page, 'Oneens').getAttribute('aria-pressed')).toBe('true');
    await voteButton(page, 'Eens').click();
    await progress(page, 3).waitFor(WAIT);
    expect(await page.getByRole('textbox', { name: /Waarom\?/ }).inputValue()).toBe('Eerst zien, dan geloven.');
    await page.getByRole('button', { name: 'Vorige stelling' }).click();
    await progress(page, 2).waitFor(WAIT);
    expect(await voteButton(page, 'Eens').getAttribute('aria-pressed')).toBe('true');
    expect(await voteButton(page, 'Oneens').getAttribute('aria-pressed')).toBe('false');
    await page.getByText('Jouw stem: Eens').waitFor(WAIT);

    // The results, read from the table rather than the chart.
    await page.getByRole('tab', { name: 'Resultaten' }).click();
    await page.getByRole('table', { name: /Aantal stemmen per stelling/ }).waitFor(WAIT);
    await waitForCells(page, STATEMENTS[0], ['2 (100%)', '0 (0%)', '0 (0%)', '2']);
    await waitForCells(page, STATEMENTS[1], ['1 (100%)', '0 (0%)', '0 (0%)', '1']);
    await waitForCells(page, STATEMENTS[2], ['0 (0%)', '0 (0%)', '1 (100%)', '1']);
    await waitForCells(page, STATEMENTS[3], ['1 (100%)', '0 (0%)', '0 (0%)', '1']);
    await page.getByText('2 mensen hebben gestemd.').waitFor(WAIT);
    // Two voters are far too few for opinion groups; the page says why instead of drawing them.
    await page.getByText('Nog geen meningsgroepen').waitFor(WAIT);
    await page.screenshot({ path: path.join(os.tmpdir(), 'lst-statements-results-desktop.png'), fullPage: true });

    // The server restarts; the page reconnects by itself, joins the room again and catches up.
    await journey.stopServer();
    await page.getByRole('status').filter({ hasText: 'Opnieuw verbinden' }).first().waitFor(WAIT);
    await journey.startServerAgain();
    const fourthId = detail.body.statements.find((s) => s.text === STATEMENTS[3])?.id ?? '';
    const again = await login(journey.server.url, 'mila@demo.nl');
    const lateVote = await api(journey.server.url, 'PUT', `/statements/${fourthId}/vote`, {
      token: again.accessToken,
      body: { value: 'disagree', phase: 'before' },
    });
    expect(lateVote.status).toBe(200);
    await page.getByRole('status').filter({ hasText: 'Verbonden' }).first().waitFor(WAIT);
    await waitForCells(page, STATEMENTS[3], ['1 (50%)', '1 (50%)', '0 (0%)', '2']);

    // The same pages on a phone.
    const phone = await journey.open(PARTICIPANT, { viewport: MOBILE });
    await phone.goto(`${journey.server.url}/stellingen/${conversationId}`);
    await phone.getByText('Je hebt op alle stellingen gestemd').waitFor(WAIT);
    await phone.getByRole('button', { name: 'Terug naar de stellingen' }).click();
    await progress(phone, 1).waitFor(WAIT);
    await phone.screenshot({ path: path.join(os.tmpdir(), 'lst-statements-voting-mobile.png'), fullPage: true });
    await phone.getByRole('tab', { name: 'Resultaten' }).click();
    await phone.getByRole('table', { name: /Aantal stemmen per stelling/ }).waitFor(WAIT);
    await phone.screenshot({ path: path.join(os.tmpdir(), 'lst-statements-results-mobile.png'), fullPage: true });

    expect(journey.errors).toEqual([]);
  }, 120_000);

  it('lets a facilitator start a discussion, approve a proposal and steer it live, and shows opinion groups', async () => {
    const facilitator = await journey.open(FACILITATOR);
    await facilitator.goto(`${journey.server.url}/stellingen`);
    await facilitator.getByRole('heading', { level: 2, name: 'Nieuwe discussie' }).waitFor(WAIT);
    await facilitator.getByRole('textbox', { name: 'Titel' }).fill('Proefgesprek over domotica');
    await facilitator.getByRole('textbox', { name: 'Uitleg' }).fill('Wat vinden we van slimme sensoren thuis?');
    await facilitator.getByRole('button', { name: 'Discussie aanmaken' }).click();
    await facilitator.getByRole('heading', { level: 1, name: 'Proefgesprek over domotica' }).waitFor(WAIT);
    const conversationId = facilitator.url().split('/').pop() ?? '';

    const participant = await journey.open(PARTICIPANT);
    await participant.goto(`${journey.server.url}/stellingen/${conversationId}`);
    await participant.getByText('Er staan nog geen stellingen in dit gesprek.').waitFor(WAIT);
    expect(await participant.getByRole('tab', { name: 'Moderatie' }).count()).toBe(0);
    await participant.getByRole('status').filter({ hasText: 'Verbonden' }).first().waitFor(WAIT);

    // A participant's proposal waits for approval in strict moderation.
    const proposal = 'Sensoren in huis geven cliënten meer vrijheid';
    await participant.getByRole('textbox', { name: 'Jouw stelling' }).fill(proposal);
    await participant.getByRole('button', { name: 'Voorstel versturen' }).click();
    await participant.getByText('Je stelling wacht op goedkeuring van de aanjager.').waitFor(WAIT);
    await participant.getByText('Wacht op goedkeuring').first().waitFor(WAIT);

    // The facilitator is told live that something waits, publishes it, and the participant gets it without reloading.
    await facilitator.getByRole('tab', { name: 'Moderatie' }).click();
    await facilitator.getByRole('heading', { name: 'Te beoordelen (1)' }).waitFor(WAIT);
    await facilitator.getByRole('button', { name: `Stelling publiceren: ${proposal}` }).click();
    await facilitator.getByText('Er wacht niets op een beslissing.').waitFor(WAIT);
    await participant.getByText('Stelling 1 van 1', { exact: true }).waitFor(WAIT);
    await participant.getByText(proposal, { exact: true }).first().waitFor(WAIT);

    // A reply against it also waits for approval, then appears live once published.
    const replyText = 'Niet iedereen wil een sensor in de slaapkamer.';
    await participant.locator('label', { hasText: /^Tegen$/ }).click();
    expect(await participant.getByRole('radio', { name: 'Tegen' }).isChecked()).toBe(true);
    await participant.getByRole('textbox', { name: 'Je reactie' }).fill(replyText);
    await participant.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await participant.getByText('Je reactie wacht op goedkeuring van de aanjager.').waitFor(WAIT);
    const ownReply = participant.getByRole('listitem').filter({ hasText: replyText });
    await ownReply.getByText('Wacht op goedkeuring').waitFor(WAIT);
    expect(await ownReply.getByText('Tegen', { exact: true }).count()).toBe(1);
    await facilitator.getByText(`Reactie op: ${proposal}`).waitFor(WAIT);
    await facilitator.screenshot({
      path: path.join(os.tmpdir(), 'lst-statements-moderation-desktop.png'),
      fullPage: true,
    });
    await facilitator.getByRole('button', { name: `Reactie publiceren: ${replyText}` }).click();
    await ownReply.getByText('Wacht op goedkeuring').waitFor({ state: 'detached', ...WAIT });

    // Mila reports the statement with a reason; the facilitator sees the report and the reason.
    const mila = await journey.open({ email: 'mila@demo.nl', password: DEMO_PASSWORD });
    await mila.goto(`${journey.server.url}/stellingen/${conversationId}`);
    await mila.getByText(proposal, { exact: true }).first().waitFor(WAIT);
    await mila.getByRole('button', { name: 'Stelling melden' }).click();
    const dialog = mila.getByRole('dialog', { name: 'Stelling melden' });
    await dialog.getByText('Een aanjager kijkt ernaar.', { exact: false }).waitFor(WAIT);
    await dialog.getByRole('textbox', { name: /Waarom meld je dit/ }).fill('Dit is te stellig.');
    await dialog.getByRole('button', { name: 'Ja, melden' }).click();
    await mila.getByText('Bedankt. Je melding is verstuurd.').waitFor(WAIT);
    await facilitator.getByText('1 melding', { exact: true }).waitFor(WAIT);
    await facilitator.getByText('Dit is te stellig.').waitFor(WAIT);
    await facilitator.getByRole('button', { name: `Stelling publiceren: ${proposal}` }).click();
    await facilitator.getByText('Er wacht niets op een beslissing.').waitFor(WAIT);
    // Asking the server again changes nothing: the decision stands.
    await facilitator.getByRole('button', { name: 'Nu vernieuwen' }).click();
    await facilitator.getByText('Er wacht niets op een beslissing.').waitFor(WAIT);

    // Five more statements from the facilitator, and eight colleagues voting in two camps: enough for groups.
    const { accessToken } = await login(journey.server.url, FACILITATOR.email);
    const texts = [
      'Domotica bespaart zorgtijd',
      'Cliënten moeten zelf kiezen',
      'Privacy gaat voor gemak',
      'Sensoren horen in elk huis',
      'Teams hebben eerst scholing nodig',
    ];
    for (const text of texts) {
      const made = await api(journey.server.url, 'POST', `/conversations/${conversationId}/statements`, {
        token: accessToken,
        body: { text },
      });
      expect(made.status).toBe(201);
    }
    const detail = await api<{ statements: { id: string }[] }>(
      journey.server.url,
      'GET',
      `/conversations/${conversationId}`,
      {
        token: accessToken,
      },
    );
    const statementIds = detail.body.statements.map((statement) => statement.id);
    expect(statementIds).toHaveLength(6);
    const inviteCode = await inviteCodeOf(journey.server.url, 'Surplus');
    for (let i = 0; i < 8; i += 1) {
      const email = `stemmer${i}@surplus.nl`;
      const registered = await api<{ accessToken: string }>(journey.server.url, 'POST', '/auth/register', {
        body: { name: `Stemmer ${i}`, email, password: 'stemmen-op-stellingen', inviteCode },
      });
      expect(registered.status).toBe(201);
      for (const [index, id] of statementIds.entries()) {
        const agrees = index < 3 === i < 4;
        const voted = await api(journey.server.url, 'PUT', `/statements/${id}/vote`, {
          token: registered.body.accessToken,
          body: { value: agrees ? 'agree' : 'disagree', phase: 'before' },
        });
        expect(voted.status).toBe(200);
      }
    }

    await facilitator.getByRole('tab', { name: 'Resultaten' }).click();
    await facilitator.getByRole('img', { name: /Grafiek met 8 deelnemers in 2 meningsgroepen/ }).waitFor(WAIT);
    const groups = facilitator.getByRole('table', { name: /Meningsgroepen/ });
    const rows = await groups
      .getByRole('row')
      .filter({ hasText: /^Groep [AB]/ })
      .allTextContents();
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toMatch(/^Groep [AB]4/);
    // Both downloads are fetched with the access token and saved as files.
    const [csvFile] = await Promise.all([
      facilitator.waitForEvent('download'),
      facilitator.getByRole('button', { name: 'CSV (gepseudonimiseerd)' }).click(),
    ]);
    expect(csvFile.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await fs.readFile(await csvFile.path(), 'utf8');
    expect(csv.trim().split('\n').length).toBeGreaterThan(48);
    expect(csv).not.toContain('@surplus.nl');
    const [summaryFile] = await Promise.all([
      facilitator.waitForEvent('download'),
      facilitator.getByRole('button', { name: 'Samenvatting (Markdown)' }).click(),
    ]);
    expect(summaryFile.suggestedFilename()).toMatch(/\.md$/);
    expect(await fs.readFile(await summaryFile.path(), 'utf8')).toContain('Proefgesprek over domotica');
    await facilitator.screenshot({ path: path.join(os.tmpdir(), 'lst-statements-groups-desktop.png'), fullPage: true });

    // The second round and closing reach the participant live.
    await facilitator.getByRole('tab', { name: 'Moderatie' }).click();
    await facilitator.getByText('Na het gesprek', { exact: true }).click();
    await participant.getByText('Stem nog een keer, na het gesprek').first().waitFor(WAIT);
    await facilitator.getByRole('button', { name: 'Gesprek sluiten' }).click();
    await participant.getByText('Dit gesprek is gesloten').waitFor(WAIT);
    await participant.getByRole('group', { name: 'Jouw stem' }).waitFor({ state: 'detached', ...WAIT });

    expect(journey.errors).toEqual([]);
  }, 180_000);
});
