import os from 'node:os';
import path from 'node:path';
import type { Cafe, CafeSummary, CreateCafeRequest, MeetingSummary } from '@leernetwerk/shared';
import type { Page } from 'playwright-core';
import { api, DEMO_PASSWORD, login } from '../support/api-client';
import { useBrowserJourney } from '../support/browser-journey';

const WAIT = { timeout: 20_000 };
const FACILITATOR = { email: 'aanjager@demo.nl', password: DEMO_PASSWORD };
// The example of issue 15: a client's name with a birth date and a mobile number.
const CLIENT_DATA = 'Mevrouw Jansen, geboren 12-03-1950, 06-12345678';
const BLOCKED = 'Dit lijkt op gegevens van een cliënt: een naam met een geboortedatum en een 06-nummer.';
const CONFIRM_QUESTION = 'Is dat je eigen werknummer of werkadres?';
const CONFIRM_LABEL = 'Dit is mijn eigen werknummer/werkadres';

const journey = useBrowserJourney();
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(os.tmpdir(), `h-meetcafe-${name}.png`), fullPage: true });
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('name'));

/** The form to plan a meeting, opened on /bijeenkomsten with a title and a start filled in. */
async function openMeetingForm(page: Page, title: string) {
  await page.goto(`${journey.server.url}/bijeenkomsten`);
  await page.getByRole('button', { name: 'Nieuwe bijeenkomst' }).click();
  const form = page.getByRole('region', { name: 'Nieuwe bijeenkomst' });
  await form.getByRole('textbox', { name: 'Titel', exact: true }).fill(title);
  await form.getByLabel('Datum en begintijd').fill('2026-12-20T14:00');
  return form;
}

async function meetingTitles(token: string): Promise<string[]> {
  const list = await api<MeetingSummary[]>(journey.server.url, 'GET', '/meetings', { token });
  return list.body.map((meeting) => meeting.title);
}

describe('meeting and café forms: the privacy guard and errors at the field', () => {
  it('refuses a meeting with client data in an agenda block at that block, keeps the text and stores nothing', async () => {
    // Without console errors: Chromium logs each 422 answer, which here is the point.
    const page = await journey.open(FACILITATOR);
    const token = (await login(journey.server.url, FACILITATOR.email)).accessToken;
    const title = 'Netwerkdag met casusbespreking';
    const form = await openMeetingForm(page, title);
    await form.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
    const blockTitle = form.getByRole('textbox', { name: 'Titel van het onderdeel' });
    await blockTitle.fill(`Casus van ${CLIENT_DATA}`);
    await form.getByRole('button', { name: 'Bijeenkomst aanmaken' }).click();

    await form.getByText(BLOCKED, { exact: false }).waitFor(WAIT);
    expect(await form.getByText(BLOCKED, { exact: false }).textContent()).toContain('“06-12345678”');
    expect(await blockTitle.getAttribute('aria-invalid')).toBe('true');
    expect(await focusedName(page)).toBe('agenda.0.title');
    // The meeting title is fine, so it carries no error.
    expect(await form.getByRole('textbox', { name: 'Titel', exact: true }).getAttribute('aria-invalid')).not.toBe(
      'true',
    );
    // Client data is not the writer's own: no confirmation is offered.
    expect(await form.getByRole('checkbox', { name: CONFIRM_LABEL }).count()).toBe(0);
    expect(await blockTitle.inputValue()).toBe(`Casus van ${CLIENT_DATA}`);
    await shot(page, 'meeting-refused');
    expect(await meetingTitles(token)).not.toContain(title);

    // Changing the field takes its error away; the meeting is made once the passage is gone.
    await blockTitle.fill('Casus van een cliënt, zonder naam');
    await form.getByText(BLOCKED, { exact: false }).waitFor({ state: 'detached', ...WAIT });
    expect(await blockTitle.getAttribute('aria-invalid')).not.toBe('true');
    await form.getByRole('button', { name: 'Bijeenkomst aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor(WAIT);
    expect((await meetingTitles(token)).filter((stored) => stored === title)).toHaveLength(1);
  }, 120_000);

  it('asks whether a landline in a table question is the writer’s own, and stores the café once when ticked', async () => {
    const page = await journey.open(FACILITATOR);
    const token = (await login(journey.server.url, FACILITATOR.email)).accessToken;
    const title = 'Café met een vraag om te bellen';
    const question = 'Wie wil meedenken over de pilot? Bel 030-2345678';
    await page.goto(`${journey.server.url}/wereldcafe`);
    await page.getByRole('heading', { level: 2, name: 'Nieuw wereldcafé' }).waitFor(WAIT);
    await page.getByRole('textbox', { name: 'Titel', exact: true }).fill(title);
    const firstQuestion = page.getByRole('textbox', { name: 'Vraag voor tafel 1' });
    await firstQuestion.fill(question);
    await page.getByRole('textbox', { name: 'Vraag voor tafel 2' }).fill('Wat houdt jullie tegen?');
    await page.getByRole('button', { name: 'Wereldcafé aanmaken' }).click();

    await page.getByText(CONFIRM_QUESTION, { exact: false }).waitFor(WAIT);
    expect(await page.getByText(CONFIRM_QUESTION, { exact: false }).textContent()).toContain('“030-2345678”');
    expect(await firstQuestion.getAttribute('aria-invalid')).toBe('true');
    expect(await focusedName(page)).toBe('tables.0');
    expect(await firstQuestion.inputValue()).toBe(question);
    const cafes = async () =>
      (await api<CafeSummary[]>(journey.server.url, 'GET', '/cafes', { token })).body.filter((c) => c.title === title);
    expect(await cafes()).toHaveLength(0);

    await page.getByRole('checkbox', { name: CONFIRM_LABEL }).check();
    await shot(page, 'cafe-confirm');
    await page.getByRole('button', { name: 'Wereldcafé aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor(WAIT);
    const stored = await cafes();
    expect(stored).toHaveLength(1);
    const cafe = await api<Cafe>(journey.server.url, 'GET', `/cafes/${stored[0]?.id ?? ''}`, { token });
    expect(cafe.body.tables[0]?.promptText).toBe(question);
  }, 120_000);

  it('refuses a meeting duration out of range with the range at the field, keeping the number', async () => {
    const page = await journey.open(FACILITATOR, { consoleErrors: true });
    const form = await openMeetingForm(page, 'Een hele lange dag');
    const duration = form.getByRole('textbox', { name: 'Duur in minuten' });
    await duration.fill('800');
    await form.getByRole('button', { name: 'Bijeenkomst aanmaken' }).click();

    await form.getByText('Kies een heel getal van 15 tot en met 720.').waitFor(WAIT);
    expect(await duration.inputValue()).toBe('800');
    expect(await duration.getAttribute('aria-invalid')).toBe('true');
    expect(await focusedName(page)).toBe('durationMinutes');
    await shot(page, 'meeting-duration-range');

    await duration.fill('480');
    await form.getByText('Kies een heel getal van 15 tot en met 720.').waitFor({ state: 'detached', ...WAIT });
    expect(journey.errors).toEqual([]);
  }, 120_000);

  it('refuses a broadcast with client data at the field and sends nothing', async () => {
    const token = (await login(journey.server.url, FACILITATOR.email)).accessToken;
    const setup: CreateCafeRequest = {
      title: 'Café voor een bericht aan alle tafels',
      tables: [
        { prompt: { kind: 'question', text: 'Wat werkt?' } },
        { prompt: { kind: 'question', text: 'Wat niet?' } },
      ],
    };
    const created = await api<Cafe>(journey.server.url, 'POST', '/cafes', { token, body: setup });
    expect(created.status).toBe(201);
    const page = await journey.open(FACILITATOR);
    await page.goto(`${journey.server.url}/wereldcafe/${created.body.id}`);
    await page
      .getByRole('group', { name: 'Het café besturen' })
      .getByRole('button', { name: 'Wachtruimte openen', exact: true })
      .click();

    const text = page.getByRole('textbox', { name: 'Je bericht' });
    await text.fill(`Denk aan ${CLIENT_DATA}`);
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByText(BLOCKED, { exact: false }).waitFor(WAIT);
    expect(await text.getAttribute('aria-invalid')).toBe('true');
    expect(await focusedName(page)).toBe('text');
    expect(await text.inputValue()).toBe(`Denk aan ${CLIENT_DATA}`);
    // Not sent: no "sent" above the error, and no message popped up.
    expect(await page.getByText('Je bericht is verstuurd.').count()).toBe(0);
    expect(await page.getByText('Bericht van de aanjager').count()).toBe(0);
    await shot(page, 'broadcast-refused');

    // The corrected message goes out, and only then "sent" shows.
    await text.fill('Nog vijf minuten, rond je gesprek af.');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByText('Je bericht is verstuurd.').waitFor(WAIT);
    expect(await page.getByText(BLOCKED, { exact: false }).count()).toBe(0);
  }, 120_000);
});
