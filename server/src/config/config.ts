import path from 'node:path';
import { z } from 'zod';

const booleanFromEnv = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb://')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis://')
    .optional(),
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  DATA_DIR: z.string().min(1).default('data'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  CLIENT_ORIGIN: z.url().optional(),
  CLIENT_DIST_DIR: z.string().optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  LOGIN_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(3).max(1000).default(10),
  LOGIN_LOCKOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10_485_760).default(102_400),
  SEED_DEMO: booleanFromEnv.default(true),
  LIVEKIT_URL: z
    .string()
    .regex(/^(wss?|https?):\/\//, 'must start with ws://, wss://, http:// or https://')
    .optional(),
  LIVEKIT_PUBLIC_URL: z
    .string()
    .regex(/^wss?:\/\//, 'must start with ws:// or wss://')
    .optional(),
  LIVEKIT_API_KEY: z.string().min(3).max(200).optional(),
  LIVEKIT_API_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** `false`: no embedded media server when LIVEKIT_URL is unset; cafés run text-only. */
  LIVEKIT_EMBEDDED: booleanFromEnv.default(true),
});

export type Env = z.input<typeof envSchema>;

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Unset means: start the embedded database in `dataDir`. */
  mongodbUri: string | undefined;
  dataDir: string;
  /** Set when several server processes share the load: events and document updates cross via Redis. */
  redisUrl: string | undefined;
  /**
   * Reverse proxies in front of the app that add X-Forwarded-For: their number, so the address of
   * the person (not of the proxy) is what login limits count. 0: the connection's own address.
   */
  trustProxyHops: number;
  /** Unset means: generate one and keep it in `dataDir` (development installs). */
  jwtSecret: string | undefined;
  /** Origins allowed by CORS and the socket handshake; same-origin only when unset. */
  clientOrigin: string | undefined;
  clientDistDir: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  loginRateLimitPerMinute: number;
  /** Wrong passwords for one account, from any address, within 15 minutes before it refuses logins. */
  loginFailuresPerAccount: number;
  /** The first such refusal lasts this long; each further failure doubles it, up to 15 times as long. */
  loginLockoutSeconds: number;
  maxBodyBytes: number;
  seedDemo: boolean;
  /** An external media server; unset means the embedded one (or none, see `embeddedMedia`). */
  livekit: MediaServerConfig | undefined;
  embeddedMedia: boolean;
}

/** Where the media server (LiveKit) is and how to sign its tokens. */
export interface MediaServerConfig {
  /** For the server's own API calls (room service). */
  url: string;
  /** What browsers connect to (behind TLS in production). */
  publicUrl: string;
  apiKey: string;
  apiSecret: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads and validates the environment once; a bad variable is named in the error. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.JWT_SECRET) {
    throw new ConfigError('Invalid configuration:\n  JWT_SECRET: required when NODE_ENV=production');
  }
  if (e.LIVEKIT_URL && (!e.LIVEKIT_API_KEY || !e.LIVEKIT_API_SECRET)) {
    throw new ConfigError(
      'Invalid configuration:\n  LIVEKIT_API_KEY, LIVEKIT_API_SECRET: required when LIVEKIT_URL is set',
    );
  }
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    mongodbUri: e.MONGODB_URI,
    dataDir: path.resolve(e.DATA_DIR),
    redisUrl: e.REDIS_URL,
    trustProxyHops: e.TRUST_PROXY_HOPS,
    jwtSecret: e.JWT_SECRET,
    clientOrigin: e.CLIENT_ORIGIN,
    clientDistDir: path.resolve(e.CLIENT_DIST_DIR ?? path.join(__dirname, '../../../client/dist')),
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    loginFailuresPerAccount: e.LOGIN_FAILURES_PER_ACCOUNT,
    loginLockoutSeconds: e.LOGIN_LOCKOUT_SECONDS,
    maxBodyBytes: e.MAX_BODY_BYTES,
    seedDemo: e.SEED_DEMO,
    livekit:
      e.LIVEKIT_URL && e.LIVEKIT_API_KEY && e.LIVEKIT_API_SECRET
        ? {
            url: e.LIVEKIT_URL,
            publicUrl: e.LIVEKIT_PUBLIC_URL ?? e.LIVEKIT_URL.replace(/^http/, 'ws'),
            apiKey: e.LIVEKIT_API_KEY,
            apiSecret: e.LIVEKIT_API_SECRET,
          }
        : undefined,
    embeddedMedia: e.LIVEKIT_EMBEDDED,
  };
}
