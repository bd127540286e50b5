import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Technology, Thread } from '@leernetwerk/shared';
import { api, DEMO_PASSWORD, login } from '../support/api-client';
import { auditPage } from '../support/a11y-audit';
import { useBrowserJourney } from '../support/browser-journey';

const WAIT = { timeout: 20_000 };
const DAAN = { email: 'deelnemer@demo.nl', password: DEMO_PASSWORD };
const MILA = { email: 'mila@demo.nl', password: DEMO_PASSWORD };
const COORDINATOR = { email: 'coordinator@demo.nl', password: DEMO_PASSWORD };
const FIRST_TITLE = 'Laadpunten voor tablets ontbreken';
const NEW_TITLE = 'Laadpunten voor tablets ontbreken op de groepen';
const DESCRIPTION = 'Op de woongroepen is geen plek om de tablets op te laden.';
const CLIENT_DATA = 'Jan de Vries, geboren 12-03-1987, Dorpsstraat 12 Utrecht, 06-12345678';

const journey = useBrowserJourney();

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(os.tmpdir(), `h-ownership-${name}.png`), fullPage: true });
const connected = (page: Page) => page.getByRole('status').filter({ hasText: 'Verbonden' }).first().waitFor(WAIT);
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('name') ?? null);
/** What axe (WCAG 2.1 AA) finds on the page as it is now: nothing, we expect. */
const axeFindings = async (page: Page, name: string) =>
  (await auditPage(page, { page: name, who: 'journey', width: 'desktop' })).findings;
const invalid = (page: Page, name: string) => page.locator(`[name="${name}"]`).first().getAttribute('aria-invalid');

describe('reporters own their bottleneck report, in Chromium', () => {
  it('edits the title live for another reader, deletes it after confirming, and others only watch', async () => {
    const daan = await journey.open(DAAN);
    await daan.goto(`${journey.server.url}/knelpunten/nieuw`);
    await daan.getByRole('heading', { level: 1, name: 'Knelpunt melden' }).waitFor(WAIT);

    // A report without a title: the error sits at the title, which gets focus; typing removes it.
    await daan.getByRole('textbox', { name: 'Beschrijving' }).fill(DESCRIPTION);
    await daan.getByRole('radio', { name: 'In de eigen organisatie' }).check();
    await daan.getByRole('button', { name: 'Knelpunt melden' }).click();
    const title = daan.getByRole('textbox', { name: 'Titel', exact: true });
    await daan.getByText('Geef een titel van 3 tot 160 tekens.').waitFor(WAIT);
    expect(await focusedName(daan)).toBe('title');
    expect(await invalid(daan, 'title')).toBe('true');
    await shot(daan, '1-report-error-at-field');
    await title.fill(FIRST_TITLE);
    expect(await daan.getByText('Geef een titel van 3 tot 160 tekens.').count()).toBe(0);
    expect(await invalid(daan, 'title')).not.toBe('true');
    await daan.getByRole('button', { name: 'Knelpunt melden' }).click();
    await daan.getByRole('heading', { level: 1, name: FIRST_TITLE }).waitFor(WAIT);
    const detailUrl = daan.url();

    const mila = await journey.open(MILA);
    await mila.goto(detailUrl);
    await mila.getByRole('heading', { level: 1, name: FIRST_TITLE }).waitFor(WAIT);
    await connected(mila);
    await connected(daan);
    // Only the reporter may change or delete the report.
    expect(await mila.getByRole('button', { name: 'Bewerken' }).count()).toBe(0);
    expect(await mila.getByRole('button', { name: 'Verwijderen' }).count()).toBe(0);

    await daan.getByRole('button', { name: 'Bewerken' }).click();
    const editTitle = daan.getByRole('textbox', { name: 'Titel', exact: true });
    expect(await editTitle.inputValue()).toBe(FIRST_TITLE);
    // Too short a title is refused at the field, with focus there.
    await editTitle.fill('La');
    await daan.getByRole('button', { name: 'Opslaan' }).click();
    await daan.getByText('Geef een titel van minstens 3 tekens.').waitFor(WAIT);
    expect(await focusedName(daan)).toBe('title');
    await editTitle.fill(NEW_TITLE);
    expect(await daan.getByText('Geef een titel van minstens 3 tekens.').count()).toBe(0);
    // Client data in the new description is refused at that field, which gets focus.
    const editDescription = daan.getByRole('textbox', { name: 'Beschrijving' });
    await editDescription.fill(CLIENT_DATA);
    await daan.getByRole('button', { name: 'Opslaan' }).click();
    const refused = daan.getByRole('alert').filter({ hasText: 'Dit lijkt op gegevens van een cliënt' });
    await refused.waitFor(WAIT);
    expect(await focusedName(daan)).toBe('description');
    expect(await editDescription.getAttribute('aria-invalid')).toBe('true');
    await shot(daan, '2a-edit-privacy-refused');
    expect(await axeFindings(daan, 'bottleneck edit refused')).toEqual([]);
    await editDescription.fill(DESCRIPTION);
    expect(await refused.count()).toBe(0);
    await shot(daan, '2-editing-report');
    // A double click saves once: no "changed meanwhile" refusal of the second click, the form closes.
    await daan.getByRole('button', { name: 'Opslaan' }).dblclick();
    await daan.getByRole('heading', { level: 1, name: NEW_TITLE }).waitFor(WAIT);
    await daan.getByText('bewerkt').waitFor(WAIT);
    await daan.getByRole('button', { name: 'Opslaan' }).waitFor({ state: 'detached', ...WAIT });
    expect(await daan.getByText('Deze tekst is veranderd nadat je begon').count()).toBe(0);
    // Mila sees the new title without reloading.
    await mila.getByRole('heading', { level: 1, name: NEW_TITLE }).waitFor(WAIT);
    await shot(mila, '3-edited-live');

    // A coordinator keeps the history of the report.
    const coordinator = await journey.open(COORDINATOR);
    await coordinator.goto(detailUrl);
    await coordinator.getByRole('heading', { level: 1, name: NEW_TITLE }).waitFor(WAIT);
    expect(await coordinator.getByRole('button', { name: 'Bewerken' }).count()).toBe(0);
    await coordinator.getByRole('button', { name: 'Geschiedenis' }).click();
    const history = coordinator.getByRole('dialog', { name: 'Geschiedenis van de tekst' });
    await history.getByText(NEW_TITLE).waitFor(WAIT);
    const versions = (await history.textContent()) ?? '';
    expect(versions).toContain(FIRST_TITLE);
    expect(versions).toContain('Bewerkt door Daan Deelnemer');
    await shot(coordinator, '4-history');
    await coordinator.keyboard.press('Escape');

    // Mila has the register open in another tab: the report leaves it when Daan deletes it.
    const milaList = await mila.context().newPage();
    await milaList.goto(`${journey.server.url}/knelpunten`);
    await milaList.getByRole('link', { name: NEW_TITLE }).waitFor(WAIT);
    await connected(milaList);

    await daan.getByRole('button', { name: 'Verwijderen' }).click();
    const confirm = daan.getByRole('dialog', { name: 'Wil je dit verwijderen?' });
    await confirm.getByText('Je melding verdwijnt uit de lijst met knelpunten.', { exact: false }).waitFor(WAIT);
    await shot(daan, '5-confirm-delete');
    await confirm.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await daan.getByRole('heading', { level: 1, name: 'Knelpunten' }).waitFor(WAIT);
    await daan
      .getByRole('status')
      .filter({ hasText: `Je knelpunt "${NEW_TITLE}" is verwijderd.` })
      .waitFor(WAIT);
    expect(await daan.getByRole('link', { name: NEW_TITLE }).count()).toBe(0);
    await shot(daan, '6-deleted-notice');
    expect(await axeFindings(daan, 'register after deleting')).toEqual([]);

    await mila.getByText('Dit knelpunt is verwijderd door wie het meldde.').waitFor(WAIT);
    expect(await mila.getByRole('heading', { level: 1, name: NEW_TITLE }).count()).toBe(0);
    expect(await mila.getByText(DESCRIPTION).count()).toBe(0);
    await shot(mila, '7-deleted-live');
    expect(await axeFindings(mila, 'deleted bottleneck')).toEqual([]);
    await milaList.getByRole('link', { name: NEW_TITLE }).waitFor({ state: 'detached', ...WAIT });
    expect(journey.errors).toEqual([]);
  }, 180_000);

  it('lets a thread writer change its title; a new-thread error sits at its field until fixed', async () => {
    const url = journey.server.url;
    const token = (await login(url, DAAN.email)).accessToken;
    const technologies = await api<Technology[]>(url, 'GET', '/technologies', { token });
    const vr = technologies.body.find((tech) => tech.name === 'VR-bril');
    const daan = await journey.open(DAAN);
    await daan.goto(`${url}/intervisie/${vr?.id ?? ''}`);
    await daan.getByRole('heading', { level: 1, name: 'VR-bril' }).waitFor(WAIT);
    await daan.getByRole('tab', { name: 'Nieuw draadje' }).click();
    await daan.getByRole('textbox', { name: 'Tekst' }).fill('Hoe lang laten jullie de bril op?');
    await daan.getByRole('button', { name: 'Plaatsen' }).click();
    await daan.getByText('Geef je draadje een titel van minstens 3 tekens.').waitFor(WAIT);
    expect(await focusedName(daan)).toBe('title');
    expect(await invalid(daan, 'title')).toBe('true');
    await shot(daan, '8-thread-error-at-field');
    await daan.getByRole('textbox', { name: 'Titel' }).fill('Hoe lang op?');
    expect(await daan.getByText('Geef je draadje een titel van minstens 3 tekens.').count()).toBe(0);
    await daan.getByRole('button', { name: 'Plaatsen' }).click();
    await daan.getByRole('heading', { level: 1, name: 'Hoe lang op?' }).waitFor(WAIT);
    const threadUrl = daan.url();

    const mila = await journey.open(MILA);
    await mila.goto(threadUrl);
    await mila.getByRole('heading', { level: 1, name: 'Hoe lang op?' }).waitFor(WAIT);
    expect(await mila.getByRole('button', { name: 'Bewerken' }).count()).toBe(0);

    await daan.getByRole('button', { name: 'Bewerken' }).click();
    await daan.getByRole('textbox', { name: 'Titel', exact: true }).fill('Hoe lang laten jullie de VR-bril op?');
    await daan.getByRole('button', { name: 'Opslaan' }).click();
    await daan.getByRole('heading', { level: 1, name: 'Hoe lang laten jullie de VR-bril op?' }).waitFor(WAIT);
    await shot(daan, '9-thread-title-edited');

    // Editing a reply into client data is refused at its field; the stored text stays.
    await daan.getByRole('textbox', { name: 'Jouw reactie' }).fill('Bij ons een kwartier.');
    await daan.getByRole('button', { name: 'Reageren' }).click();
    const reply = daan.getByRole('article', { name: 'Reactie van Daan Deelnemer' });
    await reply.getByText('Bij ons een kwartier.').waitFor(WAIT);
    await reply.getByRole('button', { name: 'Bewerken' }).click();
    await reply.getByRole('textbox', { name: 'Pas je tekst aan' }).fill(CLIENT_DATA);
    await reply.getByRole('button', { name: 'Opslaan' }).click();
    await reply.getByRole('alert').filter({ hasText: 'Dit lijkt op gegevens van een cliënt' }).waitFor(WAIT);
    expect(await focusedName(daan)).toBe('body');
    await shot(daan, '10-reply-edit-refused');
    await reply.getByRole('button', { name: 'Annuleren' }).click();
    await reply.getByText('Bij ons een kwartier.').waitFor(WAIT);
    const stored = await api<Thread>(url, 'GET', `/threads/${threadUrl.split('/').pop() ?? ''}`, { token });
    expect(stored.body).toMatchObject({ title: 'Hoe lang laten jullie de VR-bril op?', revision: 1 });
    expect(journey.errors).toEqual([]);
  }, 180_000);
});
