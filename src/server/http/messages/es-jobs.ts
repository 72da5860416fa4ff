// Spanish for what background jobs say on Files on Server and the Task List (src/server/jobs/
// and the features that start jobs): titles, progress notes, why a job failed. Stored in
// English, translated when read. File names in titles are left as they are; a report run writes
// its title in the asker's language itself (src/server/reports/routes.ts).
import type { MessageCatalog } from './localize.ts';

export const jobsEs: Partial<MessageCatalog> = {
  exact: {
    // Progress notes.
    Done: 'Terminado',
    'Checking files': 'Revisando los archivos',
    'Loading records': 'Cargando los registros',
    'Finding the clients served': 'Buscando a los clientes atendidos',
    'Saving the run': 'Guardando la ejecución',
    'Counting the tables': 'Contando las tablas',
    'Writing the CSV files': 'Escribiendo los archivos CSV',
    'Writing the validation file': 'Escribiendo el archivo de validación',
    'Running the report': 'Ejecutando el informe',
    // Why a job failed.
    'The job was interrupted because Hearth stopped while it ran. Run it again.':
      'La tarea se interrumpió porque Hearth se detuvo mientras se ejecutaba. Ejecútela de nuevo.',
    'The job stopped because of an unexpected error. Try again, or ask your HMIS admin to check the server log.':
      'La tarea se detuvo por un error inesperado. Inténtelo de nuevo o pida a su administrador de HMIS que revise el registro del servidor.',
    'The validation file needs a password; run the report again and enter one.':
      'El archivo de validación necesita una contraseña; ejecute el informe de nuevo y escriba una.',
    'The report did not run: the account that asked for it is no longer active.':
      'El informe no se ejecutó: la cuenta que lo pidió ya no está activa.',
    'The report did not run: its owner no longer works for the organization it was set up as.':
      'El informe no se ejecutó: su propietario ya no trabaja para la organización con la que se configuró.',
  },
  patterns: [
    ['Writing {n} rows', 'Escribiendo {n} filas'],
    // Titles: HMIS CSV exports and imports, APR/CAPER runs, scheduled reports.
    ['{report} FY2026, {start} to {end} (hashed)', '{report} FY2026, del {start} al {end} (con hash)'],
    ['{report} FY2026, {start} to {end}', '{report} FY2026, del {start} al {end}'],
    ['{report} FY2026 (browser), {start} to {end}', '{report} FY2026 (navegador), del {start} al {end}'],
    ['HMIS CSV Import: {file}', 'Importación de HMIS CSV: {file}'],
    ['{name} (scheduled)', '{name} (programado)'],
    [
      'Nobody was served by the chosen projects between {start} and {end}.',
      'Nadie fue atendido por los proyectos elegidos entre el {start} y el {end}.',
    ],
    [
      'Nothing was imported: {n} high-priority problem must be fixed first. See the report for each file, line and column.',
      'No se importó nada: primero hay que corregir {n} problema de prioridad alta. Vea el informe de cada archivo, línea y columna.',
    ],
    [
      'Nothing was imported: {n} high-priority problems must be fixed first. See the report for each file, line and column.',
      'No se importó nada: primero hay que corregir {n} problemas de prioridad alta. Vea el informe de cada archivo, línea y columna.',
    ],
  ],
};
