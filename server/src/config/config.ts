import { isAbsolute, resolve } from 'node:path';

export type AppRole = 'api' | 'worker' | 'all';

/** Validated configuration. Every field comes from one environment variable, listed in README.md. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  appRole: AppRole;
  /** Public base URL used in e-mail links and the CORS origin. */
  publicUrl: string;
  corsOrigin: string;
  /** Empty: run an embedded PostgreSQL in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  embeddedPgPort: number;
  /** Empty: single-node mode (BullMQ on PostgreSQL, in-memory Socket.IO adapter and rate limits). */
  redisUrl: string | null;
  /** Prefix for every Redis key (queues, rate limits, socket streams), so tests and tenants can share a Redis. */
  redisPrefix: string;
  sessionSecret: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  cookieSecure: boolean;
  smtpUrl: string | null;
  mailFrom: string;
  metricsToken: string | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  seedDemoData: boolean;
  bodyLimit: string;
  /** Largest accepted upload (course files, covers), in megabytes; larger ones get 413. */
  uploadMaxMb: number;
  rateLimitPerMinute: number;
  /** Express `trust proxy`: which proxies' X-Forwarded-For to believe, so rate limits see the real client address. */
  trustProxy: string;
  /** Login brute-force limits: failures per account before a lockout, failures per address, window, lockout length. */
  loginMaxAccountFailures: number;
  loginMaxIpFailures: number;
  loginFailureWindowMinutes: number;
  loginLockMinutes: number;
  /** Public info-session registrations per hour: from one client address, and to one session (anti-automation). */
  registrationMaxPerAddress: number;
  registrationMaxPerSession: number;
  /** Days without activity before a learner with an unfinished course is reminded (at most weekly). */
  reminderAfterDays: number;
  /** Days a live room's chat text is kept; a daily job deletes older text (the message count stays). */
  liveChatRetentionDays: number;
  /** Chat messages one person may send in 10 seconds. */
  liveChatRatePer10s: number;
  /** The deployment's controller of personal data and provider of the service, as the legal pages name it. */
  organisationName: string;
  organisationAddress: string;
  contactEmail: string;
  dpoEmail: string;
  accessibilityFeedbackEmail: string;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function str(env: Env, name: string, fallback: string): string {
  const v = env[name];
  return v === undefined || v === '' ? fallback : v;
}

function optional(env: Env, name: string): string | null {
  const v = env[name];
  return v === undefined || v === '' ? null : v;
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return Number(raw);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = str(env, name, fallback);
  if (!allowed.includes(raw as T)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
  }
  return raw as T;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false (got "${raw}")`);
}

function url(env: Env, name: string, protocols: string[]): string | null {
  const raw = optional(env, name);
  if (raw === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return raw;
}

/** A hop count, or a comma-separated list of addresses, subnets or Express names (loopback, linklocal, uniquelocal). */
function trustProxy(env: Env): string {
  const raw = str(env, 'TRUST_PROXY', 'loopback');
  const valid =
    /^\d{1,2}$/.test(raw) ||
    raw.split(',').every((part) => /^(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)$/.test(part.trim()));
  if (!valid) throw new ConfigError(`TRUST_PROXY must be a hop count or a list of addresses/subnets (got "${raw}")`);
  return raw;
}

function text(env: Env, name: string, fallback: string, maxLength: number): string {
  const raw = str(env, name, fallback).trim();
  if (raw === '' || raw.length > maxLength)
    throw new ConfigError(`${name} must be a text of 1 to ${maxLength} characters`);
  return raw;
}

function email(env: Env, name: string, fallback: string): string {
  const raw = str(env, name, fallback).trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw) || raw.length > 254) {
    throw new ConfigError(`${name} must be an e-mail address (got "${raw}")`);
  }
  return raw;
}

/** The demo's provider: the Kotopaikka2 project of JAMK and Gradia; a real deployment sets its own. */
const DEMO_ORGANISATION = 'Jyväskylän ammattikorkeakoulu JAMK ja Koulutuskuntayhtymä Gradia, Kotopaikka2-hanke';

const DEV_SESSION_SECRET = 'kotopaikka-development-secret-change-me-in-production';

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'], 'development');
  const port = int(env, 'PORT', 3000, 1, 65535);
  const publicUrl = url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`;
  const sessionSecret = str(env, 'SESSION_SECRET', nodeEnv === 'production' ? '' : DEV_SESSION_SECRET);
  if (sessionSecret.length < 32) {
    throw new ConfigError('SESSION_SECRET must be set to at least 32 characters in production');
  }
  const dataDir = str(env, 'DATA_DIR', '.data');
  const appRole = oneOf(env, 'APP_ROLE', ['api', 'worker', 'all'], 'all');
  const redisUrl = url(env, 'REDIS_URL', ['redis:', 'rediss:']);
  // Split nodes reach each other's sockets only through the Redis adapter: a worker's push would go nowhere.
  if (appRole !== 'all' && !redisUrl) {
    throw new ConfigError(
      `APP_ROLE ${appRole} needs REDIS_URL: without Redis, API and worker nodes share no sockets (run one node with APP_ROLE=all)`,
    );
  }
  return {
    nodeEnv,
    port,
    appRole,
    publicUrl: publicUrl.replace(/\/$/, ''),
    corsOrigin: str(env, 'CORS_ORIGIN', new URL(publicUrl).origin),
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    dataDir: isAbsolute(dataDir) ? dataDir : resolve(process.cwd(), dataDir),
    embeddedPgPort: int(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
    redisUrl,
    redisPrefix: str(env, 'REDIS_PREFIX', 'kp'),
    sessionSecret,
    sessionIdleMinutes: int(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    sessionAbsoluteHours: int(env, 'SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 30),
    cookieSecure: bool(env, 'COOKIE_SECURE', publicUrl.startsWith('https:')),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: str(env, 'MAIL_FROM', 'Kotopaikka <no-reply@kotopaikka.fi>'),
    metricsToken: optional(env, 'METRICS_TOKEN'),
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      nodeEnv === 'test' ? 'warn' : 'info',
    ),
    seedDemoData: bool(env, 'SEED_DEMO_DATA', nodeEnv !== 'production'),
    bodyLimit: str(env, 'BODY_LIMIT', '1mb'),
    uploadMaxMb: int(env, 'UPLOAD_MAX_MB', 10, 1, 100),
    rateLimitPerMinute: int(env, 'RATE_LIMIT_PER_MINUTE', 600, 10, 1_000_000),
    trustProxy: trustProxy(env),
    loginMaxAccountFailures: int(env, 'LOGIN_MAX_ACCOUNT_FAILURES', 5, 1, 1000),
    loginMaxIpFailures: int(env, 'LOGIN_MAX_IP_FAILURES', 50, 1, 1_000_000),
    loginFailureWindowMinutes: int(env, 'LOGIN_FAILURE_WINDOW_MINUTES', 15, 1, 24 * 60),
    loginLockMinutes: int(env, 'LOGIN_LOCK_MINUTES', 15, 1, 24 * 60),
    registrationMaxPerAddress: int(env, 'REGISTRATION_MAX_PER_ADDRESS', 20, 1, 1_000_000),
    registrationMaxPerSession: int(env, 'REGISTRATION_MAX_PER_SESSION', 500, 1, 1_000_000),
    reminderAfterDays: int(env, 'REMINDER_AFTER_DAYS', 7, 1, 365),
    liveChatRetentionDays: int(env, 'LIVE_CHAT_RETENTION_DAYS', 365, 1, 3650),
    liveChatRatePer10s: int(env, 'LIVE_CHAT_RATE_PER_10S', 10, 1, 100_000),
    organisationName: text(env, 'ORGANISATION_NAME', DEMO_ORGANISATION, 200),
    organisationAddress: text(env, 'ORGANISATION_ADDRESS', 'Rajakatu 35, 40200 Jyväskylä', 200),
    contactEmail: email(env, 'CONTACT_EMAIL', 'info@kotopaikka.fi'),
    dpoEmail: email(env, 'DPO_EMAIL', 'tietosuoja@kotopaikka.fi'),
    accessibilityFeedbackEmail: email(env, 'ACCESSIBILITY_FEEDBACK_EMAIL', 'saavutettavuus@kotopaikka.fi'),
  };
}

/** Nest injection token for AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
