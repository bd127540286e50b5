import { assertGoAvailable } from './build-livekit';
import { EmbeddedMediaError } from './errors';

describe(assertGoAvailable.name, () => {
  const originalPath = process.env.PATH;

  afterEach(() => {
    process.env.PATH = originalPath;
  });

  it('tells the user to install Go or point LIVEKIT_URL at their own LiveKit when Go is missing', async () => {
    process.env.PATH = '/nonexistent';
    const attempt = assertGoAvailable();
    await expect(attempt).rejects.toThrow(EmbeddedMediaError);
    await expect(assertGoAvailable()).rejects.toThrow(/Install Go .*LIVEKIT_URL/);
  });

  it('passes when Go is on the PATH', async () => {
    process.env.PATH = `/usr/local/go/bin:${originalPath ?? ''}`;
    await expect(assertGoAvailable()).resolves.toBeUndefined();
  });
});
