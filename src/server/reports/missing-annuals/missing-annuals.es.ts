// Missing Annual Assessments' own text in Spanish (see framework/report-labels.ts).
import type { ReportCatalog } from '../framework/report-labels.ts';

export const missingAnnualsEs: ReportCatalog = {
  labels: {
    'Missing Annual Assessments': 'Evaluaciones anuales faltantes',
    'Missing annual assessments': 'Evaluaciones anuales faltantes',
    'No annual assessments are missing for these projects.': 'No faltan evaluaciones anuales en estos proyectos.',
    'Missing annuals': 'Evaluaciones anuales faltantes',
    'Window closed': 'Plazo cerrado',
    'Window open now': 'Plazo abierto ahora',
    Year: 'Año',
  },
  lines: [
    ['Windows up to {date}', 'Plazos hasta el {date}'],
    ['Funders: {names}', 'Financiadores: {names}'],
  ],
};
