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
  /** A read replica of databaseUrl: reports read from it. */
  databaseReplicaUrl: string | undefined;
  /** An S3-compatible store for files (s3://bucket/prefix?endpoint=…); else HEARTH_DATA_DIR/files. */
  fileStore: string | undefined;
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
};

export function loadConfig(overrides: Partial<Config> = {}): Config {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDir = resolve(process.env.HEARTH_DATA_DIR || './data');
  return {
    port: num('PORT', 3000),
    host: process.env.HOST || '0.0.0.0',
    dataDir,
    databaseUrl,
    databaseReplicaUrl: process.env.DATABASE_REPLICA_URL || undefined,
    fileStore: process.env.HEARTH_FILE_STORE || undefined,
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
    ...overrides,
  };
}
