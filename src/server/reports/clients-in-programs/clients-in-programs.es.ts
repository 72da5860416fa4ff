// Clients in Programs' own text in Spanish (see framework/report-labels.ts).
import type { ReportCatalog } from '../framework/report-labels.ts';

export const clientsInProgramsEs: ReportCatalog = {
  labels: {
    'Clients in Programs': 'Clientes en programas',
    Clients: 'Clientes',
    'No clients were enrolled in these programs during the range.':
      'Ningún cliente estuvo inscrito en estos programas durante el rango.',
    Households: 'Hogares',
    Adults: 'Adultos',
    Children: 'Niños',
    'Age unknown': 'Edad desconocida',
    'Entered in range': 'Ingresaron en el rango',
    'Exited in range': 'Salieron en el rango',
    'Still enrolled at end': 'Aún inscritos al final',
  },
  lines: [
    ['Enrolled between {start} and {end}', 'Inscritos entre el {start} y el {end}'],
    ['Run by {what}', 'Agrupado por: {what}'],
  ],
  groups: { 'No project type': 'Sin tipo de proyecto' },
};
