// The HMIS Active Client List's own text in Spanish (see framework/report-labels.ts).
import type { ReportCatalog } from '../framework/report-labels.ts';

export const bnlEs: ReportCatalog = {
  labels: {
    'HMIS Active Client List': 'Lista de clientes activos de HMIS',
    'Active clients': 'Clientes activos',
    'No clients match these choices: no one was active (or entered or exited) in these programs in the range.':
      'Ningún cliente cumple estas opciones: nadie estuvo activo (ni ingresó ni salió) en estos programas en el rango.',
    'Active at any point': 'Activo en algún momento',
    'Active on a date': 'Activo en una fecha',
    Entered: 'Ingresaron',
    Exited: 'Salieron',
    'Entry/Exit Dates': 'Fechas de ingreso y salida',
    'Services and bed nights': 'Servicios y noches de cama',
    'Contacts (current living situation)': 'Contactos (situación de vivienda actual)',
    'PIT/HIC list': 'Lista PIT/HIC',
    ChronicallyHomelessAtStart: 'Situación de calle crónica al inicio',
    CaseManager: 'Administrador/a de casos',
    LastServiceDate: 'Fecha del último servicio',
    LastContactDate: 'Fecha del último contacto',
    MissingDataElements: 'Elementos de datos faltantes',
    MissingCount: 'Cantidad de elementos faltantes',
  },
  lines: [
    ['Active on a date: {date}', 'Activo en una fecha: {date}'],
    ['{type}, {start} to {end}', '{type}, del {start} al {end}'],
    ['Active client method: {method}', 'Método de cliente activo: {method}'],
  ],
};
