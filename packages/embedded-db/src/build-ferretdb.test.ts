import { assertGoAvailable } from './build-ferretdb';
import { EmbeddedDbError } from './errors';

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
