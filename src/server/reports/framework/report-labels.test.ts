// The reports' own text in Spanish: the translation mechanism, and a completeness check that fails
// naming any title, column, summary label or printed line a report shows without its Spanish.
import { describe, expect, it } from 'vitest';
import { ACTIVE_METHODS, REPORT_TYPES } from '../bnl/bnl-choices.ts';
import { reports } from '../catalog.ts';
import { RUN_BY } from '../clients-in-programs/run-by.ts';
import { TIMING_TYPES } from '../data-entry-timing/timing-types.ts';
import { SUBJECTS } from '../data-explorer/subjects/index.ts';
import { HOUSEHOLD_TYPES } from '../shared/enrollment-columns.ts';
import { SUB_POPULATIONS } from '../shared/sub-populations.ts';
import { FRAMEWORK_ES } from './labels.es.ts';
import { parseParams } from './params.ts';
import { HIDE_PII_NOTE } from './render-report.ts';
import { type ReportCatalog, reportText } from './report-labels.ts';
import type { AnyReport } from './types.ts';

describe('a report’s text in the language asked', () => {
  const own: ReportCatalog = {
    labels: { 'Days left': 'Días restantes', Entered: 'Ingresaron', Program: 'Programa' },
    lines: [
      ['{type}, {start} to {end}', '{type}, del {start} al {end}'],
      ['Run by {what}', 'Agrupado por: {what}'],
    ],
    values: { why: { separator: ', ', map: { SSN: 'número de Seguro Social', name: 'nombre' } } },
    groups: { '(none)': '(ninguno)' },
  };
  const es = reportText(own, 'es');

  it('translates labels from the report’s catalog, then the framework’s, and leaves unknown text as it is', () => {
    expect(es.label('Days left')).toBe('Días restantes');
    expect(es.label('Total')).toBe('Total');
    expect(es.label('Summary')).toBe('Resumen');
    expect(es.label('Program · Days left')).toBe('Programa · Días restantes');
    expect(es.label('Shelter Plus')).toBe('Shelter Plus');
    expect(es.has('Days left')).toBe(true);
    expect(es.has('Shelter Plus')).toBe(false);
  });

  it('fills a line’s blanks with their Spanish when they are words, and keeps data as it is', () => {
    expect(es.line('Entered, 2026-01-01 to 2026-01-31')).toBe('Ingresaron, del 2026-01-01 al 2026-01-31');
    expect(es.line('Sub-populations: Veterans, Youth (18–24)')).toBe('Subpoblaciones: Veteranos/as, Jóvenes (18–24)');
    expect(es.line('Programs: P-1, P-2')).toBe('Programas: P-1, P-2');
    // The framework's line wins over a report's looser one.
    expect(es.line('Run by Ana Diaz on 2026-01-02 10:00:00.')).toBe('Ejecutado por Ana Diaz el 2026-01-02 10:00:00.');
    expect(es.line('Run by Program')).toBe('Agrupado por: Programa');
    expect(es.line('Something new')).toBe('Something new');
  });

  it('translates a column’s fixed values (each part of a list cell), groups the report names, and nothing else', () => {
    expect(es.value('why', 'SSN, name')).toBe('número de Seguro Social, nombre');
    expect(es.value('why', 'SSN, typed by hand')).toBe('número de Seguro Social, typed by hand');
    expect(es.value('other', 'SSN')).toBe('SSN');
    expect(es.value('why', 3)).toBe(3);
    expect(es.value('HouseholdType', 'Adults only')).toBe('Solo adultos');
    expect(es.group('(none) · Shelter')).toBe('(ninguno) · Shelter');
  });

  it('the Data Explorer’s filter lines name the column and comparison in Spanish', () => {
    const explorer = reportText(reports.find((r) => r.id === 'data-explorer')?.spanish, 'es');
    expect(explorer.line('Filter: Destination not in 101, 116')).toBe('Filtro: Destino no es uno de 101, 116');
    expect(explorer.line('Filter: Days enrolled between 1 – 30')).toBe('Filtro: Días inscrito entre 1 – 30');
    expect(explorer.line('Filter: Exit date is empty')).toBe('Filtro: Fecha de salida está vacío');
    expect(explorer.line('Filter: Last name contains Vega')).toBe('Filtro: Apellido contiene Vega');
  });

  it('in English is the text as written', () => {
    const en = reportText(own, 'en');
    expect([en.label('Days left'), en.line('Run by Program'), en.value('why', 'SSN'), en.group('(none)')]).toEqual([
      'Days left',
      'Run by Program',
      'SSN',
      '(none)',
    ]);
  });
});

// Parameters that make each report show every column, summary and line it can (a new report must add its own).
const range = { startDate: '2026-01-01', endDate: '2026-03-31' };
const scope = {
  organizationIds: ['ORG-1'],
  projectIds: ['P-1'],
  cocCode: 'TX-600',
  subPopulations: [...SUB_POPULATIONS],
  headsOfHouseholdOnly: true,
  caseManagerIds: ['U-1'],
};
const SAMPLES: Record<string, Record<string, unknown>[]> = {
  bnl: Object.keys(REPORT_TYPES).flatMap((reportType) =>
    Object.keys(ACTIVE_METHODS).map((method) => ({ ...range, ...scope, reportType, method, pitHic: true })),
  ),
  'clients-in-programs': Object.keys(RUN_BY).map((runBy) => ({ ...range, ...scope, runBy })),
  'data-entry-timing': Object.keys(TIMING_TYPES).map((type) => ({
    ...range,
    type,
    organizationIds: ['ORG-1'],
    projectIds: ['P-1'],
    grantIds: ['G-1'],
  })),
  'missing-annual-assessments': [
    { asOf: '2026-03-31', organizationIds: ['ORG-1'], projectIds: ['P-1'], funders: [2], caseManagerIds: ['U-1'] },
  ],
  'data-explorer': SUBJECTS.map((s) => {
    const text = s.columns.find((c) => c.type === 'text' && !c.pii);
    return {
      subject: s.id,
      organizationIds: ['ORG-1'],
      ...(s.ofProjects ? { projectIds: ['P-1'] } : {}),
      columns: s.columns.map((c) => c.key),
      groupBy: s.columns
        .filter((c) => !c.pii)
        .slice(0, 2)
        .map((c) => c.key),
      filters: text ? [{ column: text.key, op: 'contains', value: 'a' }] : [],
    };
  }),
  'client-milestone-age': [{ from: '2026-01-01', to: '2026-12-31' }],
  'annual-assessment-tool': [{ dueDate: '2026-03-31' }],
  'user-tracker': [{}, { organizationId: 'ORG-1' }],
  'duplicate-candidates': [{}],
};

/** Everything a report shows of its own text for these parameters. */
function shownText(def: AnyReport, raw: Record<string, unknown>) {
  const params = parseParams(def.parameters, raw);
  const columns = typeof def.columns === 'function' ? def.columns(params) : def.columns;
  const summary = typeof def.summary === 'function' ? def.summary(params) : def.summary;
  const labels = [
    def.title,
    def.rowsTitle,
    def.emptyMessage,
    HIDE_PII_NOTE,
    'Summary',
    'Total',
    'Yes',
    'No',
    'About this report',
    'No rows.',
    'Page {n} of {count}',
    ...columns.map((c) => c.label),
    ...(summary
      ? [
          summary.groupLabel(params),
          ...summary.counts.map((c) => c.label),
          ...(summary.measures ?? []).map((m) => m.label),
        ]
      : []),
  ];
  const lines = [...(def.describe?.(params) ?? []), 'Run by Ana Diaz on 2026-01-02 10:00:00.'];
  return { labels, lines, columnKeys: columns.map((c) => c.key) };
}

describe('every operational report has its own text in Spanish', () => {
  it('has sample parameters for every report in the catalog', () => {
    expect(reports.map((r) => r.id).filter((id) => !SAMPLES[id])).toEqual([]);
  });

  for (const def of reports) {
    it(`${def.id}: titles, columns, summary labels and printed lines`, () => {
      const es = reportText(def.spanish, 'es');
      const missing = new Set<string>();
      const keys = new Set<string>();
      for (const raw of SAMPLES[def.id] ?? []) {
        const { labels, lines, columnKeys } = shownText(def, raw);
        for (const l of labels) if (!es.has(l)) missing.add(l);
        for (const l of lines) if (!es.has(l) || es.line(l) === l) missing.add(l);
        for (const k of columnKeys) keys.add(k);
      }
      expect([...missing]).toEqual([]);
      // A fixed-value entry names a column the report has (a typo would leave the values English).
      expect(Object.keys(def.spanish?.values ?? {}).filter((k) => !keys.has(k))).toEqual([]);
    });
  }

  it('the Data Explorer’s subjects and all their columns (the question form lists them)', () => {
    const def = reports.find((r) => r.id === 'data-explorer');
    const es = reportText(def?.spanish, 'es');
    const labels = SUBJECTS.flatMap((s) => [s.label, ...s.columns.map((c) => c.label)]);
    expect(labels.filter((l) => !es.has(l))).toEqual([]);
  });

  it('the launch-form choices named in printed lines, and household types', () => {
    const es = reportText(undefined, 'es');
    const bnl = reportText(reports.find((r) => r.id === 'bnl')?.spanish, 'es');
    const timing = reportText(reports.find((r) => r.id === 'data-entry-timing')?.spanish, 'es');
    expect(Object.values(HOUSEHOLD_TYPES).filter((v) => es.value('HouseholdType', v) === v)).toEqual([]);
    expect([...Object.values(REPORT_TYPES), ...Object.values(ACTIVE_METHODS)].filter((l) => !bnl.has(l))).toEqual([]);
    expect(Object.values(TIMING_TYPES).filter((l) => !timing.has(l))).toEqual([]);
    expect(FRAMEWORK_ES.labels?.Veterans).toBe('Veteranos/as');
  });
});
