import { formatNetworkTime, type MeetingSummary } from '@leernetwerk/shared';
import { api, login } from '../support/api-client';
import { useBrowserJourney } from '../support/browser-journey';

const journey = useBrowserJourney();
const facilitator = { email: 'aanjager@demo.nl', password: 'demo-wachtwoord' };

it('shows a meeting time in Amsterdam time on a device set to New York, with the accreditation form', async () => {
  const token = (await login(journey.server.url, facilitator.email)).accessToken;
  const meetings = await api<MeetingSummary[]>(journey.server.url, 'GET', '/meetings', { token });
  const meeting = meetings.body[0];
  expect(meeting).toBeDefined();
  const startsAt = meeting?.startsAt ?? '';

  const page = await journey.open(facilitator, { timezoneId: 'America/New_York' });
  await page.goto(`${journey.server.url}/bijeenkomsten/${meeting?.id ?? ''}`);
  const amsterdam = formatNetworkTime(startsAt, 'nl', 'dayTimeFull');
  const newYork = new Intl.DateTimeFormat('nl', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'America/New_York',
  }).format(new Date(startsAt));
  expect(amsterdam).not.toBe(newYork);
  await page.getByText(amsterdam).first().waitFor();
  expect(await page.getByText(newYork).count()).toBe(0);

  const section = page.getByRole('region', { name: 'Accreditatie' });
  await section.getByLabel('Register of accreditatie-instantie').fill('SKJ');
  await section.getByLabel('Accreditatienummer').fill('ACC-2026-118');
  await section.getByLabel('Aantal').fill('2,5');
  await section.getByRole('button', { name: 'Accreditatie opslaan' }).click();
  await section.getByText('SKJ, nummer ACC-2026-118: 2,5 punten.', { exact: false }).waitFor();
  await section.screenshot({ path: '/tmp/i15-exports-accreditation.png' });
  await page.screenshot({ path: '/tmp/i15-exports-meeting.png', fullPage: true });
  expect(journey.errors).toEqual([]);
}, 120_000);
