// HMIS Data Entry Timing's own text in Spanish (see framework/report-labels.ts).
import type { ReportCatalog } from '../framework/report-labels.ts';

export const dataEntryTimingEs: ReportCatalog = {
  labels: {
    'HMIS Data Entry Timing': 'Puntualidad del ingreso de datos en HMIS',
    Entries: 'Ingresos',
    'Nothing of this type was dated in the range for these programs.':
      'No hay nada de este tipo con fecha en el rango para estos programas.',
    'Entries (project start)': 'Ingresos (inicio en el proyecto)',
    Exits: 'Salidas',
    'Update/annual assessments': 'Evaluaciones de actualización/anuales',
    Services: 'Servicios',
    'Current living situations': 'Situaciones de vivienda actuales',
    'Same day': 'El mismo día',
    '1–3 days': '1–3 días',
    '4–7 days': '4–7 días',
    '8–14 days': '8–14 días',
    'Over 14 days': 'Más de 14 días',
    'Average days': 'Promedio de días',
    'Median days': 'Mediana de días',
    'Event date': 'Fecha del evento',
    Detail: 'Detalle',
    'Date entered': 'Fecha de ingreso de datos',
    'Days to entry': 'Días hasta el ingreso de datos',
  },
  lines: [['{type} dated between {start} and {end}', '{type} con fecha entre el {start} y el {end}']],
};
