// The Annual Assessment Tool's own text in Spanish (see reports/framework/report-labels.ts).
import type { ReportCatalog } from '../reports/framework/report-labels.ts';

export const annualAssessmentToolEs: ReportCatalog = {
  labels: {
    'Annual Assessment Tool': 'Herramienta de evaluación anual',
    'Annual assessments due': 'Evaluaciones anuales pendientes',
    'No annual assessments are due in this window.': 'No hay evaluaciones anuales pendientes en este plazo.',
    'Days left': 'Días restantes',
  },
  lines: [['Due date: {date}', 'Fecha de vencimiento: {date}']],
};
