// Find Client benchmark: `npm run bench:search -- --clients 100000 [--queries 300] [--data-dir DIR]`.
// Generates synthetic clients (embedded PostgreSQL by default; a server when DATABASE_URL is set), then runs
// searches of each kind through the HTTP API and prints p50/p95 per kind; the last line is the
// fuzzy recall (right client in the top 10 for single-typo full-name queries).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { connect } from '../src/db/connect.ts';
import { isEmpty, seedDemo } from '../src/db/demo/seed-demo.ts';
import { migrate } from '../src/db/migrate.ts';
import { buildApp } from '../src/server/app.ts';
import { localFileStorage } from '../src/server/storage/file-storage.ts';
import { generateClients } from './search-data.ts';

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: '100000' },
    queries: { type: 'string', default: '300' },
    'data-dir': { type: 'string' },
    'show-misses': { type: 'boolean', default: false },
  },
});
const target = Number(args.clients);
const perKind = Number(args.queries);
const log = (s: string) => console.error(s);

const url = process.env.DATABASE_URL;
const tempDir = args['data-dir'] ? undefined : mkdtempSync(join(tmpdir(), 'hearth-bench-'));
const dataDir = args['data-dir'] ?? (tempDir as string);
const database = await connect({ databaseUrl: url, dataDir });
await migrate(database);
if (await isEmpty(database)) await seedDemo(database, 'hearth-demo-2026');
await generateClients(database, target, log);

const config = loadConfig({ dataDir, demo: false });
const app = await buildApp({ database, config, storage: localFileStorage(join(dataDir, 'files')) });
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'casemanager', password: 'hearth-demo-2026' }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

type Target = { id: string; first: string; last: string; dob: string; ssn: string | null; sameName: number };
const sample = await database.raw.query<Target>(
  `SELECT c.personal_id AS id, c.first_name AS first, c.last_name AS last, c.dob::text AS dob, c.ssn,
     (SELECT count(*)::int FROM client o WHERE hearth_name_key(o.first_name) = hearth_name_key(c.first_name)
        AND hearth_name_key(o.last_name) = hearth_name_key(c.last_name)) AS "sameName"
   FROM client c WHERE c.first_name IS NOT NULL AND c.dob IS NOT NULL
   ORDER BY random() LIMIT ${perKind}`,
);
const targets = sample.rows;

let seed = 2026;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const letters = 'abcdefghijklmnopqrstuvwxyz';
const letterKey = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/** One keyboard slip: a wrong, missing, extra or swapped letter. */
function typo(word: string): string {
  const w = word.toLowerCase();
  for (;;) {
    const i = Math.floor(rand() * w.length);
    const c = letters[Math.floor(rand() * 26)] as string;
    const op = Math.floor(rand() * 4);
    const out =
      op === 0
        ? w.slice(0, i) + c + w.slice(i + 1)
        : op === 1
          ? w.slice(0, i) + w.slice(i + 1)
          : op === 2
            ? w.slice(0, i) + c + w.slice(i)
            : w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2);
    if (letterKey(out) !== letterKey(w) && /[a-z]/.test(out)) return out;
  }
}

const usDate = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
const kinds: Record<string, (t: Target) => string | null> = {
  prefix: (t) => `${letterKey(t.first).slice(0, rand() < 0.5 ? 2 : 3)} ${letterKey(t.last).slice(0, 3)}`,
  dob: (t) => usDate(t.dob),
  ssn: (t) => (t.ssn ? `${t.ssn.slice(0, 3)}-${t.ssn.slice(3, 5)}-${t.ssn.slice(5)}` : null),
  ssn4: (t) => (t.ssn ? t.ssn.slice(5) : null),
  id: (t) => t.id,
  fuzzy: (t) => (rand() < 0.5 && t.last.length >= 3 ? `${t.first} ${typo(t.last)}` : `${typo(t.first)} ${t.last}`),
};

async function search(q: string, limit = 25): Promise<{ ms: number; ids: string[] }> {
  const started = performance.now();
  const res = await fetch(`${base}/api/clients?search=${encodeURIComponent(q)}&limit=${limit}`, {
    headers: { cookie },
  });
  const body = (await res.json()) as { items: { PersonalID: string }[] };
  const ms = performance.now() - started;
  if (!res.ok) throw new Error(`search "${q}" answered ${res.status}: ${JSON.stringify(body)}`);
  return { ms, ids: body.items.map((i) => i.PersonalID) };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

// Warm caches the way a running server has them.
for (const t of targets.slice(0, 20)) for (const make of Object.values(kinds)) await search(make(t) ?? t.id);

const engine = url ? 'PostgreSQL server' : 'embedded PostgreSQL';
console.log(`Find Client on ${engine}, ${target.toLocaleString('en-US')} clients, ${targets.length} queries per kind`);
console.log('kind     p50 ms   p95 ms');
let hits = 0;
let fuzzyCount = 0;
let ambiguous = 0;
let clearHits = 0;
for (const [kind, make] of Object.entries(kinds)) {
  const times: number[] = [];
  for (const t of targets) {
    const q = make(t);
    if (q === null) continue;
    const r = await search(q, kind === 'fuzzy' ? 10 : 25);
    times.push(r.ms);
    if (kind === 'fuzzy') {
      fuzzyCount++;
      const hit = r.ids.includes(t.id);
      if (hit) hits++;
      if (t.sameName > 10) ambiguous++;
      else if (hit) clearHits++;
      else if (args['show-misses']) log(`missed: "${q}" for ${t.first} ${t.last} (${t.sameName} share the name)`);
    }
  }
  console.log(`${kind.padEnd(7)} ${pct(times, 50).toFixed(1).padStart(7)} ${pct(times, 95).toFixed(1).padStart(8)}`);
}
await app.close();
await database.close();
if (tempDir) rmSync(tempDir, { recursive: true, force: true });
const clear = fuzzyCount - ambiguous;
console.log(
  `fuzzy recall@10: ${((100 * clearHits) / clear).toFixed(1)}% of ${clear} single-typo full-name queries for a name` +
    ` at most 10 clients share (${((100 * hits) / fuzzyCount).toFixed(1)}% of all ${fuzzyCount}, counting` +
    ` ${ambiguous} names so common that no name-only search can single one person out)`,
);
