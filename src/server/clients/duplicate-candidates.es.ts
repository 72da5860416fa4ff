// Duplicate Candidates' own text in Spanish (see reports/framework/report-labels.ts).
import type { ReportCatalog } from '../reports/framework/report-labels.ts';

export const duplicateCandidatesEs: ReportCatalog = {
  labels: {
    'Duplicate Candidates': 'Posibles duplicados',
    'Duplicate candidates': 'Posibles duplicados',
    'No duplicate candidates.': 'No hay posibles duplicados.',
    'Client A': 'Cliente A',
    'Name A': 'Nombre A',
    'Date of birth A': 'Fecha de nacimiento A',
    'SSN A': 'Número de Seguro Social A',
    'Client B': 'Cliente B',
    'Name B': 'Nombre B',
    'Date of birth B': 'Fecha de nacimiento B',
    'SSN B': 'Número de Seguro Social B',
    Why: 'Motivo',
    'Flagged by': 'Marcado por',
    Note: 'Nota',
  },
  // What agrees between the two clients (duplicate-pairs.ts), listed in one cell.
  values: {
    why: {
      separator: ', ',
      map: {
        'flagged by a user': 'marcado por un usuario',
        SSN: 'número de Seguro Social',
        name: 'nombre',
        'date of birth': 'fecha de nacimiento',
        'similar name': 'nombre parecido',
      },
    },
  },
};
