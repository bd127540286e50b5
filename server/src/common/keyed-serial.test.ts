import { KeyedSerial } from './keyed-serial';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(KeyedSerial.name, () => {
  it('runs tasks with the same key in the order they were queued, even when the first is slower', async () => {
    const serial = new KeyedSerial();
    const order: string[] = [];
    await Promise.all([
      serial.run('a', async () => {
        await tick(20);
        order.push('first');
      }),
      serial.run('a', async () => {
        order.push('second');
        return Promise.resolve();
      }),
    ]);
    expect(order).toEqual(['first', 'second']);
  });

  it('keeps going after a task fails', async () => {
    const serial = new KeyedSerial();
    await expect(serial.run('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(serial.run('a', () => Promise.resolve(42))).resolves.toBe(42);
  });
});
