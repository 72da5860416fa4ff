// The embedded default as `npm start` runs it (a real Hearth process on its own PostgreSQL): killed
// outright mid-write, it starts again on the same data with every write it had acknowledged; it
// runs as root (its PostgreSQL as an unprivileged account) and as an ordinary user.
import { chownSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningServer, type ServerOptions, startServer } from './e2e/support/server.ts';

const PASSWORD = 'hearth-demo-2026';
const ROOT = process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function dataDir(owner?: { uid: number; gid: number }): string {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-restart-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  made.push(dir);
  return dir;
}

const start = (options: ServerOptions) => startServer({ DATABASE_URL: '', HEARTH_DEMO: 'true' }, [], options);

async function signIn(server: RunningServer): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'casemanager', password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

async function createClient(server: RunningServer, cookie: string, n: number) {
  const res = await fetch(`${server.url}/api/clients`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ FirstName: `Restart${n}`, LastName: `Acknowledged${n}` }),
  });
  return res.status === 201 ? ((await res.json()) as { PersonalID: string }).PersonalID : undefined;
}

/** The user ids of the PostgreSQL server processes under a data directory (Linux). */
function postgresUids(dir: string): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .flatMap((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        if (!cmdline.includes('postgres') || !cmdline.includes(dir)) return [];
        return [Number(/^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1])];
      } catch {
        return [];
      }
    });
}

describe('the embedded PostgreSQL under npm start', () => {
  it('keeps every acknowledged write through a kill -9 of Hearth and starts again on the same data', async () => {
    const dir = dataDir();
    const first = await start({ dataDir: dir });
    if (ROOT) {
      const uids = postgresUids(dir);
      expect(uids.length).toBeGreaterThan(0);
      expect(uids).not.toContain(0);
    }
    const cookie = await signIn(first);
    // Four writers create clients one after another; Hearth is killed while they are at it.
    const acknowledged: { id: string; n: number }[] = [];
    let n = 0;
    let writing = true;
    const writers = [1, 2, 3, 4].map(async () => {
      while (writing) {
        const mine = ++n;
        const id = await createClient(first, cookie, mine).catch(() => undefined);
        if (id) acknowledged.push({ id, n: mine });
      }
    });
    while (acknowledged.length < 20) await new Promise((r) => setTimeout(r, 20));
    await first.kill();
    writing = false;
    await Promise.all(writers);

    const second = await start({ dataDir: dir });
    try {
      const again = await signIn(second);
      for (const { id, n: mine } of acknowledged) {
        const res = await fetch(`${second.url}/api/clients/${id}`, { headers: { cookie: again } });
        expect(res.status, `client ${id}`).toBe(200);
        expect(((await res.json()) as { FirstName: string }).FirstName).toBe(`Restart${mine}`);
      }
    } finally {
      await second.stop();
    }
  }, 300_000);

  it('runs as an ordinary user, its PostgreSQL as that user', async () => {
    // The test runner as root starts Hearth as nobody; otherwise it is an ordinary user itself.
    const user = ROOT ? NOBODY : undefined;
    const dir = dataDir(user);
    const server = await start({ dataDir: dir, user });
    try {
      const cookie = await signIn(server);
      expect(await createClient(server, cookie, 0)).toMatch(/^\d+$/);
      const uids = postgresUids(dir);
      expect(uids.length).toBeGreaterThan(0);
      expect(new Set(uids)).toEqual(new Set([user?.uid ?? process.getuid?.()]));
    } finally {
      await server.stop();
    }
  }, 300_000);
});
