/**
 * Runs tasks one after another per key, in the order they were queued. Counting a statement's
 * votes and broadcasting the tally in this order means the last tally sent was counted after
 * every vote before it was stored, so concurrent votes cannot leave rooms with a stale tally.
 */
export class KeyedSerial {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
