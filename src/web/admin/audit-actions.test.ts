// The audit trail names each action from one lookup, in one tense, in the reader's language: every
// action the server records has a label there and a Spanish one in admin.json, so a new action
// cannot be added without its words. Details read as "label: value" lines, never raw JSON.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { hudLabel } from '../../hud/codes.ts';
import { AUDIT_ACTION_LABELS, actionLabel } from './audit-action-label.ts';
import { detailLines } from './audit-detail.tsx';

const read = (lng: string): Record<string, string> =>
  JSON.parse(readFileSync(path.resolve(`src/web/i18n/locales/${lng}/admin.json`), 'utf8'));

/** Quoted names that look like actions but are not (a field path of the CAS intake's errors). */
const NOT_ACTIONS = ['cas.assessment'];
/** Actions the server builds from a template (`auth.session_${reason}`). */
const TEMPLATED = ['auth.session_expired', 'auth.session_idle'];

/** Every 'area.verb' the server's code quotes, for the areas its `action: '…'` entries and the lookup use. */
function recordedActions(): string[] {
  const texts: string[] = [];
  for (const file of readdirSync(path.resolve('src/server'), { recursive: true, encoding: 'utf8' })) {
    if (file.endsWith('.ts') && !file.includes('.test'))
      texts.push(readFileSync(path.resolve('src/server', file), 'utf8'));
  }
  const all = texts.join('\n');
  const areas = new Set([
    ...[...all.matchAll(/action: '([a-z_]+)\.[a-z_]+'/g)].map((m) => m[1]),
    ...Object.keys(AUDIT_ACTION_LABELS).map((a) => a.split('.')[0]),
  ]);
  const found = new Set(TEMPLATED);
  for (const m of all.matchAll(/'([a-z_]+)\.([a-z_]+)'/g))
    if (areas.has(m[1]) && !NOT_ACTIONS.includes(m[0].slice(1, -1))) found.add(`${m[1]}.${m[2]}`);
  return [...found].sort();
}

describe('audit action labels', () => {
  it('has a label for every action the server records, and none for actions it does not', () => {
    const actions = recordedActions();
    expect(actions.length).toBeGreaterThan(120);
    expect(actions.filter((a) => !AUDIT_ACTION_LABELS[a])).toEqual([]);
    expect(Object.keys(AUDIT_ACTION_LABELS).filter((a) => !actions.includes(a))).toEqual([]);
  });

  it('says each in the past tense, with English and Spanish words', () => {
    const labels = Object.values(AUDIT_ACTION_LABELS);
    const imperative =
      /^(Add|Create|Delete|Download|Edit|End|Export|Finish|Import|Post|Print|Read|Record|Remove|Restart|Run|Save|Search|Start|Unlock|Update|View)\b/;
    expect(labels.filter((l) => imperative.test(l) || /\([a-z_]+\)$/.test(l))).toEqual([]);
    expect(actionLabel('assessment.create')).toBe('Assessment created');
    expect(actionLabel('client.created')).toBe('Client created');
    const en = read('en');
    const es = read('es');
    expect(labels.filter((l) => en[l] !== l)).toEqual([]);
    expect(labels.filter((l) => !es[l] || es[l] === l)).toEqual([]);
    expect(es[actionLabel('assessment.create')]).toBe('Evaluación creada');
  });
});

describe('audit details', () => {
  const en = read('en');
  const t = ((key: string, o?: Record<string, unknown>) => {
    const text = en[o && typeof o.count === 'number' ? `${key}_${o.count === 1 ? 'one' : 'other'}` : key] ?? key;
    return text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(o?.[k]));
  }) as TFunction;
  const lines = (d: Record<string, unknown>) =>
    detailLines(d, t, (list, code) => hudLabel(list, code)).map((l) => `${l.label}: ${l.value}`);

  it('reads as labelled lines, HUD codes with their label', () => {
    expect(lines({ view: 'home:case-manager' })).toEqual(['Screen: home:case-manager']);
    expect(lines({ HouseholdID: 'H1', ProjectID: 'PRJ-ES', RelationshipToHoH: 1, moved: false })).toEqual([
      'Household: H1',
      'Project: PRJ-ES',
      'Relationship to head of household: Self (head of household) (1)',
      'Date moved: No',
    ]);
    expect(lines({ personalIds: ['1', '2', '3', '4', '5', '6', '7'], roles: [], resultEnrollmentId: null })).toEqual([
      'Clients: 1, 2, 3, 4, 5 and 2 more',
      'Roles: —',
      'resultEnrollmentId: —',
    ]);
  });

  it('shows nested records as a count, so a Data Explorer filter’s value (a name) never shows', () => {
    const shown = lines({
      subject: 'clients',
      filters: [{ column: 'FirstName', op: 'equals', value: 'Maria' }],
      files: { 'Client.csv': 3 },
    });
    expect(shown).toEqual(['subject: clients', 'filters: 1 item', 'files: 1 item']);
    expect(shown.join(' ')).not.toContain('Maria');
  });
});
