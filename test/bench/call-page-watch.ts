import type { Page } from 'playwright-core';

/**
 * What one participant's café page shows of its call at one moment, read from the DOM the person
 * sees: the call card's heading ("Gesprek aan tafel 2"), the tiles of the others (by the name in
 * their caption) and whether each tile plays video (a <video> with a decoded frame), and how many
 * <audio> elements of the call (RoomAudioRenderer: one per received microphone) hold a live track.
 * LiveKit's audio elements do not name their participant, so audio is a count, checked against
 * tiles that do.
 */
export interface CallView {
  /** performance.timeOrigin + performance.now() in the page: epoch milliseconds, sub-millisecond. */
  at: number;
  heading: string;
  tiles: { name: string; video: boolean }[];
  audio: number;
  /** The status line says "Je bent in het gesprek." */
  connected: boolean;
  /** The watcher clicked the camera on at this moment (a view of its own). */
  cameraClick?: true;
}

interface WatchArgs {
  names: string[];
  me: string;
  intervalMs: number;
  cameraRetryMs: number;
}

const WATCH_KEY = '__lstCallWatch';

/**
 * Runs in the page: every `intervalMs` it reads the call and records a CallView when anything
 * changed. It also turns the camera on whenever a connected call shows it off, as a person would
 * on arriving at a table: the app keeps the microphone across tables but starts every call with
 * the camera off.
 */
function installInPage({ names, me, intervalMs, cameraRetryMs }: WatchArgs): void {
  const store = window as unknown as Record<string, CallView[] | undefined>;
  if (store.__lstCallWatch) return;
  const views: CallView[] = [];
  store.__lstCallWatch = views;
  let lastKey = '';
  let cameraClickedAt = -Infinity;
  const nameOf = (caption: string): string =>
    names.find((name) => caption === name || caption.startsWith(`${name} `)) ?? `?${caption}`;

  const tick = (): void => {
    const list = document.querySelector('ul[aria-label="Mensen in dit gesprek"]');
    const section = list?.closest('section') ?? null;
    const heading = section?.querySelector('h1, h2, h3, h4')?.textContent?.trim() ?? '';
    const tiles: CallView['tiles'] = [];
    for (const tile of Array.from(list?.children ?? [])) {
      // A tile is the picture (video or initials), then the caption whose first line is the name.
      const name = nameOf(tile.lastElementChild?.firstElementChild?.textContent?.trim() ?? '');
      if (name === me) continue;
      const video = tile.querySelector('video');
      tiles.push({ name, video: video !== null && video.videoWidth > 0 && !video.paused });
    }
    tiles.sort((a, b) => a.name.localeCompare(b.name));
    const audio = Array.from(section?.querySelectorAll('audio') ?? []).filter((element) => {
      const stream = element.srcObject;
      return stream instanceof MediaStream && stream.getAudioTracks().some((track) => track.readyState === 'live');
    }).length;
    const connected = Array.from(section?.querySelectorAll('[role="status"]') ?? []).some(
      (element) => element.textContent === 'Je bent in het gesprek.',
    );
    const key = JSON.stringify([heading, tiles, audio, connected]);
    if (key !== lastKey) {
      lastKey = key;
      views.push({ at: performance.timeOrigin + performance.now(), heading, tiles, audio, connected });
    }
    if (!connected || !section) return;
    const camera = Array.from(section.querySelectorAll<HTMLButtonElement>('button[aria-pressed]')).find((button) =>
      button.textContent?.startsWith('Camera'),
    );
    if (
      camera?.getAttribute('aria-pressed') === 'false' &&
      !camera.disabled &&
      performance.now() - cameraClickedAt > cameraRetryMs
    ) {
      cameraClickedAt = performance.now();
      views.push({ at: performance.timeOrigin + cameraClickedAt, heading, tiles, audio, connected, cameraClick: true });
      camera.click();
    }
  };
  setInterval(tick, intervalMs);
}

export async function watchCall(page: Page, args: WatchArgs): Promise<void> {
  await page.evaluate(installInPage, args);
}

/** Everything the page showed since the watcher started, oldest first; camera clicks left out unless asked. */
export async function callViews(page: Page, withClicks = false): Promise<CallView[]> {
  const views = await page.evaluate(
    (key) => (window as unknown as Record<string, CallView[] | undefined>)[key] ?? [],
    WATCH_KEY,
  );
  return withClicks ? views : views.filter((view) => !view.cameraClick);
}

/** Where a participant should be after a round change: the table's call, with exactly these others. */
export interface ExpectedCall {
  heading: string;
  /** The tablemates' names, sorted. */
  names: string[];
}

/** The view shows exactly the expected people, each heard (by count) and, with `video`, seen. */
export function showsExactly(view: CallView, expected: ExpectedCall, video: boolean): boolean {
  return (
    view.heading === expected.heading &&
    view.tiles.length === expected.names.length &&
    view.tiles.every((tile, i) => tile.name === expected.names[i] && (!video || tile.video)) &&
    view.audio === expected.names.length
  );
}

/** The first moment at or after `from` at which the page showed what was expected; null if never. */
export function firstShown(views: CallView[], from: number, expected: ExpectedCall, video: boolean): number | null {
  let inEffect = -1;
  views.forEach((view, i) => {
    if (view.at <= from) inEffect = i;
  });
  const current = views[inEffect];
  if (current && showsExactly(current, expected, video)) return from;
  for (const view of views.slice(inEffect + 1)) if (showsExactly(view, expected, video)) return view.at;
  return null;
}
