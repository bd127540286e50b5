import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { startEmbeddedDb } from './start-embedded-db';

let dataDir: string;

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lst-embedded-'));
});

afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}

describe(startEmbeddedDb.name, () => {
  it('keeps written documents in the data folder across a restart', async () => {
    const first = await startEmbeddedDb({ dataDir });
    const client = await MongoClient.connect(first.uri);
    await client.db().collection('notes').insertOne({ text: 'blijft bewaard' });
    await client.close();
    await first.stop();
    expect(isRunning(first.pid)).toBe(false);

    const second = await startEmbeddedDb({ dataDir });
    const again = await MongoClient.connect(second.uri);
    const found = await again.db().collection('notes').findOne({ text: 'blijft bewaard' });
    await again.close();
    await second.stop();
    expect(found?.text).toBe('blijft bewaard');
  });

  it('stops the database when the process that started it is killed', async () => {
    // A child Node process (the compiled package) starts the database and prints its pid; then it is SIGKILLed.
    const child = spawn(
      process.execPath,
      [
        '-e',
        `require(${JSON.stringify(path.join(__dirname, '../dist/index.js'))})
          .startEmbeddedDb({ dataDir: ${JSON.stringify(dataDir)} })
          .then((db) => console.log('PID ' + db.pid));`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const pid = await new Promise<number>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const match = /PID (\d+)/.exec(chunk.toString());
        if (match?.[1]) resolve(Number(match[1]));
      });
    });
    expect(isRunning(pid)).toBe(true);
    child.kill('SIGKILL');
    expect(await waitUntil(() => !isRunning(pid), 10_000)).toBe(true);
  });
});
