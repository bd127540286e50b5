import os from 'node:os';
import path from 'node:path';
import { inviteCodeOf } from '../support/api-client';
import { useBrowserJourney } from '../support/browser-journey';

const journey = useBrowserJourney();

describe('a new participant in Chromium', () => {
  it('registers, logs in, sees the Dutch home page and logs out', async () => {
    const inviteCode = await inviteCodeOf(journey.server.url, 'Surplus');
    const page = await journey.browser.newPage();
    await page.goto(`${journey.server.url}/`);

    // A guest is sent to the login page, which is in Dutch.
    await page.getByRole('button', { name: 'Inloggen' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');

    await page.goto(`${journey.server.url}/registreren`);
    await page.getByLabel('Naam').fill('Eva Visser');
    await page.getByLabel('E-mailadres').fill('eva@surplus.nl');
    // A guessable password is explained while typing, in plain Dutch, and stops the form.
    await page.getByLabel('Wachtwoord').fill('wachtwoord');
    await page.getByText('Dit is een bekend woord').waitFor();
    await page.getByLabel('Uitnodigingscode').fill(inviteCode);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.getByRole('alert').filter({ hasText: 'makkelijk te raden' }).waitFor();
    expect(await page.getByLabel('Wachtwoord').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Wachtwoord').fill('veilig-wachtwoord-1');
    await page.getByText('Dit wachtwoord is goed.').waitFor();
    await page.getByRole('button', { name: 'Account aanmaken' }).click();

    const heading = page.getByRole('heading', { level: 1 });
    await heading.filter({ hasText: 'Welkom' }).waitFor();
    expect(await heading.textContent()).toContain('Eva Visser');
    await page
      .getByRole('link', { name: /Wereldcafé/ })
      .first()
      .waitFor();

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('button', { name: 'Inloggen' }).waitFor();

    // The new account logs in again through the form.
    await page.getByLabel('E-mailadres').fill('eva@surplus.nl');
    await page.getByLabel('Wachtwoord').fill('veilig-wachtwoord-1');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Welkom' }).waitFor();
    await page.screenshot({ path: path.join(os.tmpdir(), 'lst-home.png') });

    // After a reload the session is restored from the refresh cookie.
    await page.reload();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Welkom' }).waitFor();
  }, 60_000);

  it('shows a clear Dutch message for a wrong password', async () => {
    const page = await journey.browser.newPage();
    await page.goto(`${journey.server.url}/inloggen`);
    await page.getByLabel('E-mailadres').fill('deelnemer@demo.nl');
    await page.getByLabel('Wachtwoord').fill('helemaal-fout');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('alert').filter({ hasText: 'klopt niet' }).waitFor();
  }, 30_000);
});
