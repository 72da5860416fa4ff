// The assessment questions keep their labels as data (field specs, page titles, checklists) and
// translate them where shown, so no `t('…')` literal names them: this checks each one is in the
// English and Spanish catalogs, and that the Spanish is not the English left as it was.
import { describe, expect, it } from 'vitest';
import en from '../i18n/locales/en/enrollments.json';
import enWorkflows from '../i18n/locales/en/workflows.json';
import es from '../i18n/locales/es/enrollments.json';
import esWorkflows from '../i18n/locales/es/workflows.json';
import { KIND_LABELS } from '../workflows/kind-labels.ts';
import { PAGE_TITLES } from './member-page.tsx';
import { BENEFITS, INSURANCE } from './pages/benefit-checklists.tsx';
import { DISABILITY_ROWS } from './pages/disabilities-page.tsx';
import { FIELD_SPECS } from './pages/field-specs.ts';
import { INCOME_SOURCES } from './pages/income-page.tsx';

/** Labels that read the same in both languages (names of programs). */
const SAME_IN_SPANISH = new Set(['PATH', 'SSVF', 'Medicaid', 'Medicare']);

const questionLabels = (): string[] => [
  ...Object.values(FIELD_SPECS).flatMap((specs) => (specs ?? []).map((s) => s.label)),
  ...Object.values(PAGE_TITLES).filter(Boolean),
  ...DISABILITY_ROWS.map((r) => r.label),
  ...INCOME_SOURCES.map(([, label]) => label),
  ...[BENEFITS, INSURANCE].flatMap((c) => [c.fromAnySourceLabel, c.otherLabel, ...c.items.map(([, l]) => l)]),
];

function check(labels: string[], english: Record<string, string>, spanish: Record<string, string>) {
  const missing = labels.filter((l) => english[l] !== l || !spanish[l]);
  const untranslated = labels.filter((l) => spanish[l] === l && !SAME_IN_SPANISH.has(l));
  expect(missing).toEqual([]);
  expect(untranslated).toEqual([]);
}

describe('assessment question labels', () => {
  it('are in the enrollments catalogs, in English and in Spanish', () => {
    expect(questionLabels().length).toBeGreaterThan(150);
    check(questionLabels(), en, es);
  });

  it('name each workflow in English and Spanish', () => {
    check(Object.values(KIND_LABELS), enWorkflows, esWorkflows);
  });
});
