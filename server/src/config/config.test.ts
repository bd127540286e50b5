import { ConfigError, loadConfig } from './config';

describe(loadConfig.name, () => {
  it('starts with working defaults for a local installation', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      mongodbUri: undefined,
      seedDemo: true,
      loginRateLimitPerMinute: 10,
      loginFailuresPerAccount: 10,
      loginLockoutSeconds: 60,
    });
  });

  it('names every bad variable in one clear error', () => {
    const attempt = () => loadConfig({ PORT: 'drieduizend', MONGODB_URI: 'postgres://x', SEED_DEMO: 'ja' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT/);
    expect(attempt).toThrow(/MONGODB_URI/);
    expect(attempt).toThrow(/SEED_DEMO/);
  });

  it('requires a token secret in production, so none is ever generated there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(/at least 32/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).jwtSecret).toHaveLength(32);
  });
});
