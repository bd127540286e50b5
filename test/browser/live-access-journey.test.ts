import os from 'node:os';
import path from 'node:path';
import type { Cafe, Conversation, ConversationDetail, Meeting, User } from '@leernetwerk/shared';
import type { Locator, Page, WebSocketRoute } from 'playwright-core';
import { api, DEMO_PASSWORD, login } from '../support/api-client';
import { useBrowserJourney } from '../support/browser-journey';

const WAIT = { timeout: 20_000 };
const PHONE = { width: 390, height: 844 };
const FACILITATOR = 'aanjager@demo.nl';
const COORDINATOR = 'coordinator@demo.nl';
const DAAN = { email: 'deelnemer@demo.nl', password: DEMO_PASSWORD };
const MILA = { email: 'mila@demo.nl', password: DEMO_PASSWORD };
const MINUTES = 'Verslag van de bijeenkomst';
const ENDED = 'Dit onderdeel is afgelopen. Je kunt nog lezen wat er staat, maar niet meer schrijven.';
const CHECKED_IN = 'Je bent aangemeld als aanwezig. Je kunt meeschrijven.';
const BEGUN = 'Dit onderdeel is begonnen. Je kunt meeschrijven.';
const BLOCKED = 'Je account is geblokkeerd. Vraag de coördinator van het netwerk waarom.';

const journey = useBrowserJourney();

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(os.tmpdir(), name), fullPage: true });
const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Opgeslagen$/ });
const accessMessage = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

/** A shared document's editor once the server lets this person write in it. */
async function writable(page: Page, label: string): Promise<Locator> {
  await page
    .locator(`[role="textbox"][aria-label="${label}"][aria-readonly="false"][contenteditable="true"]`)
    .waitFor(WAIT);
  return page.getByRole('textbox', { name: label });
}

async function typeAtEnd(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.click();
  await page.keyboard.press('Control+End');
  if ((await editor.innerText()).trim() !== '') await page.keyboard.press('Enter');
  await page.keyboard.type(text, { delay: 10 });
}

/** The demo user with this e-mail address, as the coordinator sees them. */
async function userId(coordinator: string, email: string): Promise<string> {
  const users = await api<User[]>(journey.server.url, 'GET', '/users', { token: coordinator });
  const user = users.body.find((candidate) => candidate.email === email);
  if (!user) throw new Error(`no demo user ${email}`);
  return user.id;
}

/** Lets a test take a page's socket connection away (as a train tunnel would) and give it back. */
async function cuttableConnection(page: Page) {
  let cut = false;
  const open = new Set<WebSocketRoute>();
  await page.context().routeWebSocket(/\/socket\.io\//, (ws) => {
    if (cut) return void ws.close({ code: 4000, reason: 'offline' });
    ws.connectToServer();
    open.add(ws);
  });
  return {
    async cut() {
      cut = true;
      const closing = [...open].map((ws) => ws.close({ code: 4000, reason: 'offline' }).catch(() => undefined));
      open.clear();
      await Promise.all(closing);
    },
    restore() {
      cut = false;
    },
  };
}

/** A meeting the facilitator planned for now and opened, through the API; `setState` is his control. */
async function openMeeting(title: string) {
  const { accessToken: frank } = await login(journey.server.url, FACILITATOR);
  const created = await api<Meeting>(journey.server.url, 'POST', '/meetings', {
    token: frank,
    body: { title, startsAt: new Date().toISOString(), durationMinutes: 60 },
  });
  expect(created.status).toBe(201);
  const meetingId = created.body.id;
  const setState = async (state: Meeting['state']) => {
    const result = await api(journey.server.url, 'PUT', `/meetings/${meetingId}/state`, {
      token: frank,
      body: { state },
    });
    expect(result.status).toBe(200);
  };
  await setState('open');
  return { meetingId, setState };
}

/** Daan on the meeting's page, checked in, the minutes open to write in. */
async function checkIn(daan: Page, meetingId: string, title: string): Promise<Locator> {
  await daan.goto(`${journey.server.url}/bijeenkomsten/${meetingId}`);
  await daan.getByRole('heading', { level: 1, name: title }).waitFor(WAIT);
  // Before checking in he may read the minutes, not write them.
  await daan.locator(`[role="textbox"][aria-label="${MINUTES}"][aria-readonly="true"]`).waitFor(WAIT);
  await daan.getByRole('status').filter({ hasText: 'Verbonden' }).first().waitFor(WAIT);
  await daan.getByRole('button', { name: 'Ik ben er' }).click();
  await daan.getByText('Je bent aangemeld', { exact: true }).waitFor(WAIT);
  await accessMessage(daan, CHECKED_IN).waitFor(WAIT);
  return writable(daan, MINUTES);
}

describe('write access follows the person on their open screen', () => {
  it('turns the minutes read-only on a phone the moment the meeting closes, and writable again when it reopens', async () => {
    const { meetingId, setState } = await openMeeting('Notulen die meegaan met de bijeenkomst');

    // Daan, on his phone, opens the meeting, checks in and writes in the minutes.
    const daan = await journey.open(DAAN, { viewport: PHONE, consoleErrors: true });
    const minutes = await checkIn(daan, meetingId, 'Notulen die meegaan met de bijeenkomst');
    await typeAtEnd(daan, minutes, 'Besluit: we proberen de VR-bril drie maanden.');
    await saved(daan).waitFor(WAIT);
    await shot(daan, 'lst-live-access-minutes-writing.png');

    // Frank closes the meeting: without a reload Daan is told why, and the minutes stop taking his typing.
    await setState('closed');
    await accessMessage(daan, ENDED).waitFor(WAIT);
    await daan.locator(`[role="textbox"][aria-label="${MINUTES}"][aria-readonly="true"]`).waitFor(WAIT);
    expect(await minutes.getAttribute('contenteditable')).toBe('false');
    const before = await minutes.innerText();
    await minutes.click();
    await daan.keyboard.press('Control+End');
    await daan.keyboard.type('Achteraf nog iets toevoegen.', { delay: 10 });
    expect(await minutes.innerText()).toBe(before);
    await daan.getByText('Je kunt dit lezen, maar niet bewerken').first().waitFor(WAIT);
    await shot(daan, 'lst-live-access-minutes-closed.png');

    // Frank reopens: Daan writes again in the same open page, and it is stored.
    await setState('open');
    await accessMessage(daan, BEGUN).waitFor(WAIT);
    expect(await accessMessage(daan, ENDED).count()).toBe(0);
    const again = await writable(daan, MINUTES);
    await typeAtEnd(daan, again, 'Na heropenen: Mila zoekt uit wie het betaalt.');
    await saved(daan).waitFor(WAIT);
    const text = await again.innerText();
    expect(text).toContain('Besluit: we proberen de VR-bril drie maanden.');
    expect(text).toContain('Na heropenen: Mila zoekt uit wie het betaalt.');
    expect(text).not.toContain('Achteraf nog iets toevoegen.');
    await shot(daan, 'lst-live-access-minutes-reopened.png');

    // What the server stored, seen after a reload: both sentences, nothing typed while closed.
    await daan.reload();
    const reloaded = await writable(daan, MINUTES);
    await reloaded.getByText('Na heropenen: Mila zoekt uit wie het betaalt.').waitFor(WAIT);
    expect(await reloaded.innerText()).not.toContain('Achteraf nog iets toevoegen.');

    expect(journey.errors).toEqual([]);
  }, 120_000);

  it('shows no message that no longer holds when the meeting closed while the phone was offline', async () => {
    const title = 'Verslag in de tunnel';
    const { meetingId, setState } = await openMeeting(title);
    const daan = await journey.open(DAAN, { viewport: PHONE });
    // Only connections made from here on pass the switch; going to the meeting page starts one.
    const connection = await cuttableConnection(daan);
    const minutes = await checkIn(daan, meetingId, title);
    await typeAtEnd(daan, minutes, 'Voor de tunnel geschreven.');
    await saved(daan).waitFor(WAIT);

    await connection.cut();
    await daan
      .getByRole('status')
      .filter({ hasText: /^Offline/ })
      .first()
      .waitFor(WAIT);
    await setState('closed');
    connection.restore();

    // Back online: the minutes are read-only, and nothing on screen says he can still write.
    await daan.locator(`[role="textbox"][aria-label="${MINUTES}"][aria-readonly="true"]`).waitFor(WAIT);
    await daan.getByRole('status').filter({ hasText: 'Verbonden' }).first().waitFor(WAIT);
    await shot(daan, 'lst-live-access-minutes-after-tunnel.png');
    expect(await accessMessage(daan, CHECKED_IN).count()).toBe(0);
    expect(await daan.getByText('Je kunt meeschrijven', { exact: false }).count()).toBe(0);

    expect(journey.errors).toEqual([]);
  }, 120_000);

  it('takes a participant’s screen to the table the facilitator moves them to, where they write on', async () => {
    const { accessToken: frank } = await login(journey.server.url, FACILITATOR);
    const { accessToken: coordinator } = await login(journey.server.url, COORDINATOR);
    const daanId = await userId(coordinator, DAAN.email);
    const conversations = await api<Conversation[]>(journey.server.url, 'GET', '/conversations', { token: frank });
    const conversationId = conversations.body[0]?.id ?? '';
    const conversation = await api<ConversationDetail>(journey.server.url, 'GET', `/conversations/${conversationId}`, {
      token: frank,
    });
    const created = await api<Cafe>(journey.server.url, 'POST', '/cafes', {
      token: frank,
      body: {
        title: 'Wereldcafé: toegang volgt je stoel',
        centralQuestion: 'Wie schrijft waar?',
        conversationId,
        tables: conversation.body.statements
          .slice(0, 2)
          .map((statement) => ({ prompt: { kind: 'statement', statementId: statement.id } })),
        rounds: 2,
        minutesPerRound: 20,
        tableSize: 3,
      },
    });
    expect(created.status).toBe(201);
    const cafeId = created.body.id;
    const control = async (action: string, body?: unknown) => {
      const result = await api<Cafe>(journey.server.url, 'POST', `/cafes/${cafeId}/${action}`, { token: frank, body });
      expect(result.status).toBe(200);
      return result.body;
    };
    await control('lobby');

    // Daan waits in the lobby on his phone; the facilitator starts and he sits at a table.
    const daan = await journey.open(DAAN, { viewport: PHONE, consoleErrors: true });
    await daan.goto(`${journey.server.url}/wereldcafe/${cafeId}`);
    await daan.getByText('Het wereldcafé begint zo.', { exact: false }).waitFor(WAIT);
    const started = await control('start');
    const from = started.seatings.at(-1)?.tables.find((table) => table.members.includes(daanId))?.table;
    if (from === undefined) throw new Error('Daan was not seated');
    const to = from === 0 ? 1 : 0;
    const fromName = `Tafelkleed van tafel ${from + 1}`;
    const toName = `Tafelkleed van tafel ${to + 1}`;
    await daan.getByRole('heading', { level: 2, name: `Jij zit aan tafel ${from + 1}` }).waitFor(WAIT);
    await typeAtEnd(daan, await writable(daan, fromName), 'Aan de eerste tafel: eerst klein beginnen.');
    await saved(daan).waitFor(WAIT);

    // The facilitator moves him by hand: his screen follows, the old tablecloth is gone from it.
    await control('moves', { userId: daanId, table: to });
    await daan.getByRole('heading', { level: 2, name: `Jij zit aan tafel ${to + 1}` }).waitFor(WAIT);
    const cloth = await writable(daan, toName);
    await daan.getByRole('textbox', { name: fromName }).waitFor({ state: 'detached', ...WAIT });
    expect(await cloth.innerText()).not.toContain('Aan de eerste tafel');
    await typeAtEnd(daan, cloth, 'Aan de nieuwe tafel: wie betaalt de licenties?');
    await saved(daan).waitFor(WAIT);
    // Any editable tablecloth left on his screen is the new one.
    expect(await daan.locator('[role="textbox"][contenteditable="true"]').count()).toBe(1);
    await shot(daan, 'lst-live-access-cafe-moved.png');

    // The server seats him there, and after a reload his sentence is on that table's cloth.
    const after = await api<Cafe>(journey.server.url, 'GET', `/cafes/${cafeId}`, { token: frank });
    expect(after.body.seatings.at(-1)?.tables.find((table) => table.table === to)?.members).toContain(daanId);
    await daan.reload();
    const reloaded = await writable(daan, toName);
    await reloaded.getByText('Aan de nieuwe tafel: wie betaalt de licenties?').waitFor(WAIT);
    expect(await reloaded.innerText()).not.toContain('Aan de eerste tafel');

    expect(journey.errors).toEqual([]);
  }, 120_000);

  it('sends a blocked person’s open page to the login, which then says the account is blocked', async () => {
    const { accessToken: coordinator } = await login(journey.server.url, COORDINATOR);
    const milaId = await userId(coordinator, MILA.email);
    const block = async (disabled: boolean) => {
      const result = await api<User>(journey.server.url, 'PUT', `/users/${milaId}/disabled`, {
        token: coordinator,
        body: { disabled },
      });
      expect(result.body.disabled).toBe(disabled);
    };

    // Mila has her organisation's shared notes open.
    const mila = await journey.open(MILA);
    await mila.goto(`${journey.server.url}/notities`);
    await writable(mila, 'Gedeelde notities');
    await mila.getByRole('status').filter({ hasText: 'Verbonden' }).first().waitFor(WAIT);

    try {
      await block(true);
      // Within seconds, without her doing anything, her page is the login page.
      await mila.waitForURL(/\/inloggen$/, { timeout: 10_000 });
      await mila.getByRole('button', { name: 'Inloggen' }).waitFor(WAIT);
      expect(await mila.getByRole('textbox', { name: 'Gedeelde notities' }).count()).toBe(0);
      // The login page says why at once, before she tries again.
      await mila.getByRole('alert').filter({ hasText: BLOCKED }).waitFor(WAIT);
      await shot(mila, 'lst-live-access-blocked-logged-out.png');

      await mila.getByLabel('E-mailadres').fill(MILA.email);
      await mila.getByLabel('Wachtwoord').fill(MILA.password);
      await mila.getByRole('button', { name: 'Inloggen' }).click();
      await mila.getByRole('alert').filter({ hasText: BLOCKED }).waitFor(WAIT);
      await shot(mila, 'lst-live-access-blocked-login.png');
    } finally {
      await block(false);
    }

    // Unblocked, she logs in and is back where she was.
    await mila.getByRole('button', { name: 'Inloggen' }).click();
    await writable(mila, 'Gedeelde notities');
    expect(new URL(mila.url()).pathname).toBe('/notities');

    expect(journey.errors).toEqual([]);
  }, 120_000);
});
