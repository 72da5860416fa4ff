// Report screens show labels that server modules define (date-range presets, report choices,
// Data Explorer subjects and comparisons) and translate them at render time with t(label). The
// scanner test sees only t('literal'), so this checks each of those labels has its Spanish.
import { describe, expect, it } from 'vitest';
import { ACTIVE_METHODS, PIT_HIC, REPORT_TYPES } from '../../server/reports/bnl/bnl-choices.ts';
import { reports } from '../../server/reports/catalog.ts';
import { RUN_BY } from '../../server/reports/clients-in-programs/run-by.ts';
import { TIMING_TYPES } from '../../server/reports/data-entry-timing/timing-types.ts';
import { OP_LABELS } from '../../server/reports/data-explorer/question.ts';
import { SUBJECTS } from '../../server/reports/data-explorer/subjects/index.ts';
import { DATE_RANGES } from '../../server/reports/framework/date-ranges.ts';
import { SUB_POPULATION_LABELS } from '../../server/reports/shared/sub-populations.ts';

import enReports from '../i18n/locales/en/reports.json';
import esAdmin from '../i18n/locales/es/admin.json';
import esReports from '../i18n/locales/es/reports.json';

const missing = (labels: string[], en: Record<string, string>, es: Record<string, string>) =>
  labels.filter((l) => en[l] !== l || !es[l]);

describe('labels from server modules have their Spanish', () => {
  it('report launch-form choices, Data Explorer subjects and comparisons, report titles', () => {
    const labels = [
      ...DATE_RANGES.map((r) => r.label),
      ...Object.values(SUB_POPULATION_LABELS),
      ...Object.values(REPORT_TYPES),
      ...Object.values(ACTIVE_METHODS),
      PIT_HIC.help,
      ...Object.values(RUN_BY),
      ...Object.values(TIMING_TYPES),
      ...Object.values(OP_LABELS),
      ...SUBJECTS.map((s) => s.label),
      ...reports.flatMap((r) => [r.title, r.rowsTitle]),
    ];
    expect(missing(labels, enReports, esReports)).toEqual([]);
  });

  it('the Spanish is not the English left in place', () => {
    expect(esReports['This month']).toBe('Este mes');
    expect(esReports['is between']).toBe('está entre');
    expect(esAdmin['Case manager']).toBe('Administrador/a de casos');
  });
});
