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
  /** Node processes serving requests (HEARTH_WORKERS): above 1, a primary forks that many workers sharing the port. */
  workers: number;
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
  /** Proxies whose X-Forwarded-* headers are believed (addresses or CIDRs); empty: none. */
  trustProxy: string[];
  signInLimitPerAddress: number;
  signInLimitPerUsername: number;
  signInLimitMinutes: number;
  /** smtp://host:port (or smtps://user:pass@host); unset = no notification email. */
  smtpUrl: string | undefined;
  smtpFrom: string;
  /** Where users reach Hearth: the links in notification emails. */
  publicUrl: string;
  /** AES-256 key (base64 or hex, 32 bytes) for Document Check files; unset = a key kept in the database. */
  fileKey: string | undefined;
  /** Document Check: notify this many days before a document expires. */
  documentExpiryNoticeDays: number;
  /** When the daily Document Check expiry check runs (cron, server time zone); empty = never. */
  documentExpiryCron: string;
  /** The job process ends after this many seconds without a job (its memory goes back); the next job starts it again. */
  jobProcessIdleSeconds: number;
  /** When the daily CAS no-contact check runs (cron, server time zone); empty = never. The days are a CAS setting. */
  casNoContactCron: string;
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
    workers: Math.max(1, Math.floor(num('HEARTH_WORKERS', 1))),
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
    trustProxy: trustedProxies(),
    signInLimitPerAddress: num('HEARTH_SIGNIN_LIMIT_PER_ADDRESS', 30),
    signInLimitPerUsername: num('HEARTH_SIGNIN_LIMIT_PER_USERNAME', 10),
    signInLimitMinutes: num('HEARTH_SIGNIN_LIMIT_MINUTES', 15),
    smtpUrl: process.env.HEARTH_SMTP_URL || undefined,
    smtpFrom: process.env.HEARTH_SMTP_FROM || 'Hearth <hearth@localhost>',
    publicUrl: (process.env.HEARTH_PUBLIC_URL || `http://localhost:${num('PORT', 3000)}`).replace(/\/+$/, ''),
    fileKey: process.env.HEARTH_FILE_KEY || undefined,
    documentExpiryNoticeDays: num('HEARTH_DOCUMENT_EXPIRY_NOTICE_DAYS', 30),
    documentExpiryCron: process.env.HEARTH_DOCUMENT_EXPIRY_CRON ?? '0 6 * * *',
    casNoContactCron: process.env.HEARTH_CAS_NO_CONTACT_CRON ?? '15 6 * * *',
    jobProcessIdleSeconds: num('HEARTH_JOB_PROCESS_IDLE_SECONDS', 300),
    ...overrides,
  };
}
