import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { api, DEMO_PASSWORD, inviteCodeOf } from '../support/api-client';
import { useBrowserJourney } from '../support/browser-journey';

const WAIT = { timeout: 20_000 };
const SANNE = { name: 'Sanne Ambassadeur', email: 'ambassadeur@demo.nl', password: DEMO_PASSWORD };
const JORIS = { name: 'Joris Jansen', email: 'joris@surplus.nl', password: 'samen-schrijven-1' };

const journey = useBrowserJourney();

beforeAll(async () => {
  const inviteCode = await inviteCodeOf(journey.server.url, 'Surplus');
  const { email, name, password } = JORIS;
  const registered = await api(journey.server.url, 'POST', '/auth/register', {
    body: { name, email, password, inviteCode },
  });
  if (registered.status !== 201) throw new Error(`register failed: ${registered.status}`);
});

/** The notes editor, once the server has granted write access. */
async function writableEditor(page: Page) {
  await page.getByRole('status').filter({ hasText: 'Verbonden' }).first().waitFor(WAIT);
  const editor = page.getByRole('textbox', { name: 'Gedeelde notities' });
  await page.locator('[role="textbox"][aria-label="Gedeelde notities"][contenteditable="true"]').waitFor(WAIT);
  return editor;
}

/** Types a new paragraph after what is already there. */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  const editor = page.getByRole('textbox', { name: 'Gedeelde notities' });
  await editor.click();
  await page.keyboard.press('Control+End');
  if ((await editor.innerText()).trim() !== '') await page.keyboard.press('Enter');
  await page.keyboard.type(text, { delay: 15 });
}

const whoIsHere = (page: Page) => page.getByRole('list', { name: 'Wie is er nu' });
const savedStatus = (page: Page) => page.getByRole('status').filter({ hasText: /^Opgeslagen$/ });

describe('shared notes in Chromium', () => {
  it('lets two colleagues of one organisation write together, and keeps what they wrote', async () => {
    const sentenceA = 'Wij testen de VR-bril met jongeren op woensdag.';
    const sentenceB = 'Goed plan, ik neem de handleiding mee.';

    const pageA = await journey.open(SANNE);
    const pageB = await journey.open(JORIS);
    // One comes in through the main menu, the other through the card on the home page.
    await pageA.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Notities' }).click();
    await pageB.getByRole('link', { name: /^Gedeelde notities/ }).click();
    await pageA.getByRole('heading', { level: 1, name: 'Gedeelde notities' }).waitFor(WAIT);
    const editorA = await writableEditor(pageA);
    const editorB = await writableEditor(pageB);

    // Each sees the other in "Wie is er nu".
    await whoIsHere(pageA).getByText(JORIS.name).waitFor(WAIT);
    await whoIsHere(pageB).getByText(SANNE.name).waitFor(WAIT);

    await typeAtEnd(pageA, sentenceA);
    await editorB.getByText(sentenceA).waitFor(WAIT);

    // Formatting travels too, and the toolbar says which format is on.
    const bold = pageA.getByRole('toolbar', { name: 'Opmaak' }).getByRole('button', { name: 'Vet' });
    expect(await bold.getAttribute('aria-pressed')).toBe('false');
    await bold.click();
    await pageA.keyboard.type(' Neem toestemming mee!');
    expect(await bold.getAttribute('aria-pressed')).toBe('true');
    await editorB.locator('strong', { hasText: 'Neem toestemming mee!' }).waitFor(WAIT);

    await typeAtEnd(pageB, sentenceB);
    await editorA.getByText(sentenceB).waitFor(WAIT);

    // Joris is still typing, so his caret with his name shows in Sanne's editor, and the other way round.
    await editorA.locator('.collaboration-carets__label', { hasText: JORIS.name }).waitFor(WAIT);
    await editorA.click();
    await editorB.locator('.collaboration-carets__label', { hasText: SANNE.name }).waitFor(WAIT);

    await savedStatus(pageA).waitFor(WAIT);
    await savedStatus(pageB).waitFor(WAIT);
    await pageA.screenshot({ path: path.join(os.tmpdir(), 'lst-shared-notes.png'), fullPage: true });

    // After a reload both sentences are back.
    await pageB.reload();
    const reloaded = await writableEditor(pageB);
    await reloaded.getByText(sentenceA).waitFor(WAIT);
    await reloaded.getByText(sentenceB).waitFor(WAIT);

    // A fresh profile has nothing on the device, so the text can only come from the server.
    const pageC = await journey.open(JORIS);
    await pageC.goto(`${journey.server.url}/notities`);
    const fresh = await writableEditor(pageC);
    await fresh.getByText(sentenceA).waitFor(WAIT);
    await fresh.getByText(sentenceB).waitFor(WAIT);

    // Who leaves the page leaves the list; who comes back finds the notes as they were.
    await pageA.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Home' }).click();
    await whoIsHere(pageB)
      .getByText(SANNE.name)
      .waitFor({ state: 'detached', ...WAIT });
    await pageA.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Notities' }).click();
    await editorA.getByText(sentenceB).waitFor(WAIT);
    await whoIsHere(pageB).getByText(SANNE.name).waitFor(WAIT);

    expect(journey.errors).toEqual([]);
  }, 120_000);

  it('removes the saved copy of the notes from the device at logout', async () => {
    const page = await journey.open(JORIS);
    await page.goto(`${journey.server.url}/notities`);
    await writableEditor(page);
    await typeAtEnd(page, 'Nog één regel voor het uitloggen.');
    await savedStatus(page).waitFor(WAIT);
    const localCopies = () =>
      page.evaluate(async () => (await indexedDB.databases()).filter((db) => db.name?.endsWith(':notes')).length);
    expect(await localCopies()).toBe(1);

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('button', { name: 'Inloggen' }).waitFor(WAIT);
    // Deletion waits until the editor has closed the database, a moment after leaving the page.
    let remaining = await localCopies();
    for (let i = 0; i < 50 && remaining > 0; i += 1) {
      await page.waitForTimeout(200);
      remaining = await localCopies();
    }
    expect(remaining).toBe(0);
  }, 60_000);
});
