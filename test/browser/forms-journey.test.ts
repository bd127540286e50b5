import os from 'node:os';
import path from 'node:path';
import type { Meeting, MeetingAction } from '@leernetwerk/shared';
import type { Page } from 'playwright-core';
import { api, DEMO_PASSWORD, login } from '../support/api-client';
import { useBrowserJourney } from '../support/browser-journey';

const WAIT = { timeout: 20_000 };
const FACILITATOR = { email: 'aanjager@demo.nl', password: DEMO_PASSWORD };
const JESSE = { email: 'jongerenwerker@demo.nl', password: DEMO_PASSWORD };
const MOBILE = { width: 390, height: 844 };
const CONVERSATION_TITLE = 'Eens of oneens? Sociale technologie in het sociaal werk';

const journey = useBrowserJourney();
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(os.tmpdir(), `i15-forms-${name}.png`), fullPage: true });

describe('one click, one thing', () => {
  it('makes one action of a double click on "Actie toevoegen"', async () => {
    const url = journey.server.url;
    const token = (await login(url, FACILITATOR.email)).accessToken;
    const meeting = await api<Meeting>(url, 'POST', '/meetings', {
      token,
      body: { title: 'Dubbel klikken proberen', startsAt: '2026-12-08T13:00:00+01:00', durationMinutes: 60 },
    });
    const page = await journey.open(FACILITATOR, { consoleErrors: true });
    await page.goto(`${url}/bijeenkomsten/${meeting.body.id}`);
    const form = page.getByRole('region', { name: 'Actie toevoegen' });
    await form.getByRole('textbox', { name: 'Wat gaat er gebeuren?' }).fill('Laadkast bestellen');
    await form.getByRole('button', { name: 'Actie toevoegen' }).dblclick();
    await page.getByText('Laadkast bestellen', { exact: true }).first().waitFor(WAIT);
    await shot(page, 'action-double-click');
    const stored = await api<Meeting>(url, 'GET', `/meetings/${meeting.body.id}`, { token });
    expect(stored.body.actions.map((action: MeetingAction) => action.text)).toEqual(['Laadkast bestellen']);
    expect(journey.errors).toEqual([]);
  }, 120_000);

  it('shows a café form error at its field, with focus, and the range instead of clamping', async () => {
    const page = await journey.open(FACILITATOR, { consoleErrors: true });
    await page.goto(`${journey.server.url}/wereldcafe`);
    await page.getByRole('heading', { level: 2, name: 'Nieuw wereldcafé' }).waitFor(WAIT);
    await page.getByRole('textbox', { name: 'Titel' }).fill('Café met te veel rondes');
    await page.getByRole('textbox', { name: 'Vraag voor tafel 1' }).fill('Wat werkt bij jullie?');
    await page.getByRole('textbox', { name: 'Vraag voor tafel 2' }).fill('Wat houdt jullie tegen?');
    const rounds = page.getByRole('textbox', { name: 'Aantal rondes' });
    await rounds.fill('9');
    await page.getByRole('button', { name: 'Wereldcafé aanmaken' }).click();
    await page.getByText('Kies een heel getal van 1 tot en met 6.').waitFor(WAIT);
    expect(await rounds.inputValue()).toBe('9');
    expect(await rounds.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('rounds');
    await shot(page, 'cafe-range-error');
    await rounds.fill('4');
    await page.getByText('Kies een heel getal van 1 tot en met 6.').waitFor({ state: 'detached', ...WAIT });
    expect(journey.errors).toEqual([]);
  }, 120_000);

  it('shows the vote as taken before the next statement comes, on a phone', async () => {
    const phone = await journey.open(JESSE, { viewport: MOBILE, consoleErrors: true });
    await phone.goto(`${journey.server.url}/stellingen`);
    await phone.getByRole('link', { name: CONVERSATION_TITLE }).click();
    await phone.getByText(/^Stelling 1 van \d+$/).waitFor(WAIT);
    await phone.getByTestId('statements-remaining').waitFor(WAIT);
    const remainingBefore = await phone.getByTestId('statements-remaining').innerText();
    const agree = phone.getByRole('group', { name: 'Jouw stem' }).getByRole('button', { name: 'Eens', exact: true });
    await agree.click();
    await phone.getByText('Je koos: Eens').waitFor(WAIT);
    expect(await agree.getAttribute('aria-pressed')).toBe('true');
    await shot(phone, 'vote-chosen-mobile');
    await phone.getByText(/^Stelling 2 van \d+$/).waitFor(WAIT);
    await phone.getByText('Je hebt nog niet gestemd op deze stelling.').waitFor(WAIT);
    const remainingAfter = await phone.getByTestId('statements-remaining').innerText();
    expect(Number(remainingAfter.match(/\d+/)?.[0])).toBe(Number(remainingBefore.match(/\d+/)?.[0]) - 1);
    await shot(phone, 'vote-next-mobile');
    expect(journey.errors).toEqual([]);
  }, 120_000);
});
