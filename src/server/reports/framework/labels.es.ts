// Spanish for what the framework itself prints (summary sheet, "Run by" line, Hide PII note) and
// for what many reports share: the launch-form filters' lines (shared/enrollment-filters.ts), the
// HUD-named enrollment columns (shared/enrollment-columns.ts) and common column names.
// A report's own words go in the catalog beside it (see report-labels.ts).
import type { ReportCatalog } from './report-labels.ts';

export const FRAMEWORK_ES: ReportCatalog = {
  labels: {
    Summary: 'Resumen',
    'About this report': 'Acerca de este informe',
    'No rows.': 'Sin filas.',
    'Page {n} of {count}': 'Página {n} de {count}',
    Yes: 'Sí',
    No: 'No',
    Total: 'Total',
    'Hide PII: names, dates of birth and SSNs are left out.':
      'Ocultar PII: se omiten nombres, fechas de nacimiento y números de Seguro Social.',
    'Heads of household only': 'Solo jefes/as del hogar',
    // Launch-form choices named in lines (sub-populations, date-range presets)
    Veterans: 'Veteranos/as',
    'Chronically homeless at project start': 'En situación de calle crónica al inicio en el proyecto',
    'Youth (18–24)': 'Jóvenes (18–24)',
    'Families (adults with children)': 'Familias (adultos con niños)',
    'Adults-only households': 'Hogares solo de adultos',
    'Children-only households': 'Hogares solo de niños',
    // HUD-named enrollment columns (BNL, Clients in Programs)
    PersonalID: 'ID del cliente',
    FirstName: 'Nombre',
    LastName: 'Apellido',
    DOB: 'Fecha de nacimiento',
    SSN: 'Número de Seguro Social',
    Age: 'Edad',
    VeteranStatus: 'Veterano/a',
    HouseholdID: 'ID del hogar',
    RelationshipToHoH: 'Relación con el jefe/a del hogar',
    HouseholdType: 'Tipo de hogar',
    OrganizationName: 'Organización',
    ProjectName: 'Proyecto',
    ProjectType: 'Tipo de proyecto',
    EnrollmentID: 'ID de inscripción',
    EntryDate: 'Fecha de ingreso',
    MoveInDate: 'Fecha de mudanza',
    ExitDate: 'Fecha de salida',
    Destination: 'Destino',
    EnrollmentsInRange: 'Inscripciones en el rango',
    // Column names several reports use
    'Client ID': 'ID del cliente',
    'First name': 'Nombre',
    'Last name': 'Apellido',
    'Date of birth': 'Fecha de nacimiento',
    Organization: 'Organización',
    Program: 'Programa',
    Project: 'Proyecto',
    'Project type': 'Tipo de proyecto',
    'Relationship to head of household': 'Relación con el jefe/a del hogar',
    'Project start date': 'Fecha de inicio en el proyecto',
    'Exit date': 'Fecha de salida',
    'Enrollment ID': 'ID de inscripción',
    Anniversary: 'Aniversario',
    'Window opens': 'Abre el plazo',
    'Window closes': 'Cierra el plazo',
    'Case manager': 'Administrador/a de casos',
    'Entered by': 'Ingresado por',
  },
  lines: [
    ['Run by {name} on {when}.', 'Ejecutado por {name} el {when}.'],
    ['{title}: {name} (scheduled)', '{title}: {name} (programado)'],
    ['Organizations: {ids}', 'Organizaciones: {ids}'],
    ['Programs: {ids}', 'Programas: {ids}'],
    ['Projects: {ids}', 'Proyectos: {ids}'],
    ['CoC: {code}', 'Código de CoC: {code}'],
    ['Sub-populations: {names}', 'Subpoblaciones: {names}'],
    ['Case managers: {ids}', 'Administradores/as de casos: {ids}'],
    ['Grants: {ids}', 'Subvenciones: {ids}'],
  ],
  values: {
    HouseholdType: {
      map: {
        'Adults and children': 'Adultos y niños',
        'Adults only': 'Solo adultos',
        'Children only': 'Solo niños',
        Unknown: 'Desconocido',
      },
    },
  },
};
