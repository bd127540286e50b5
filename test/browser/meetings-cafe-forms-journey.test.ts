import os from 'node:os';
import path from 'node:path';
import type { Cafe, CafeJoinAck, CafeSummary, CreateCafeRequest, MeetingSummary } from '@leernetwerk/shared';
import type { Page } from 'playwright-core';
import { api, DEMO_PASSWORD, login } from '../support/api-client';
import { useBrowserJourney } from '../support/browser-journey';
import { openLiveSocket } from '../support/live-client';

const WAIT = { timeout: 20_000 };
const FACILITATOR = { email: 'aanjager@demo.nl', password: DEMO_PASSWORD };
const DAAN = { email: 'deelnemer@demo.nl', password: DEMO_PASSWORD };
// The example of issue 15: a client's name with a birth date and a mobile number.
const CLIENT_DATA = 'Mevrouw Jansen, geboren 12-03-1950, 06-12345678';
const BLOCKED = 'Dit lijkt op gegevens van een cliënt: een naam met een geboortedatum en een 06-nummer.';
const CONFIRM_QUESTION = 'Is dat je eigen werknummer of werkadres?';
const CONFIRM_LABEL = 'Dit is mijn eigen werknummer/werkadres';

const journey = useBrowserJourney();
const sockets: ReturnType<typeof openLiveSocket>[] = [];
afterAll(() => sockets.forEach((socket) => socket.close()));
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

/** A café with Daan and Mila at its tables, brought to the harvest's review; returns its id. */
async function cafeInReview(token: string): Promise<string> {
  const url = journey.server.url;
  const setup: CreateCafeRequest = {
    title: 'Café waarvan de oogst klaar is voor review',
    tables: [{ prompt: { kind: 'question', text: 'Wat werkt?' } }, { prompt: { kind: 'question', text: 'Wat niet?' } }],
  };
  const id = (await api<Cafe>(url, 'POST', '/cafes', { token, body: setup })).body.id;
  const step = async (action: string) => {
    const result = await api<Cafe>(url, 'POST', `/cafes/${id}/${action}`, { token, body: {} });
    if (result.status !== 200) throw new Error(`${action}: ${result.status} ${JSON.stringify(result.body)}`);
  };
  await step('lobby');
  for (const email of [DAAN.email, 'mila@demo.nl']) {
    const socket = openLiveSocket(url, (await login(url, email)).accessToken);
    const ack = (await socket.emitWithAck('cafe:join', id)) as CafeJoinAck;
    if (!ack.ok) throw new Error(`joining: ${JSON.stringify(ack)}`);
    sockets.push(socket);
  }
  await step('start');
  await step('end');
  await step('harvest/review');
  return id;
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

  it('refuses a harvest comment with client data at the field, keeping it, and stores a confirmed work number', async () => {
    const url = journey.server.url;
    const token = (await login(url, FACILITATOR.email)).accessToken;
    const id = await cafeInReview(token);
    const page = await journey.open(DAAN);
    await page.goto(`${url}/wereldcafe/${id}`);
    const review = page.getByRole('region', { name: 'Klopt de oogst?' });
    await review.getByRole('radio', { name: 'Ik heb commentaar' }).check();
    const comment = review.getByRole('textbox', { name: 'Je commentaar' });

    // "Commentaar" without a comment is asked for at the field.
    await review.getByRole('button', { name: 'Versturen' }).click();
    await review.getByText('Schrijf je commentaar, of kies Akkoord.').waitFor(WAIT);
    expect(await focusedName(page)).toBe('comment');

    await comment.fill(`Tafel 2 sprak over ${CLIENT_DATA}`);
    await review.getByText('Schrijf je commentaar, of kies Akkoord.').waitFor({ state: 'detached', ...WAIT });
    await review.getByRole('button', { name: 'Versturen' }).click();
    await review.getByText(BLOCKED, { exact: false }).waitFor(WAIT);
    expect(await comment.getAttribute('aria-invalid')).toBe('true');
    expect(await comment.inputValue()).toBe(`Tafel 2 sprak over ${CLIENT_DATA}`);
    expect(await review.getByText('Bedankt, je reactie is opgeslagen.').count()).toBe(0);
    await shot(page, 'harvest-comment-refused');
    const stored = async () => (await api<Cafe>(url, 'GET', `/cafes/${id}`, { token })).body.harvest.feedback;
    expect(await stored()).toEqual([]);

    await comment.fill('Bel me over tafel 2: 030-2345678');
    await review.getByRole('button', { name: 'Versturen' }).click();
    await review.getByText(CONFIRM_QUESTION, { exact: false }).waitFor(WAIT);
    await review.getByRole('checkbox', { name: CONFIRM_LABEL }).check();
    await review.getByRole('button', { name: 'Versturen' }).click();
    await review.getByText('Bedankt, je reactie is opgeslagen.').waitFor(WAIT);
    await shot(page, 'harvest-comment-stored');
    expect((await stored()).map((feedback) => feedback.comment)).toEqual(['Bel me over tafel 2: 030-2345678']);
  }, 120_000);

  it('refuses client data when a meeting is edited and when an action is named, at the field', async () => {
    const url = journey.server.url;
    const token = (await login(url, FACILITATOR.email)).accessToken;
    const meeting = await api<{ id: string }>(url, 'POST', '/meetings', {
      token,
      body: { title: 'Bijeenkomst om aan te passen', startsAt: '2026-12-22T13:00:00+01:00', durationMinutes: 90 },
    });
    const page = await journey.open(FACILITATOR);
    await page.goto(`${url}/bijeenkomsten/${meeting.body.id}`);
    await page.getByRole('button', { name: 'Bijeenkomst en agenda aanpassen' }).click();
    const form = page.getByRole('region', { name: 'Bijeenkomst aanpassen' });
    const description = form.getByRole('textbox', { name: 'Beschrijving' });
    await description.fill(`We bespreken ${CLIENT_DATA}.`);
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await form.getByText(BLOCKED, { exact: false }).waitFor(WAIT);
    expect(await description.getAttribute('aria-invalid')).toBe('true');
    expect(await focusedName(page)).toBe('description');
    const stored = await api<{ description: string }>(url, 'GET', `/meetings/${meeting.body.id}`, { token });
    expect(stored.body.description).toBe('');
    await form.getByRole('button', { name: 'Annuleren' }).click();

    const actions = page.getByRole('region', { name: 'Actie toevoegen' });
    const text = actions.getByRole('textbox', { name: 'Wat gaat er gebeuren?' });
    await text.fill(`Terugbellen: ${CLIENT_DATA}`);
    await actions.getByRole('button', { name: 'Actie toevoegen' }).click();
    await actions.getByText(BLOCKED, { exact: false }).waitFor(WAIT);
    expect(await text.getAttribute('aria-invalid')).toBe('true');
    expect(await focusedName(page)).toBe('text');
    expect(await text.inputValue()).toBe(`Terugbellen: ${CLIENT_DATA}`);
    await shot(page, 'action-refused');
    const after = await api<{ actions: unknown[] }>(url, 'GET', `/meetings/${meeting.body.id}`, { token });
    expect(after.body.actions).toEqual([]);
  }, 120_000);
});
