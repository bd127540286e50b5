import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedMediaError } from './errors';
import { generateLivekitKeys, KEYS_FILE_NAME, loadOrCreateLivekitKeys } from './keys';

let dataDir: string;

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lst-livekit-keys-'));
});

afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe(generateLivekitKeys.name, () => {
  it('makes a key shaped like LiveKit’s own and a 48-character secret, different each time', () => {
    const keys = generateLivekitKeys();

    expect(keys.apiKey).toMatch(/^API[A-Za-z0-9]{12}$/);
    expect(keys.apiSecret).toMatch(/^[A-Za-z0-9_-]{48}$/);
    expect(generateLivekitKeys()).not.toEqual(keys);
  });
});

describe(loadOrCreateLivekitKeys.name, () => {
  it('writes new keys for the owner only and returns the same ones next time', async () => {
    const folder = path.join(dataDir, 'not-yet-there');
    const first = await loadOrCreateLivekitKeys(folder);

    const stat = await fs.stat(path.join(folder, KEYS_FILE_NAME));
    expect(stat.mode & 0o777).toBe(0o600);
    expect(await loadOrCreateLivekitKeys(folder)).toEqual(first);
    expect(await fs.readdir(folder)).toEqual([KEYS_FILE_NAME]);
  });

  it('gives processes that start together one pair of keys', async () => {
    const all = await Promise.all([1, 2, 3, 4].map(() => loadOrCreateLivekitKeys(dataDir)));

    expect(new Set(all.map((keys) => keys.apiSecret)).size).toBe(1);
  });

  it('refuses a file whose secret LiveKit would reject, and says how to recover', async () => {
    await fs.writeFile(path.join(dataDir, KEYS_FILE_NAME), JSON.stringify({ apiKey: 'APIabc', apiSecret: 'short' }));

    const attempt = loadOrCreateLivekitKeys(dataDir);
    await expect(attempt).rejects.toThrow(EmbeddedMediaError);
    await expect(loadOrCreateLivekitKeys(dataDir)).rejects.toThrow(/at least 32 characters.*Delete it/);
  });
});
