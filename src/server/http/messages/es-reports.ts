// Spanish for the messages of reports, Data Explorer, saved settings and schedules, and the dashboards.
import type { MessageCatalog } from './localize.ts';

export const esReports: Partial<MessageCatalog> = {
  exact: {
    'The period starts after it ends': 'El período empieza después de terminar',
    'The period is too long': 'El período es demasiado largo',
    'Unknown data-quality table': 'Tabla de calidad de datos desconocida',
    'Unknown data element': 'Elemento de datos desconocido',
    'Data Explorer questions are saved with Save Question (and can be shared)':
      'Las preguntas del Explorador de datos se guardan con Guardar pregunta (y se pueden compartir)',
    'Type a name for these settings': 'Escriba un nombre para esta configuración',
    'Choose at least one project': 'Elija al menos un proyecto',
    'Enter a number': 'Escriba un número',
    'Type text without the NUL character or broken Unicode': 'Escriba texto sin el carácter NUL ni Unicode dañado',
    'Enter a date (yyyy-mm-dd)': 'Escriba una fecha (aaaa-mm-dd)',
    'Choose at least one column': 'Elija al menos una columna',
    'At most 20 filters': 'Como máximo 20 filtros',
    'Filters must be a list of filters': 'Los filtros deben ser una lista de filtros',
    'Group by at most three columns': 'Agrupe por tres columnas como máximo',
    'Choose a subject': 'Elija un tema',
    'Choose funders by their FundingSource code': 'Elija los financiadores por su código FundingSource',
    'Type a name for this question': 'Escriba un nombre para esta pregunta',
    'Give the schedule a name': 'Póngale un nombre a la programación',
    'Choose the date and time of the first run': 'Elija la fecha y la hora de la primera ejecución',
    'The saved run was made with other parameters': 'La ejecución guardada se hizo con otros parámetros',
    'Enter a password for the validation file, or accept responsibility for an unencrypted file':
      'Escriba una contraseña para el archivo de validación o acepte la responsabilidad de un archivo sin cifrar',
    'The end date is before the start date: choose an end date on or after it':
      'La fecha de fin es anterior a la de inicio: elija una fecha de fin igual o posterior',
    'Active on a date reports one day: make the end date the same as the start date':
      'Activo en una fecha informa un solo día: ponga la misma fecha de fin que de inicio',
    'A PIT/HIC list is of one night: choose Active on a date':
      'Una lista PIT/HIC es de una sola noche: elija Activo en una fecha',
    'Add a filter to narrow the question': 'Agregue un filtro para acotar la pregunta',
    'The date cannot be in the future: missing assessments are counted up to today':
      'La fecha no puede estar en el futuro: las evaluaciones faltantes se cuentan hasta hoy',
    'This report has no counts to drill into': 'Este informe no tiene conteos para ver en detalle',
    'The first run is in the past: choose a date and time in the future':
      'La primera ejecución está en el pasado: elija una fecha y hora futuras',
    'The validation file password must be at least 12 characters long':
      'La contraseña del archivo de validación debe tener al menos 12 caracteres',
    'The validation file password must be at most 256 characters long':
      'La contraseña del archivo de validación puede tener como máximo 256 caracteres',
    'The validation file password must not contain your username':
      'La contraseña del archivo de validación no debe contener su nombre de usuario',
    'The validation file password is too common; choose one that is harder to guess':
      'La contraseña del archivo de validación es demasiado común; elija una más difícil de adivinar',
    'The validation file password must not be one character repeated':
      'La contraseña del archivo de validación no debe ser un solo carácter repetido',
    'Choose when the notification should come back': 'Elija cuándo debe volver la notificación',
    'Snooze until a time in the future': 'Posponga hasta un momento futuro',
    'Snooze for at most a year': 'Posponga como máximo un año',
  },
  patterns: [
    ['This needs the {role} role', 'Esto requiere el rol de {role}'],
    ['{report} needs the {role} role', '{report} requiere el rol de {role}'],
    [
      'You already have saved settings named “{name}”. Choose another name.',
      'Ya tiene una configuración guardada llamada “{name}”. Elija otro nombre.',
    ],
    [
      'You already have a question named “{name}”. Choose another name.',
      'Ya tiene una pregunta llamada “{name}”. Elija otro nombre.',
    ],
    ['Enter {what} as a date (yyyy-mm-dd)', 'Escriba {what} como fecha (aaaa-mm-dd)'],
    ['Choose a type: {options}', 'Elija un tipo: {options}'],
    ['Choose how to compare: {options}', 'Elija cómo comparar: {options}'],
    ['Choose a subject: {options}', 'Elija un tema: {options}'],
    ['Choose one of the counts: {options}', 'Elija uno de los conteos: {options}'],
    [
      'More than {n} {noun} records match: add a filter or choose fewer organizations',
      'Coinciden más de {n} registros ({noun}): agregue un filtro o elija menos organizaciones',
    ],
    [
      '{n} rows is more than a {format} download takes ({max}): run it in the background to get it on Files on Server.',
      '{n} filas son más de las que admite una descarga {format} ({max}): ejecútelo en segundo plano para obtenerlo en Archivos en el servidor.',
    ],
    [
      'Nobody was served by the chosen projects between {start} and {end}',
      'Nadie fue atendido por los proyectos elegidos entre {start} y {end}',
    ],
    [
      'Nobody was served by the chosen project between {start} and {end}',
      'Nadie fue atendido por el proyecto elegido entre {start} y {end}',
    ],
    [
      'You may not report on project {ids} (it does not exist or is not one of your organization’s)',
      'No puede hacer informes del proyecto {ids} (no existe o no es de su organización)',
    ],
    ['The {report} has no table {table}', 'El {report} no tiene la tabla {table}'],
    ['Table {table} has no row {row}', 'La tabla {table} no tiene la fila {row}'],
    ['That cell of {table} is not a count of clients', 'Esa celda de {table} no es un conteo de clientes'],
    [
      'Program {ids} is not in the chosen organizations: choose programs of those organizations',
      'El programa {ids} no está en las organizaciones elegidas: elija programas de esas organizaciones',
    ],
    [
      'Program {ids} is not in the chosen organizations: choose programs of that organization',
      'El programa {ids} no está en las organizaciones elegidas: elija programas de esa organización',
    ],
    [
      'Grant {ids} does not fund the chosen programs: choose grants of those programs',
      'La subvención {ids} no financia los programas elegidos: elija subvenciones de esos programas',
    ],
    [
      '{subject} are not recorded in programs: clear the programs',
      '{subject} no se registran en programas: quite los programas',
    ],
    ['{codes} is not a FundingSource code', '{codes} no es un código FundingSource'],
    ['“{column}” is not a column of this report', '“{column}” no es una columna de este informe'],
    ['There is no report named {name}', 'No hay ningún informe llamado {name}'],
  ],
  terms: {
    // roles as the server names them
    'case manager': 'administrador/a de casos',
    'program manager': 'gerente de programa',
    'data quality officer': 'responsable de calidad de datos',
    'hmis admin': 'administrador/a de HMIS',
    'program manager or data quality officer': 'gerente de programa o responsable de calidad de datos',
    'data quality officer or program manager': 'responsable de calidad de datos o gerente de programa',
    'the due date': 'la fecha límite',
    'the start date': 'la fecha de inicio',
    'the end date': 'la fecha de fin',
    'the date': 'la fecha',
    // Data Explorer subjects and their records
    Clients: 'Los clientes',
    Enrollments: 'Las inscripciones',
    Exits: 'Las salidas',
    Services: 'Los servicios',
    Assessments: 'Las evaluaciones',
    Users: 'Los usuarios',
    Projects: 'Los proyectos',
    client: 'cliente',
    enrollment: 'inscripción',
    exit: 'salida',
    service: 'servicio',
    assessment: 'evaluación',
    user: 'usuario',
    project: 'proyecto',
    'The saved run': 'La ejecución guardada',
    'The question': 'La pregunta',
    'This question': 'Esta pregunta',
    'The schedule': 'La programación',
    'These saved settings': 'Esta configuración guardada',
  },
  fields: {
    reportType: 'Tipo de informe',
    format: 'Formato',
    grantIds: 'Subvenciones',
    caseManagerIds: 'Administradores de casos',
    type: 'Tipo',
    report: 'Informe',
    parameters: 'Parámetros',
    runAt: 'Primera ejecución',
    frequency: 'Frecuencia',
    validationPassword: 'Contraseña del archivo de validación',
    projectIds: 'Proyectos',
    organizationIds: 'Organizaciones',
    startDate: 'Fecha de inicio',
    endDate: 'Fecha de fin',
    filters: 'Filtros',
    columns: 'Columnas',
    subject: 'Tema',
    until: 'Hasta',
  },
};
