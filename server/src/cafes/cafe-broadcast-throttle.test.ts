import type { Cafe } from '@leernetwerk/shared';
import { CafeBroadcastThrottle } from './cafe-broadcast-throttle';
import type { CafesLive } from './cafes.live';

const cafe = (round: number) => ({ id: 'c1', round }) as Cafe;

describe(CafeBroadcastThrottle.name, () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function throttle() {
    const sent: number[] = [];
    const live = { updated: (c: Cafe) => sent.push(c.round) } as unknown as CafesLive;
    return { sent, throttle: new CafeBroadcastThrottle(live) };
  }

  it('sends a single change at once', () => {
    const { sent, throttle: t } = throttle();
    t.send(cafe(1));
    expect(sent).toEqual([1]);
  });

  it('turns a burst into the first and the latest state', () => {
    const { sent, throttle: t } = throttle();
    for (let round = 1; round <= 50; round++) t.send(cafe(round));
    expect(sent).toEqual([1]);
    jest.advanceTimersByTime(CafeBroadcastThrottle.INTERVAL_MS);
    expect(sent).toEqual([1, 50]);
    jest.advanceTimersByTime(10 * CafeBroadcastThrottle.INTERVAL_MS);
    expect(sent).toEqual([1, 50]);
  });
});
