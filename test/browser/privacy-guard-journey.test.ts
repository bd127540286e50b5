import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../support/api-client';
import { useBrowserJourney } from '../support/browser-journey';

const WAIT = { timeout: 20_000 };
const DAAN = { email: 'deelnemer@demo.nl', password: DEMO_PASSWORD };
const MILA = { email: 'mila@demo.nl', password: DEMO_PASSWORD };
// The example from issue 15: this was saved on a knowledge page and in a bottleneck report.
const CLIENT_DATA = 'Jan de Vries, geboren 12-03-1987, Dorpsstraat 12 Utrecht, 06-12345678';
const REPORT_TITLE = 'Wachtlijst voor de VR-training';
const BLOCKED =
  'Dit lijkt op gegevens van een cliënt: een naam met een geboortedatum, een adres en een 06-nummer. ' +
  'Haal ze weg voordat je opslaat.';

const journey = useBrowserJourney();
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(os.tmpdir(), `i15-privacy-${name}.png`), fullPage: true });

describe('privacy guard in Chromium', () => {
  it('warns under a knowledge page while typing client data, without stopping the typing', async () => {
    const daan = await journey.open(DAAN, { consoleErrors: true });
    await daan.goto(`${journey.server.url}/intervisie`);
    await daan.getByRole('link', { name: /^GrowPad/ }).click();
    await daan.getByRole('tab', { name: 'Kennispagina' }).click();
    const editor = daan.getByRole('textbox', { name: 'Kennispagina van GrowPad' });
    await editor.getByRole('heading', { name: 'Afspraken die werken' }).waitFor(WAIT);
    const notice = daan.getByTestId('document-privacy-notice');
    expect(await notice.getAttribute('aria-live')).toBe('polite');
    expect((await notice.textContent())?.trim()).toBe('');

    // A new paragraph after the page's last one. Clicking that paragraph's text gives the editor the
    // keyboard first (a click on the middle of the editor may land in a heading), then Ctrl+End goes
    // to the end of the document; End alone stops at the end of the wrapped line.
    // Writable only once the server decided access (after the text has loaded): typing before that
    // would land wherever the editor puts its caret when it turns writable.
    for (let waited = 0; (await editor.getAttribute('contenteditable')) !== 'true'; waited += 100) {
      if (waited > WAIT.timeout) throw new Error('the knowledge page did not become writable');
      await daan.waitForTimeout(100);
    }
    // The caret must really be in that paragraph before keys go to it: a click while the editor is
    // still settling can leave the focus elsewhere, and the keys then start at the page's top.
    const lastParagraph = editor.getByText('Doel gekozen, delen besproken', { exact: false });
    for (let waited = 0; ; waited += 200) {
      await lastParagraph.click();
      const caretThere = await daan.evaluate(
        () =>
          document.activeElement?.getAttribute('contenteditable') === 'true' &&
          (document.getSelection()?.anchorNode?.textContent ?? '').includes('Doel gekozen'),
      );
      if (caretThere) break;
      if (waited > WAIT.timeout) throw new Error('could not put the caret in the last paragraph');
      await daan.waitForTimeout(200);
    }
    await daan.keyboard.press('Control+End');
    await daan.keyboard.press('Enter');
    await daan.keyboard.type(CLIENT_DATA);
    // Wherever the caret ended up, the passage is a paragraph of its own (Enter before and after it),
    // so it is never glued to a neighbouring word.
    await daan.keyboard.press('Enter');
    for (let waited = 0; !(await editor.innerText()).includes(CLIENT_DATA); waited += 100) {
      if (waited > WAIT.timeout) throw new Error(`the passage is not in the page: ${await editor.innerText()}`);
      await daan.waitForTimeout(100);
    }
    await notice.getByText('Let op: gegevens van een cliënt?').waitFor(WAIT);
    // Typing can pause longer than the check waits on a busy machine: the warning may first name a
    // part of the passage, then the whole of it.
    await notice
      .getByText('Dit lijkt op gegevens van een cliënt: een naam met een geboortedatum, een adres en een 06-nummer', {
        exact: false,
      })
      .waitFor(WAIT);
    expect((await notice.textContent()) ?? '').toContain('“06-12345678”');
    // A warning, not a block: the text is in the shared page.
    expect(await editor.textContent()).toContain(CLIENT_DATA);
    await shot(daan, 'knowledge-warning');

    // Taking the passage out makes the warning go away.
    for (let i = 0; i <= CLIENT_DATA.length; i += 1) await daan.keyboard.press('Backspace');
    await notice.getByText('Let op: gegevens van een cliënt?').waitFor({ ...WAIT, state: 'detached' });
    expect(journey.errors).toEqual([]);
  }, 120_000);

  it('refuses a bottleneck report with client data at the field, stores nothing, and stores a confirmed work number', async () => {
    // Without console errors: Chromium logs each 422 answer, which here is the point.
    const daan = await journey.open(DAAN);
    await daan.goto(`${journey.server.url}/knelpunten/nieuw`);
    await daan.getByRole('textbox', { name: 'Titel' }).fill(REPORT_TITLE);
    const description = daan.getByRole('textbox', { name: 'Beschrijving' });
    await description.fill(CLIENT_DATA);
    await daan.getByRole('radio', { name: 'In de eigen organisatie' }).check();
    await daan.getByRole('button', { name: 'Knelpunt melden' }).click();

    const fieldError = daan.getByRole('alert').filter({ hasText: BLOCKED });
    await fieldError.waitFor(WAIT);
    expect(await fieldError.textContent()).toContain('“Jan de Vries, geboren 12-03-1987”');
    expect(await description.getAttribute('aria-invalid')).toBe('true');
    expect(await description.getAttribute('aria-describedby')).toContain((await fieldError.getAttribute('id')) ?? '-');
    expect(await daan.getByRole('checkbox', { name: 'Dit is mijn eigen werknummer/werkadres' }).count()).toBe(0);
    await shot(daan, 'bottleneck-refused');

    // Nothing was stored: the register does not list it.
    const register = await journey.open(DAAN);
    await register.goto(`${journey.server.url}/knelpunten`);
    await register.getByRole('heading', { level: 1 }).waitFor(WAIT);
    await register.waitForLoadState('networkidle');
    expect(await register.getByText(REPORT_TITLE).count()).toBe(0);

    // The writer's own landline is a question, and stored once confirmed.
    await description.fill('Bel me gerust op 030-1234567 voor de wachtlijst.');
    await daan.getByRole('button', { name: 'Knelpunt melden' }).click();
    await daan.getByRole('alert').filter({ hasText: 'Is dat je eigen werknummer of werkadres?' }).waitFor(WAIT);
    await daan.getByRole('checkbox', { name: 'Dit is mijn eigen werknummer/werkadres' }).check();
    await shot(daan, 'bottleneck-confirm');
    await daan.getByRole('button', { name: 'Knelpunt melden' }).click();
    await daan.getByRole('heading', { level: 1, name: REPORT_TITLE }).waitFor(WAIT);
    await daan.getByText('Bel me gerust op 030-1234567 voor de wachtlijst.').waitFor(WAIT);
    await shot(daan, 'bottleneck-stored');

    // Another organisation's "bij ons ook" note with client data is refused at its field too.
    const mila = await journey.open(MILA);
    await mila.goto(daan.url());
    await mila.getByRole('button', { name: 'Bij ons ook' }).click();
    await mila.getByRole('textbox', { name: 'Toelichting' }).fill(CLIENT_DATA);
    await mila.getByRole('button', { name: 'Bij ons ook' }).click();
    await mila.getByRole('alert').filter({ hasText: BLOCKED }).waitFor(WAIT);
    await mila.getByRole('heading', { name: 'Organisaties met dit knelpunt (1)' }).waitFor(WAIT);
    await shot(mila, 'support-refused');
    expect(journey.errors).toEqual([]);
  }, 120_000);
});
