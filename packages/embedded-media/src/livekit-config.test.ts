import { livekitEnvironment, renderLivekitConfig, type LivekitConfigInput } from './livekit-config';

function input(overrides: Partial<LivekitConfigInput> = {}): LivekitConfigInput {
  return {
    ports: { http: 41000, rtcTcp: 41001, rtcUdp: 41002 },
    keys: { apiKey: 'APIabcdefghijkl', apiSecret: 's'.repeat(48) },
    logLevel: 'warn',
    emptyTimeoutSeconds: 60,
    ...overrides,
  };
}

describe(renderLivekitConfig.name, () => {
  it('listens on loopback with the given ports and keys, and no external IP lookup', () => {
    const yaml = renderLivekitConfig(input());

    expect(yaml).toContain('port: 41000\n');
    expect(yaml).toContain('bind_addresses:\n  - "127.0.0.1"\n');
    expect(yaml).toContain(`keys:\n  "APIabcdefghijkl": "${'s'.repeat(48)}"\n`);
    expect(yaml).toContain('rtc:\n  tcp_port: 41001\n  udp_port: 41002\n  use_external_ip: false\n');
    expect(yaml).toContain('room:\n  auto_create: true\n  empty_timeout: 60\n');
    expect(yaml).toContain('logging:\n  level: warn\n');
  });

  it('sends webhooks only when a URL is given, signed with the same key', () => {
    expect(renderLivekitConfig(input())).not.toContain('webhook');

    const yaml = renderLivekitConfig(input({ webhookUrl: 'http://127.0.0.1:3000/api/media/webhook' }));

    expect(yaml).toContain(
      'webhook:\n  api_key: "APIabcdefghijkl"\n  urls:\n    - "http://127.0.0.1:3000/api/media/webhook"\n',
    );
  });

  it('quotes a URL with YAML-significant characters so it stays one string', () => {
    const yaml = renderLivekitConfig(input({ webhookUrl: 'http://h/a?b=1#c: "d"' }));

    expect(yaml).toContain('    - "http://h/a?b=1#c: \\"d\\""\n');
  });
});

describe(livekitEnvironment.name, () => {
  it("keeps the app's LiveKit settings and LiveKit's own variables away from the embedded server", () => {
    const env = livekitEnvironment({
      PATH: '/usr/bin',
      HOME: '/root',
      LIVEKIT_URL: 'wss://media.example.org',
      LIVEKIT_API_SECRET: 'production-secret',
      LIVEKIT_CONFIG: 'port: 1',
      LIVEKIT_KEYS: 'a: b',
      NODE_IP: '203.0.113.5',
      UDP_PORT: '7882',
      REDIS_HOST: 'redis:6379',
      REDIS_URL: 'redis://localhost:6379',
    });

    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/root', REDIS_URL: 'redis://localhost:6379' });
  });
});
