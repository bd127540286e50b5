import { runCommand, withBuildLock } from '@leernetwerk/embedded-db';
import fs from 'node:fs/promises';
import { EmbeddedMediaError } from './errors';
import { cacheDir, goModuleDir, LIVEKIT_MODULE, LIVEKIT_VERSION, livekitBinaryPath } from './paths';

async function fileExists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

export async function assertGoAvailable(): Promise<void> {
  const result = await runCommand('go', ['version'], { cwd: goModuleDir }).catch(() => null);
  if (!result || result.code !== 0) {
    throw new EmbeddedMediaError(
      'Voice and video (LiveKit) must be built once with Go, but Go was not found. ' +
        'Install Go 1.26 or newer (https://go.dev/dl/), or set LIVEKIT_URL, LIVEKIT_API_KEY and ' +
        'LIVEKIT_API_SECRET to use a LiveKit server of your own.',
    );
  }
}

/** Builds livekit-server from the version pinned as a tool in go/go.mod (checked against go/go.sum). */
async function buildLivekit(log: (line: string) => void): Promise<void> {
  await assertGoAvailable();
  log(`Building LiveKit ${LIVEKIT_VERSION} with Go (once; three to four minutes)...`);
  await fs.mkdir(cacheDir, { recursive: true });
  const partial = `${livekitBinaryPath}.partial`;
  const build = await runCommand(
    'go',
    ['build', '-buildvcs=false', '-trimpath', '-o', partial, `${LIVEKIT_MODULE}/cmd/server`],
    { cwd: goModuleDir, env: { ...process.env, CGO_ENABLED: '0' } },
  );
  if (build.code !== 0) {
    await fs.rm(partial, { force: true });
    throw new EmbeddedMediaError(`Building LiveKit failed:\n${build.stderr || build.stdout}`);
  }
  // Rename last, so a half-written binary is never mistaken for a finished one.
  await fs.rename(partial, livekitBinaryPath);
  log('LiveKit built.');
}

/** Returns the path of the livekit-server binary, building it first when the cache lacks it. */
export async function ensureLivekitBinary(log: (line: string) => void = (line) => console.log(line)): Promise<string> {
  if (await fileExists(livekitBinaryPath)) return livekitBinaryPath;
  await withBuildLock(cacheDir, async () => {
    if (!(await fileExists(livekitBinaryPath))) await buildLivekit(log);
  });
  return livekitBinaryPath;
}
