interface Slot {
  timer?: NodeJS.Timeout;
  lastSentAt: number;
}

/**
 * Runs `send(key)` at most once per interval per key: a single request runs at once, a burst becomes
 * the first and one more at the end of the interval (so what is sent then is the latest). For what
 * goes to a whole room on every change: 200 people entering within seconds would otherwise send the
 * room something for each of them, which grows with the square of the room.
 */
export class KeyedThrottle {
  private readonly slots = new Map<string, Slot>();

  constructor(
    private readonly intervalMs: number,
    private readonly send: (key: string) => void,
  ) {}

  request(key: string): void {
    const slot = this.slots.get(key) ?? { lastSentAt: 0 };
    this.slots.set(key, slot);
    if (slot.timer) return;
    const wait = slot.lastSentAt + this.intervalMs - Date.now();
    if (wait <= 0) this.run(key, slot);
    else slot.timer = setTimeout(() => this.run(key, slot), wait);
  }

  stop(): void {
    for (const slot of this.slots.values()) clearTimeout(slot.timer);
    this.slots.clear();
  }

  private run(key: string, slot: Slot): void {
    slot.timer = undefined;
    slot.lastSentAt = Date.now();
    this.send(key);
  }
}
