import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { EmbeddedMediaError } from './errors';

export interface LivekitKeys {
  apiKey: string;
  apiSecret: string;
}

export const KEYS_FILE_NAME = 'livekit-keys.json';

/** LiveKit refuses shorter secrets. */
const MIN_SECRET_LENGTH = 32;
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomAlphanumeric(length: number): string {
  // 248 is the largest multiple of 62 below 256: rejecting bytes above it keeps the choice uniform.
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += ALPHANUMERIC[byte % ALPHANUMERIC.length];
    }
  }
  return out;
}

export function generateLivekitKeys(): LivekitKeys {
  // Shaped like the keys `livekit-server generate-keys` prints; 36 random bytes are 48 base64url characters.
  return { apiKey: `API${randomAlphanumeric(12)}`, apiSecret: randomBytes(36).toString('base64url') };
}

function parseKeys(text: string, file: string): LivekitKeys {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  const keys = parsed as Partial<LivekitKeys> | null;
  if (
    typeof keys?.apiKey !== 'string' ||
    !/^[A-Za-z0-9_-]+$/.test(keys.apiKey) ||
    typeof keys.apiSecret !== 'string' ||
    !/^[A-Za-z0-9_-]+$/.test(keys.apiSecret) ||
    keys.apiSecret.length < MIN_SECRET_LENGTH
  ) {
    throw new EmbeddedMediaError(
      `${file} does not hold valid LiveKit keys ({ "apiKey", "apiSecret" } of letters, digits, - and _, ` +
        `the secret at least ${MIN_SECRET_LENGTH} characters). Delete it to have new keys generated.`,
    );
  }
  return { apiKey: keys.apiKey, apiSecret: keys.apiSecret };
}

/**
 * Reads the embedded LiveKit's API key and secret from `<dataDir>/livekit-keys.json`, generating them on first
 * use, so tokens and webhooks keep verifying across restarts. The file is readable by its owner only.
 */
export async function loadOrCreateLivekitKeys(dataDir: string): Promise<LivekitKeys> {
  const file = path.join(dataDir, KEYS_FILE_NAME);
  const existing = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (existing !== null) return parseKeys(existing, file);

  await fs.mkdir(dataDir, { recursive: true });
  const keys = generateLivekitKeys();
  const partial = `${file}.${randomBytes(6).toString('hex')}.partial`;
  await fs.writeFile(partial, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  try {
    // link() fails when another process wrote the file meanwhile; then both use that one.
    await fs.link(partial, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return parseKeys(await fs.readFile(file, 'utf8'), file);
  } finally {
    await fs.rm(partial, { force: true });
  }
  return keys;
}
