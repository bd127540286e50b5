import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Debian's Chromium, headless; never a downloaded browser. `fakeMedia`: a fake camera and
 * microphone, allowed without asking, and sound that plays without a click (for calls).
 */
export function launchChromium(options: { fakeMedia?: boolean; extraArgs?: string[] } = {}): Promise<Browser> {
  const media = options.fakeMedia
    ? [
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        '--autoplay-policy=no-user-gesture-required',
      ]
    : [];
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...media,
      ...(options.extraArgs ?? []),
    ],
  });
}

export interface Credentials {
  email: string;
  password: string;
}

export interface LoggedInPageOptions {
  viewport?: { width: number; height: number };
  /** Receives uncaught page errors (and console errors, see below); each starts with the user's e-mail address. */
  errors: string[];
  /** Also collect console errors once logged in (not for journeys that cut the connection on purpose). */
  consoleErrors?: boolean;
  /** The device's time zone (e.g. to show that times stay in Amsterdam time elsewhere). */
  timezoneId?: string;
}

/** A fresh browser profile (own cookies, storage and socket) with the user logged in through the form. */
export async function loggedInPage(
  browser: Browser,
  baseUrl: string,
  user: Credentials,
  { viewport = { width: 1280, height: 800 }, errors, consoleErrors = false, timezoneId }: LoggedInPageOptions,
): Promise<Page> {
  const context = await browser.newContext({ viewport, ...(timezoneId ? { timezoneId } : {}) });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`${user.email}: ${error.message}`));
  await page.goto(`${baseUrl}/inloggen`);
  await page.getByLabel('E-mailadres').fill(user.email);
  await page.getByLabel('Wachtwoord').fill(user.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Welkom' }).waitFor({ timeout: 20_000 });
  if (!consoleErrors) return page;
  // Listened to only from here: before logging in, the app's session check answers 401 by design.
  page.on('console', (message) => {
    if (message.type() === 'error' && !isCallLibraryCloseNoise(message.text()))
      errors.push(`${user.email} (console): ${message.text()} ${message.location().url}`);
  });
  return page;
}

/**
 * livekit-client logs its data channels closing as errors when a call ends while they are still
 * opening (a meeting closed, a table changed): "DataChannel error on lossy: User-Initiated Abort" and
 * "publisher data channel 'LOSSY' closed unexpectedly". Nothing failed; it is a known upstream issue
 * (livekit/client-sdk-js#1953). Every other console error still fails a journey.
 */
function isCallLibraryCloseNoise(text: string): boolean {
  return (
    /^DataChannel error on \w+: User-Initiated Abort/.test(text) ||
    /^(Unknown DataChannel error on \w+|publisher data channel '\w+' closed unexpectedly)/.test(text)
  );
}
