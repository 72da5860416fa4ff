// Spanish for the server's messages: English message → Spanish. The error handler applies it when
// the request's Accept-Language prefers Spanish; a message not listed here is answered in English.
// `patterns` hold the messages with data in them: `{name}` matches any text, which is then itself
// looked up in `terms` (record kinds, element names, field labels) and kept as is when not there.
// To add a message: copy the English exactly as the server says it, and its Spanish beside it.
// A feature area with many messages keeps them in its own `es-<area>.ts` (a partial catalog),
// listed in AREAS below.
import { esAdmin } from './es-admin.ts';
import { esCas } from './es-cas.ts';
import { esCaseWork } from './es-case-work.ts';
import { esDocumentCheck } from './es-document-check.ts';
import { esHmisCsv } from './es-hmis-csv.ts';
import { esRecords } from './es-records.ts';
import { esReports } from './es-reports.ts';
import { esServices } from './es-services.ts';
import type { MessageCatalog } from './localize.ts';

const AREAS: Partial<MessageCatalog>[] = [
  esAdmin,
  esCas,
  esCaseWork,
  esDocumentCheck,
  esHmisCsv,
  esRecords,
  esReports,
  esServices,
];

const exact: Record<string, string> = {
  // Sign-in, session, account
  'Username or password is incorrect': 'El usuario o la contraseña no son correctos',
  'Sign in to continue': 'Inicie sesión para continuar',
  'Your session has ended. Sign in again.': 'Su sesión terminó. Inicie sesión de nuevo.',
  'You were signed out after a period of inactivity. Sign in again.':
    'Se cerró su sesión por inactividad. Inicie sesión de nuevo.',
  'Your session has expired. Sign in again.': 'Su sesión venció. Inicie sesión de nuevo.',
  'Your account is not active.': 'Su cuenta no está activa.',
  'Change your initial password before you continue.': 'Cambie su contraseña inicial antes de continuar.',
  'Choose an organization to work as (Settings → Organization) first':
    'Primero elija la organización con la que trabaja (Configuración → Organización)',
  'You do not have permission to do this': 'No tiene permiso para hacer esto',
  'You do not have access to that organization': 'No tiene acceso a esa organización',
  'That organization is no longer active': 'Esa organización ya no está activa',
  'Current password is incorrect': 'La contraseña actual no es correcta',
  'New password must differ from the current one': 'La nueva contraseña debe ser distinta de la actual',
  'Password must be at least 12 characters long': 'La contraseña debe tener al menos 12 caracteres',
  'Password must be at most 256 characters long': 'La contraseña puede tener como máximo 256 caracteres',
  'Password must not contain your username': 'La contraseña no debe contener su nombre de usuario',
  'Password is too common; choose one that is harder to guess':
    'La contraseña es demasiado común; elija una más difícil de adivinar',
  'Password must not be one character repeated': 'La contraseña no debe ser un solo carácter repetido',
  'Password must not be the demo password': 'La contraseña no debe ser la contraseña de demostración',
  'At least 12 characters, not containing your username, and not a common password.':
    'Al menos 12 caracteres, sin su nombre de usuario y que no sea una contraseña común.',
  'Write a question of at least 5 characters': 'Escriba una pregunta de al menos 5 caracteres',
  'The answer must be at least 3 characters': 'La respuesta debe tener al menos 3 caracteres',
  'That answer does not match. Answers are case-sensitive. If you never set up a security question, ask your HMIS admin to reset your password.':
    'Esa respuesta no coincide. Las respuestas distinguen mayúsculas y minúsculas. Si nunca configuró una pregunta de seguridad, pida al administrador de HMIS que restablezca su contraseña.',
  'Too many recovery attempts for this account. Try again in an hour, or ask your HMIS admin.':
    'Demasiados intentos de recuperación para esta cuenta. Inténtelo de nuevo en una hora o consulte al administrador de HMIS.',
  'Requests from another site are refused': 'Se rechazan las solicitudes de otro sitio',
  // General
  'Some fields are not valid': 'Algunos campos no son válidos',
  'Invalid request': 'Solicitud no válida',
  'Something went wrong on the server. Try again.': 'Algo salió mal en el servidor. Inténtelo de nuevo.',
  'The request or file is larger than allowed': 'La solicitud o el archivo es más grande de lo permitido',
  'The file is larger than Hearth accepts for an upload': 'El archivo es más grande de lo que Hearth acepta',
  'Choose a file': 'Elija un archivo',
  'Choose a file to upload': 'Elija un archivo para subir',
  'Choose an end date on or after the start date': 'Elija una fecha de fin igual o posterior a la de inicio',
  'The date range ends before it starts': 'El período termina antes de empezar',
  // Client record (3.01–3.07, V1)
  'This person may already be in HMIS. Compare the records: pick the existing client, or confirm that none of them is this person.':
    'Es posible que esta persona ya esté en HMIS. Compare los registros: elija el cliente existente o confirme que ninguno es esta persona.',
  'A full SSN has exactly 9 digits': 'Un número de Seguro Social completo tiene exactamente 9 dígitos',
  'No SSN starts with 000, 666 or 9': 'Ningún número de Seguro Social empieza por 000, 666 o 9',
  'The middle two digits of an SSN are never 00':
    'Los dos dígitos centrales de un número de Seguro Social nunca son 00',
  'The last four digits of an SSN are never 0000':
    'Los últimos cuatro dígitos de un número de Seguro Social nunca son 0000',
  'This is a well-known placeholder, not a real SSN':
    'Este es un número de ejemplo conocido, no un número de Seguro Social real',
  'Names can be at most 50 characters': 'Los nombres pueden tener como máximo 50 caracteres',
  'Enter the first name, or choose a partial name': 'Escriba el nombre o elija nombre parcial',
  'Enter the last name, or choose a partial name': 'Escriba el apellido o elija nombre parcial',
  'Enter at least a first or a last name': 'Escriba al menos un nombre o un apellido',
  'Enter the 9-digit SSN, or choose another SSN data quality':
    'Escriba el número de Seguro Social de 9 dígitos o elija otra calidad de datos del número',
  'Enter the digits known, with x for each unknown digit (9 in all), or just the last 4':
    'Escriba los dígitos conocidos, con x por cada dígito desconocido (9 en total), o solo los últimos 4',
  'An SSN is entered: choose full or partial SSN': 'Hay un número de Seguro Social: elija número completo o parcial',
  'Enter a real date of birth as yyyy-mm-dd': 'Escriba una fecha de nacimiento real como aaaa-mm-dd',
  'The date of birth cannot be in the future': 'La fecha de nacimiento no puede ser futura',
  'The date of birth cannot be before 1900': 'La fecha de nacimiento no puede ser anterior a 1900',
  'A date of birth is entered: choose full or approximate date of birth':
    'Hay una fecha de nacimiento: elija fecha completa o aproximada',
  'Enter the date of birth, or choose another date of birth data quality':
    'Escriba la fecha de nacimiento o elija otra calidad de datos de la fecha de nacimiento',
  'At most 100 characters': 'Como máximo 100 caracteres',
  'Choose at least one race or ethnicity, or why none was recorded':
    'Elija al menos una raza o etnia, o por qué no se registró ninguna',
  'Only recorded for veterans': 'Solo se registra para veteranos',
  'The year separated cannot be before the year entered service':
    'El año de baja no puede ser anterior al año de ingreso al servicio',
  'Veteran status changes only through an enrollment workflow (intake, update or exit)':
    'La condición de veterano solo cambia en un flujo de trabajo de inscripción (admisión, actualización o salida)',
  // Intake, enrollment, exit
  'Choose a project of the organization you are working as': 'Elija un proyecto de la organización con la que trabaja',
  'A person can be enrolled only once in a household': 'Una persona solo puede inscribirse una vez en un hogar',
  'A housing move-in date is recorded only in permanent housing projects':
    'La fecha de mudanza solo se registra en proyectos de vivienda permanente',
  'This enrollment is not part of the household': 'Esta inscripción no forma parte del hogar',
  'Send the version of the enrollment you read': 'Envíe la versión de la inscripción que leyó',
  'Choose the client joining the household': 'Elija el cliente que se une al hogar',
  'Choose one of the household members who are exiting': 'Elija uno de los miembros del hogar que salen',
  'A bed night is not a service at exit: record it with the nights':
    'Una noche de cama no es un servicio de salida: regístrela con las noches',
  'Choose one of this client’s enrollments': 'Elija una de las inscripciones de este cliente',
  'You already have this workflow paused: resume it, or start over (which deletes the paused one)':
    'Ya tiene este flujo de trabajo en pausa: continúelo o vuelva a empezar (lo que borra el que está en pausa)',
  'This workflow has no enrollment; start it again from the enrollment':
    'Este flujo de trabajo no tiene inscripción; empiécelo de nuevo desde la inscripción',
  'Only update and annual assessments are edited here; use Edit entry or Edit exit for the others':
    'Aquí solo se editan las evaluaciones de actualización y anuales; para las demás use Editar ingreso o Editar salida',
  // HUD answers (assessments)
  'Say whether this condition is expected to be long-lasting and to impair independent living':
    'Indique si se espera que esta condición sea duradera y limite la vida independiente',
  'Disabling condition must be Yes: a disability recorded on this page is disabling':
    'Condición discapacitante debe ser Sí: una discapacidad registrada en esta página es discapacitante',
  'Choose the type of rental subsidy': 'Elija el tipo de subsidio de alquiler',
  'Say whether the client stayed on the streets, in emergency shelter or a safe haven the night before':
    'Indique si el cliente pasó la noche anterior en la calle, en un albergue de emergencia o en un refugio seguro',
  'Enter the approximate date this episode of homelessness started':
    'Escriba la fecha aproximada en que empezó este episodio sin hogar',
  'Choose how many times the client has been homeless in the past three years':
    'Elija cuántas veces el cliente estuvo sin hogar en los últimos tres años',
  'Choose how many months the client has been homeless in the past three years':
    'Elija cuántos meses el cliente estuvo sin hogar en los últimos tres años',
  'The date homelessness started cannot be after the project start date':
    'La fecha en que empezó la falta de hogar no puede ser posterior a la fecha de ingreso al proyecto',
  'You answered Yes: enter the monthly amount of at least one income source':
    'Respondió Sí: escriba el monto mensual de al menos una fuente de ingresos',
  'Enter the monthly amount of this income': 'Escriba el monto mensual de este ingreso',
  'Name the other source of income': 'Indique la otra fuente de ingresos',
  'You answered Yes: tick at least one non-cash benefit': 'Respondió Sí: marque al menos un beneficio no monetario',
  'Name the other benefit': 'Indique el otro beneficio',
  'You answered Yes: tick at least one type of health insurance':
    'Respondió Sí: marque al menos un tipo de seguro médico',
  'Name the other insurance': 'Indique el otro seguro',
  'Choose when the experience occurred': 'Elija cuándo ocurrió la experiencia',
  'Say whether the client is currently fleeing': 'Indique si el cliente está huyendo actualmente',
  'Choose the type of employment': 'Elija el tipo de empleo',
  'Choose why the client is not employed': 'Elija por qué el cliente no tiene empleo',
  'Choose the type of rental subsidy at the destination': 'Elija el tipo de subsidio de alquiler en el destino',
  'Describe the destination': 'Describa el destino',
  'Choose the most recent educational status': 'Elija la situación educativa más reciente',
  'Choose the current educational status': 'Elija la situación educativa actual',
  'Enter the T-cell count': 'Escriba el recuento de células T',
  'Choose how the T-cell count was obtained': 'Elija cómo se obtuvo el recuento de células T',
  'Enter the viral load': 'Escriba la carga viral',
  'Choose how the viral load was obtained': 'Elija cómo se obtuvo la carga viral',
  'Enter how many times outreach approached the client': 'Escriba cuántas veces el equipo de calle contactó al cliente',
  'Choose why no services were provided': 'Elija por qué no se prestaron servicios',
  'Say whether the youth is a runaway': 'Indique si el joven se fugó',
  'Answer this follow-up question': 'Responda esta pregunta de seguimiento',
  'Choose the major reason for the discharge': 'Elija el motivo principal de la baja',
  'Choose why the client was not enrolled in PATH': 'Elija por qué el cliente no se inscribió en PATH',
  'Choose one of the listed answers': 'Elija una de las respuestas de la lista',
};

const patterns: [string, string][] = [
  ['{what} was not found', '{what}: no se encontró'],
  [
    '{what} was changed by someone else after you opened it. Reload to see their changes, then make yours again.',
    '{what}: otra persona hizo cambios después de que usted lo abrió. Vuelva a cargar para ver esos cambios y luego haga los suyos de nuevo.',
  ],
  ['Too many attempts. Try again in {n} minute.', 'Demasiados intentos. Inténtelo de nuevo en {n} minuto.'],
  ['Too many attempts. Try again in {n} minutes.', 'Demasiados intentos. Inténtelo de nuevo en {n} minutos.'],
  [
    'This account is locked after too many failed sign-ins. Try again in {n} minute, or recover your account with your security question.',
    'Esta cuenta está bloqueada por demasiados intentos fallidos. Inténtelo de nuevo en {n} minuto o recupere su cuenta con su pregunta de seguridad.',
  ],
  [
    'This account is locked after too many failed sign-ins. Try again in {n} minutes, or recover your account with your security question.',
    'Esta cuenta está bloqueada por demasiados intentos fallidos. Inténtelo de nuevo en {n} minutos o recupere su cuenta con su pregunta de seguridad.',
  ],
  [
    "{element} {name} is required for {who}: choose an answer, or Client doesn't know / Client prefers not to answer / Data not collected",
    '{element} {name} es obligatorio para {who}: elija una respuesta, o El cliente no sabe / El cliente prefiere no responder / No se recopilaron datos',
  ],
  [
    '{element} {name} is required for {who}: choose an answer',
    '{element} {name} es obligatorio para {who}: elija una respuesta',
  ],
  [
    'The project start date ({date}) cannot be in the future',
    'La fecha de ingreso al proyecto ({date}) no puede ser futura',
  ],
  [
    'The project start date cannot be before {project} began operating ({date})',
    'La fecha de ingreso al proyecto no puede ser anterior al inicio de operaciones de {project} ({date})',
  ],
  [
    'The project start date cannot be after {project} stopped operating ({date})',
    'La fecha de ingreso al proyecto no puede ser posterior al cierre de {project} ({date})',
  ],
  [
    'The project start date cannot be after the exit date ({date})',
    'La fecha de ingreso al proyecto no puede ser posterior a la fecha de salida ({date})',
  ],
  [
    'The project start date cannot be after the assessment dated {date}',
    'La fecha de ingreso al proyecto no puede ser posterior a la evaluación del {date}',
  ],
  [
    'The exit date ({exit}) cannot be before the project start date ({start})',
    'La fecha de salida ({exit}) no puede ser anterior a la fecha de ingreso al proyecto ({start})',
  ],
  ['The exit date ({date}) cannot be in the future', 'La fecha de salida ({date}) no puede ser futura'],
  ['The assessment date ({date}) cannot be in the future', 'La fecha de la evaluación ({date}) no puede ser futura'],
  ['Client {id} is listed twice', 'El cliente {id} aparece dos veces'],
  ['There is no client with ID {id}', 'No hay ningún cliente con el ID {id}'],
  ['This client record was merged into client {id}', 'Este registro de cliente se fusionó con el cliente {id}'],
  ['Enter a year from 1920 to {year}', 'Escriba un año de 1920 a {year}'],
  ['“{raw}” is not a whole number', '“{raw}” no es un número entero'],
  ['“{raw}” is not an amount in dollars and cents', '“{raw}” no es un monto en dólares y centavos'],
  [
    "“{raw}” is not a date HUD's format allows (yyyy-mm-dd)",
    '“{raw}” no es una fecha en el formato de HUD (aaaa-mm-dd)',
  ],
  ['{value} is not a HUD answer for {field}', '{value} no es una respuesta de HUD para {field}'],
  [
    '{project} belongs to {organization}, not the organization you are working as',
    '{project} pertenece a {organization}, no a la organización con la que trabaja',
  ],
];

/** Record kinds, element names and words that fill the patterns' blanks. */
const terms: Record<string, string> = {
  Client: 'El cliente',
  'This client': 'Este cliente',
  'The client record': 'El registro del cliente',
  Enrollment: 'La inscripción',
  'This enrollment': 'Esta inscripción',
  Project: 'El proyecto',
  'The project': 'El proyecto',
  'The organization': 'La organización',
  'The user': 'El usuario',
  'The service': 'El servicio',
  'This service': 'Este servicio',
  'The case note': 'La nota de caso',
  'Case assignment': 'La asignación de caso',
  'The file': 'El archivo',
  'This file': 'Este archivo',
  'The client photo': 'La foto del cliente',
  'The interested other': 'La persona interesada',
  'This interested other': 'Esta persona interesada',
  'Paused workflow': 'El flujo de trabajo en pausa',
  'This paused workflow': 'Este flujo de trabajo en pausa',
  'The job': 'La tarea',
  'The batch': 'El lote',
  'The batch entry': 'La entrada del lote',
  'The notification': 'La notificación',
  'The document': 'El documento',
  'The re-entry request': 'La solicitud de reingreso',
  'This re-entry request': 'Esta solicitud de reingreso',
  'The saved settings': 'La configuración guardada',
  Referral: 'El referido',
  'This referral': 'Este referido',
  // who (4.x rules)
  'every household member': 'todos los miembros del hogar',
  'the head of household': 'el jefe o la jefa del hogar',
  adults: 'los adultos',
  'adults and the head of household': 'los adultos y el jefe o la jefa del hogar',
  // element names of the intake (HUD FY2026 3.x and 4.x)
  Name: 'Nombre',
  'Social Security Number': 'Número de Seguro Social',
  'Date of Birth': 'Fecha de nacimiento',
  'Race and Ethnicity': 'Raza y etnia',
  Sex: 'Sexo',
  'Veteran Status': 'Condición de veterano',
  'Disabling Condition': 'Condición discapacitante',
  'Project Start Date': 'Fecha de ingreso al proyecto',
  'Project Exit Date': 'Fecha de salida del proyecto',
  Destination: 'Destino',
  'Relationship to Head of Household': 'Relación con el jefe/a del hogar',
  'Enrollment CoC': 'CoC de la inscripción',
  'Prior Living Situation': 'Situación de vivienda anterior',
  'Housing Move-In Date': 'Fecha de mudanza',
  'Income and Sources': 'Ingresos y fuentes',
  'Non-Cash Benefits': 'Beneficios no monetarios',
  'Health Insurance': 'Seguro médico',
  'Physical Disability': 'Discapacidad física',
  'Developmental Disability': 'Discapacidad del desarrollo',
  'Chronic Health Condition': 'Condición de salud crónica',
  'HIV/AIDS': 'VIH/SIDA',
  'Mental Health Disorder': 'Trastorno de salud mental',
  'Substance Use Disorder': 'Trastorno por consumo de sustancias',
  'Domestic Violence': 'Violencia doméstica',
  'Current Living Situation': 'Situación de vivienda actual',
  'Date of Engagement': 'Fecha de compromiso',
  'Bed-night Date': 'Fecha de noche de cama',
  'Employment Status': 'Situación de empleo',
  'Aftercare Plans': 'Planes de seguimiento posterior',
  'Client Location': 'Ubicación del cliente',
  'Connection with SOAR': 'Conexión con SOAR',
  'Coordinated Entry Assessment': 'Evaluación de entrada coordinada',
  'Coordinated Entry Event': 'Evento de entrada coordinada',
  'Family Critical Issues': 'Problemas críticos de la familia',
  'Formerly a Ward of Child Welfare/Foster Care Agency':
    'Estuvo bajo la tutela de bienestar infantil/cuidado de crianza',
  'Formerly a Ward of Juvenile Justice System': 'Estuvo bajo la tutela del sistema de justicia juvenil',
  'HP Targeting Criteria': 'Criterios de selección de prevención (HP)',
  'HUD-VASH Exit Information': 'Información de salida de HUD-VASH',
  'Housing Assessment at Exit': 'Evaluación de vivienda a la salida',
  'Last Grade Completed': 'Último grado completado',
  'Medical Assistance': 'Asistencia médica',
  'Mental Health Consultation': 'Consulta de salud mental',
  'PATH Status': 'Estado de PATH',
  'Percent of AMI (SSVF Eligibility)': 'Porcentaje del AMI (elegibilidad SSVF)',
  'Pregnancy Status': 'Embarazo',
  'Prescribed Anti-Retroviral': 'Antirretrovirales recetados',
  'RHY-BCP Status': 'Estado de RHY-BCP',
  'Referral Source': 'Fuente del referido',
  'School Status': 'Situación escolar',
  'T-cell (CD4) and Viral Load': 'Células T (CD4) y carga viral',
  'VAMC Station Number': 'Número de estación del VAMC',
  'Youth Education Status': 'Situación educativa del joven',
  "Veteran's Information": 'Información de veterano',
  'Services Provided – PATH Funded': 'Servicios prestados – financiados por PATH',
  'Referrals Provided – PATH': 'Referidos hechos – PATH',
  'General Health Status': 'Estado de salud general',
  'Dental Health Status': 'Estado de salud dental',
  'Mental Health Status': 'Estado de salud mental',
  'RHY Service Connections': 'Conexiones con servicios de RHY',
  'Commercial Sexual Exploitation/Sex Trafficking': 'Explotación sexual comercial/trata sexual',
  'Labor Exploitation/Trafficking': 'Explotación laboral/trata',
  'Project Completion Status': 'Estado de finalización del proyecto',
  Counseling: 'Consejería',
  'Safe and Appropriate Exit': 'Salida segura y adecuada',
  'Services Provided – HOPWA': 'Servicios prestados – HOPWA',
  'Financial Assistance – HOPWA': 'Asistencia económica – HOPWA',
  'Services Provided – SSVF': 'Servicios prestados – SSVF',
  'Financial Assistance – SSVF': 'Asistencia económica – SSVF',
  'HUD-VASH Voucher Tracking': 'Seguimiento de vales HUD-VASH',
  'Moving On Assistance Provided': 'Asistencia de Moving On prestada',
};

/** Field labels (the forms' own words) for the HUD and request fields the server names. */
const fields: Record<string, string> = {
  FirstName: 'Nombre',
  MiddleName: 'Segundo nombre',
  LastName: 'Apellido',
  NameSuffix: 'Sufijo',
  NameDataQuality: 'Calidad de datos del nombre',
  SSN: 'Número de Seguro Social',
  SSNDataQuality: 'Calidad de datos del número de Seguro Social',
  DOB: 'Fecha de nacimiento',
  DOBDataQuality: 'Calidad de datos de la fecha de nacimiento',
  VeteranStatus: 'Condición de veterano',
  EntryDate: 'Fecha de ingreso al proyecto',
  ExitDate: 'Fecha de salida',
  MoveInDate: 'Fecha de mudanza',
  Destination: 'Destino',
  RelationshipToHoH: 'Relación con el jefe/a del hogar',
  ProjectID: 'Proyecto',
  PersonalID: 'Cliente',
  EnrollmentID: 'Inscripción',
  InformationDate: 'Fecha de la información',
  DisablingCondition: 'Condición discapacitante',
  LivingSituation: 'Situación de vivienda anterior',
  DateOfEngagement: 'Fecha de compromiso',
  IncomeFromAnySource: 'Ingresos de cualquier fuente',
  BenefitsFromAnySource: 'Beneficios no monetarios de cualquier fuente',
  InsuranceFromAnySource: 'Seguro médico de cualquier fuente',
  DomesticViolenceSurvivor: 'Sobreviviente de violencia doméstica',
  username: 'Usuario',
  password: 'Contraseña',
  currentPassword: 'Contraseña actual',
  newPassword: 'Nueva contraseña',
  question: 'Pregunta de seguridad',
  answer: 'Respuesta',
  organizationId: 'Organización',
  language: 'Idioma',
  version: 'Versión',
  body: 'Solicitud',
};

export const es: MessageCatalog = {
  exact: Object.assign({}, exact, ...AREAS.map((a) => a.exact)),
  patterns: [...patterns, ...AREAS.flatMap((a) => a.patterns ?? [])],
  terms: Object.assign({}, terms, ...AREAS.map((a) => a.terms)),
  fields: Object.assign({}, fields, ...AREAS.map((a) => a.fields)),
};
