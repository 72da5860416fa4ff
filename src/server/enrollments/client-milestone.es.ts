// Client Milestone Age Status' own text in Spanish (see reports/framework/report-labels.ts).
import type { ReportCatalog } from '../reports/framework/report-labels.ts';

export const clientMilestoneAgeEs: ReportCatalog = {
  labels: {
    'Client Milestone Age Status': 'Clientes que cumplen la mayoría de edad',
    'Clients turning 18': 'Clientes que cumplen 18 años',
    'Nobody turns 18 in this range while enrolled.': 'Nadie cumple 18 años en este rango mientras está inscrito.',
    'Turns 18 on': 'Cumple 18 el',
    'Now required': 'Ahora obligatorios',
  },
  lines: [['Turning 18 between {from} and {to}', 'Cumplen 18 años entre el {from} y el {to}']],
};
