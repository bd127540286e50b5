import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Post, Technology, Thread } from '@leernetwerk/shared';
import { api, DEMO_PASSWORD, login } from '../support/api-client';
import { useBrowserJourney } from '../support/browser-journey';

const WAIT = { timeout: 20_000 };
const DAAN = { email: 'deelnemer@demo.nl', password: DEMO_PASSWORD };
const MILA = { email: 'mila@demo.nl', password: DEMO_PASSWORD };
const COORDINATOR = { email: 'coordinator@demo.nl', password: DEMO_PASSWORD };
const FIRST = 'Wij laten jongeren de bril eerst zonder spel opzetten.';
const EDITED = 'Wij laten jongeren de bril eerst zonder spel opzetten, een paar minuten maar.';
const WITH_NAME = 'Vraag het aan mijn collega Piet de Vries van het wijkteam.';
const CLEANED = 'Vraag het aan een collega van het wijkteam.';

const journey = useBrowserJourney();

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(os.tmpdir(), `i15-ownership-${name}.png`), fullPage: true });

/** A thread with a reply of Daan and one of Mila, made over the API: the journey is about what comes after. */
async function threadWithReplies(): Promise<{ thread: Thread; daanReply: Post; milaReply: Post }> {
  const url = journey.server.url;
  const daan = (await login(url, DAAN.email)).accessToken;
  const mila = (await login(url, MILA.email)).accessToken;
  const technologies = await api<Technology[]>(url, 'GET', '/technologies', { token: daan });
  const vr = technologies.body.find((tech) => tech.name === 'VR-bril');
  const thread = await api<Thread>(url, 'POST', `/technologies/${vr?.id ?? ''}/threads`, {
    token: mila,
    body: { kind: 'question', title: 'Hoe start je met de VR-bril?', body: 'Wat doen jullie de eerste keer?' },
  });
  const daanReply = await api<Post>(url, 'POST', `/threads/${thread.body.id}/posts`, {
    token: daan,
    body: { body: FIRST },
  });
  const milaReply = await api<Post>(url, 'POST', `/threads/${thread.body.id}/posts`, {
    token: mila,
    body: { body: WITH_NAME },
  });
  return { thread: thread.body, daanReply: daanReply.body, milaReply: milaReply.body };
}

describe('people own what they wrote, in Chromium', () => {
  it('edits and deletes an own reply live for a reader; a coordinator removes personal data and reads the history', async () => {
    const { thread, daanReply } = await threadWithReplies();
    const threadUrl = `${journey.server.url}/intervisie/draad/${thread.id}`;
    const daan = await journey.open(DAAN);
    const mila = await journey.open(MILA);
    for (const page of [daan, mila]) {
      await page.goto(threadUrl);
      await page.getByRole('heading', { level: 1, name: 'Hoe start je met de VR-bril?' }).waitFor(WAIT);
      await page.getByRole('status').filter({ hasText: 'Verbonden' }).first().waitFor(WAIT);
    }

    // Each reply shows when it was written, in a <time> element with the exact moment.
    const ownReply = daan.getByRole('article', { name: 'Reactie van Daan Deelnemer' });
    const stamp = ownReply.locator('time').first();
    expect(await stamp.getAttribute('datetime')).toBe(daanReply.createdAt);
    expect(await stamp.textContent()).toMatch(/^\d{1,2} [a-z]{3} \d{4}, \d{2}:\d{2}$/);
    // Only the writer gets "Bewerken" and "Verwijderen".
    const milaSeesDaan = mila.getByRole('article', { name: 'Reactie van Daan Deelnemer' });
    expect(await milaSeesDaan.getByRole('button', { name: 'Bewerken' }).count()).toBe(0);
    expect(await milaSeesDaan.getByRole('button', { name: 'Verwijderen' }).count()).toBe(0);

    await ownReply.getByRole('button', { name: 'Bewerken' }).click();
    const editor = ownReply.getByRole('textbox', { name: 'Pas je tekst aan' });
    await editor.fill(EDITED);
    await shot(daan, '1-editing');
    await ownReply.getByRole('button', { name: 'Opslaan' }).click();
    await ownReply.getByText(EDITED).waitFor(WAIT);
    await ownReply.getByText('bewerkt').waitFor(WAIT);
    // The reader sees the new text without reloading.
    await milaSeesDaan.getByText(EDITED).waitFor(WAIT);
    await shot(mila, '2-edited-live');

    await ownReply.getByRole('button', { name: 'Verwijderen' }).click();
    const confirm = daan.getByRole('dialog', { name: 'Wil je dit verwijderen?' });
    await confirm.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await ownReply.getByText('Verwijderd door de schrijver').waitFor(WAIT);
    await milaSeesDaan.getByText('Verwijderd door de schrijver').waitFor(WAIT);
    expect(await milaSeesDaan.textContent()).not.toContain('een paar minuten');
    // The thread keeps its structure: Mila's reply after it is still there.
    await mila.getByRole('article', { name: 'Reactie van Mila Deelnemer' }).getByText(WITH_NAME).waitFor(WAIT);
    await shot(mila, '3-deleted-live');

    const coordinator = await journey.open(COORDINATOR);
    await coordinator.goto(threadUrl);
    await coordinator.getByRole('heading', { level: 1, name: 'Hoe start je met de VR-bril?' }).waitFor(WAIT);
    const milaReply = coordinator.getByRole('article', { name: 'Reactie van Mila Deelnemer' });
    await milaReply.getByRole('button', { name: 'Persoonsgegevens verwijderen' }).click();
    const removal = coordinator.getByRole('dialog', { name: 'Persoonsgegevens verwijderen' });
    await removal.getByRole('textbox', { name: 'Tekst zonder persoonsgegevens' }).fill(CLEANED);
    await removal.getByRole('textbox', { name: /Waarom/ }).fill('Naam van een collega');
    await shot(coordinator, '4-removing-personal-data');
    await removal.getByRole('button', { name: 'Verwijderen en opslaan' }).click();
    await milaReply.getByText(CLEANED).waitFor(WAIT);
    await milaReply.getByText(/Persoonsgegevens verwijderd door/).waitFor(WAIT);
    // The writer sees the cleaned text too, live.
    await mila.getByRole('article', { name: 'Reactie van Mila Deelnemer' }).getByText(CLEANED).waitFor(WAIT);

    // The history of Daan's deleted reply: each version with who and when, for the coordinator only.
    const deletedReply = coordinator.getByRole('article', { name: 'Reactie van Daan Deelnemer' });
    await deletedReply.getByRole('button', { name: 'Geschiedenis' }).click();
    const history = coordinator.getByRole('dialog', { name: 'Geschiedenis van de tekst' });
    await history.getByText(EDITED).waitFor(WAIT);
    const text = (await history.textContent()) ?? '';
    expect(text).toContain('Geschreven door Daan Deelnemer');
    expect(text).toContain(FIRST);
    expect(text).toContain('Bewerkt door Daan Deelnemer');
    expect(text).toContain('Verwijderd door Daan Deelnemer');
    await shot(coordinator, '5-history');
    await coordinator.keyboard.press('Escape');
    // The removed name is gone from the history of Mila's reply.
    await milaReply.getByRole('button', { name: 'Geschiedenis' }).click();
    const purged = coordinator.getByRole('dialog', { name: 'Geschiedenis van de tekst' });
    await purged.getByText('Tekst gewist omdat er persoonsgegevens in stonden.').waitFor(WAIT);
    expect(await purged.textContent()).not.toContain('Piet de Vries');
    await shot(coordinator, '6-history-purged');
    expect(await mila.getByRole('button', { name: 'Geschiedenis' }).count()).toBe(0);
    expect(journey.errors).toEqual([]);
  }, 180_000);
});
