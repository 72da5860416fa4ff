// The audit trail names each action in the reader's language: every action the server records
// (an `action: '…'` in src/server) has a Spanish label in admin.json, so a new one cannot be
// added without its words.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionLabel } from './audit-action-label.ts';

const read = (lng: string): Record<string, string> =>
  JSON.parse(readFileSync(path.resolve(`src/web/i18n/locales/${lng}/admin.json`), 'utf8'));

function recordedActions(): string[] {
  const found = new Set<string>();
  for (const file of readdirSync(path.resolve('src/server'), { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file.includes('.test')) continue;
    const text = readFileSync(path.resolve('src/server', file), 'utf8');
    for (const m of text.matchAll(/action: '([a-z_]+\.[a-z_]+)'/g)) found.add(m[1] as string);
  }
  return [...found].sort();
}

describe('audit action labels', () => {
  it('has a Spanish label for every action the server records, and keeps the English ones', () => {
    const actions = recordedActions();
    expect(actions.length).toBeGreaterThan(90);
    const en = read('en');
    const es = read('es');
    const missing = actions.filter((a) => !es[actionLabel(a)] || es[actionLabel(a)] === actionLabel(a));
    expect(missing).toEqual([]);
    expect(actions.every((a) => en[actionLabel(a)] === actionLabel(a))).toBe(true);
    expect(es[actionLabel('admin.project_created')]).toBe('Proyecto creado (administración)');
  });
});
