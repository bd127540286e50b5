import fs from 'node:fs/promises';
import path from 'node:path';
const STALE_AFTER_MS = 15 * 60_000;

/**
 * Serialises builds across processes (parallel test workers), using mkdir as an atomic lock.
 * A lock older than any real build is considered abandoned by a killed process.
 */
export async function withBuildLock<T>(cacheDir: string, work: () => Promise<T>): Promise<T> {
  const lockDir = path.join(cacheDir, 'build.lock');
  await fs.mkdir(cacheDir, { recursive: true });
  for (;;) {
    try {
      await fs.mkdir(lockDir);
      break;
    } catch {
      const stat = await fs.stat(lockDir).catch(() => null);
      if (stat && Date.now() - stat.mtimeMs > STALE_AFTER_MS) {
        await fs.rm(lockDir, { recursive: true, force: true });
      } else {
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }
  try {
    return await work();
  } finally {
    await fs.rm(lockDir, { recursive: true, force: true });
  }
}
