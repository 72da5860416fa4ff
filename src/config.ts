// Runtime settings, all from the environment, with the defaults a fresh install runs on.
import { resolve } from 'node:path';

function num(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return value;
}

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  demoPassword: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  lockoutAttempts: number;
  lockoutMinutes: number;
  recoveryAttemptsPerHour: number;
  bodyLimitBytes: number;
  uploadLimitBytes: number;
  photoLimitBytes: number;
  fileRetentionDays: number;
  secureCookies: boolean;
  /** Proxies whose X-Forwarded-* headers are believed (addresses or CIDRs); empty: none. */
  trustProxy: string[];
  signInLimitPerAddress: number;
  signInLimitPerUsername: number;
  signInLimitMinutes: number;
};

function trustedProxies(): string[] {
  const raw = process.env.HEARTH_TRUST_PROXY?.trim();
  if (!raw) return [];
  if (['true', '*', 'all'].includes(raw.toLowerCase())) {
    throw new Error(
      'HEARTH_TRUST_PROXY must name the proxy (addresses or CIDRs, e.g. 10.0.0.5,10.1.0.0/16), not trust everyone',
    );
  }
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function loadConfig(overrides: Partial<Config> = {}): Config {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDir = resolve(process.env.HEARTH_DATA_DIR || './data');
  return {
    port: num('PORT', 3000),
    host: process.env.HOST || '0.0.0.0',
    dataDir,
    databaseUrl,
    // Demo data only on the embedded database unless asked for explicitly.
    demo: process.env.HEARTH_DEMO ? process.env.HEARTH_DEMO === 'true' : !databaseUrl,
    demoPassword: process.env.HEARTH_DEMO_PASSWORD || 'hearth-demo-2026',
    sessionIdleMinutes: num('HEARTH_SESSION_IDLE_MINUTES', 30),
    sessionAbsoluteHours: num('HEARTH_SESSION_ABSOLUTE_HOURS', 12),
    lockoutAttempts: num('HEARTH_LOCKOUT_ATTEMPTS', 5),
    lockoutMinutes: num('HEARTH_LOCKOUT_MINUTES', 15),
    recoveryAttemptsPerHour: num('HEARTH_RECOVERY_ATTEMPTS_PER_HOUR', 5),
    bodyLimitBytes: num('HEARTH_BODY_LIMIT_BYTES', 1024 * 1024),
    uploadLimitBytes: num('HEARTH_UPLOAD_LIMIT_BYTES', 25 * 1024 * 1024),
    photoLimitBytes: num('HEARTH_PHOTO_LIMIT_BYTES', 5 * 1024 * 1024),
    fileRetentionDays: num('HEARTH_FILE_RETENTION_DAYS', 30),
    secureCookies: process.env.HEARTH_SECURE_COOKIES === 'true',
    trustProxy: trustedProxies(),
    signInLimitPerAddress: num('HEARTH_SIGNIN_LIMIT_PER_ADDRESS', 30),
    signInLimitPerUsername: num('HEARTH_SIGNIN_LIMIT_PER_USERNAME', 10),
    signInLimitMinutes: num('HEARTH_SIGNIN_LIMIT_MINUTES', 15),
    ...overrides,
  };
}
