import type { LivekitPorts } from './free-ports';
import type { LivekitKeys } from './keys';

export type LivekitLogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface LivekitConfigInput {
  ports: LivekitPorts;
  keys: LivekitKeys;
  webhookUrl?: string;
  logLevel: LivekitLogLevel;
  /** Seconds a room created ahead of time waits for its first participant. */
  emptyTimeoutSeconds: number;
}

/** A JSON string is a valid YAML double-quoted scalar, so values never need escaping rules of their own. */
const quote = (value: string): string => JSON.stringify(value);

/** The YAML config (key names as in LiveKit v1.13.5's config-sample.yaml) for one loopback-only node. */
export function renderLivekitConfig(input: LivekitConfigInput): string {
  const { ports, keys } = input;
  const lines = [
    '# Written by @leernetwerk/embedded-media at each start (free ports change); edits are overwritten.',
    `port: ${ports.http}`,
    'bind_addresses:',
    `  - ${quote('127.0.0.1')}`,
    'keys:',
    `  ${quote(keys.apiKey)}: ${quote(keys.apiSecret)}`,
    'rtc:',
    `  tcp_port: ${ports.rtcTcp}`,
    `  udp_port: ${ports.rtcUdp}`,
    // No STUN look-up of a public address: the embedded node serves browsers on this machine.
    '  use_external_ip: false',
    'room:',
    '  auto_create: true',
    `  empty_timeout: ${input.emptyTimeoutSeconds}`,
    '  departure_timeout: 20',
    'logging:',
    `  level: ${input.logLevel}`,
  ];
  if (input.webhookUrl) {
    lines.push('webhook:', `  api_key: ${quote(keys.apiKey)}`, '  urls:', `    - ${quote(input.webhookUrl)}`);
  }
  return `${lines.join('\n')}\n`;
}

/*
 * livekit-server reads LIVEKIT_CONFIG, LIVEKIT_KEYS, LIVEKIT_<SECTION>_<KEY>, NODE_IP, UDP_PORT, REDIS_HOST and
 * more from the environment, ahead of or on top of --config. The app's own LIVEKIT_* settings (meant for a
 * production LiveKit) must not leak into the embedded one.
 */
const LIVEKIT_ENV = /^(LIVEKIT_|NODE_IP$|UDP_PORT$|REDIS_HOST$|REDIS_PASSWORD$)/;

export function livekitEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !LIVEKIT_ENV.test(name)));
}
