import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { applyFerretDbPatch, assertGoAvailable } from './build-ferretdb';
import { EmbeddedDbError } from './errors';
import { ferretDbBinaryPath, ferretDbPatchFile, FERRETDB_PATCH } from './paths';

describe(assertGoAvailable.name, () => {
  const originalPath = process.env.PATH;

  afterEach(() => {
    process.env.PATH = originalPath;
  });

  it('tells the user to install Go or set MONGODB_URI when Go is missing', async () => {
    process.env.PATH = '/nonexistent';
    const attempt = assertGoAvailable();
    await expect(attempt).rejects.toThrow(EmbeddedDbError);
    await expect(assertGoAvailable()).rejects.toThrow(/Install Go .*MONGODB_URI/);
  });

  it('passes when Go is on the PATH', async () => {
    process.env.PATH = `/usr/local/go/bin:${originalPath ?? ''}`;
    await expect(assertGoAvailable()).resolves.toBeUndefined();
  });
});

describe(applyFerretDbPatch.name, () => {
  let dir: string;
  const patchText = [
    '--- a/internal/lock.go',
    '+++ b/internal/lock.go',
    '@@ -1,2 +1,2 @@',
    ' package handler',
    '-// unlocked',
    '+// locked',
    '',
  ].join('\n');

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lst-patch-'));
    await fs.mkdir(path.join(dir, 'src', 'internal'), { recursive: true });
    await fs.writeFile(path.join(dir, 'change.patch'), patchText);
  });

  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('applies a unified diff to the source folder', async () => {
    await fs.writeFile(path.join(dir, 'src', 'internal', 'lock.go'), 'package handler\n// unlocked\n');
    await applyFerretDbPatch(path.join(dir, 'src'), path.join(dir, 'change.patch'));
    expect(await fs.readFile(path.join(dir, 'src', 'internal', 'lock.go'), 'utf8')).toBe(
      'package handler\n// locked\n',
    );
  });

  it('refuses a patch that does not match the source exactly and leaves the file as it was', async () => {
    const original = 'package handler\n// something else\n';
    await fs.writeFile(path.join(dir, 'src', 'internal', 'lock.go'), original);
    const attempt = applyFerretDbPatch(path.join(dir, 'src'), path.join(dir, 'change.patch'));
    await expect(attempt).rejects.toThrow(EmbeddedDbError);
    await expect(attempt).rejects.toThrow(/Could not apply change\.patch/);
    expect(await fs.readFile(path.join(dir, 'src', 'internal', 'lock.go'), 'utf8')).toBe(original);
  });

  it('names the binary after the patch, so a build of an older patch is not reused', async () => {
    expect(path.basename(ferretDbBinaryPath)).toBe(`ferretdb-v1.24.2-${FERRETDB_PATCH}`);
    await expect(fs.access(ferretDbPatchFile)).resolves.toBeUndefined();
  });
});
