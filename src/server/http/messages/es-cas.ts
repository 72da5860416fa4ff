// Spanish for the messages of CAS (coordinated entry): set-up, areas, assessment tools, the queue, referrals.
import type { MessageCatalog } from './localize.ts';

export const esCas: Partial<MessageCatalog> = {
  exact: {
    'Only CAS administrators and prioritizing users can do this':
      'Solo los administradores de CAS y los usuarios que priorizan pueden hacer esto',
    'This client already has a tie to that area; remove it first to record it differently':
      'Este cliente ya tiene un vínculo con esa zona; quítelo primero para registrarlo de otra forma',
    'Enter the area name': 'Escriba el nombre de la zona',
    'Letters, digits, - and _ only, at most 32': 'Solo letras, dígitos, - y _, como máximo 32',
    'Enter the points': 'Escriba los puntos',
    'Add at least one question': 'Agregue al menos una pregunta',
    'At most 365 days': 'Como máximo 365 días',
    'At least 1 day': 'Al menos 1 día',
    'Enter a whole number of days': 'Escriba un número entero de días',
    'Enter a rank: a whole number': 'Escriba una posición: un número entero',
    'Enter the number of days': 'Escriba el número de días',
    'At most 200 characters': 'Como máximo 200 caracteres',
    'At most 250 characters': 'Como máximo 250 caracteres',
    'At most 500 characters': 'Como máximo 500 caracteres',
    'Enter where the assessment took place': 'Escriba dónde se hizo la evaluación',
    'Choose enrolled, rejected or no show': 'Elija inscrito, rechazado o no se presentó',
    'This is a referral to a project: its provider records the outcome (Incoming Housing Referrals)':
      'Este es un referido a un proyecto: su proveedor registra el resultado (Referidos de vivienda recibidos)',
    'Two questions have this key': 'Dos preguntas tienen esta clave',
    'A choice question needs at least two answers': 'Una pregunta de opción necesita al menos dos respuestas',
    'Only choice questions have answer options': 'Solo las preguntas de opción tienen opciones de respuesta',
    'The largest allowed number cannot be below the smallest':
      'El número máximo permitido no puede ser menor que el mínimo',
    'Two answers have this key': 'Dos respuestas tienen esta clave',
    'Two bands start at the same score': 'Dos franjas empiezan en el mismo puntaje',
    'Name the band result (for example "Priority level")':
      'Indique el resultado de la franja (por ejemplo "Nivel de prioridad")',
    'Choose an active user': 'Elija un usuario activo',
    'Choose the CAS lead organization: CAS staff are its users':
      'Elija la organización líder de CAS: el personal de CAS son sus usuarios',
    'This user has no access to the CAS lead organization':
      'Este usuario no tiene acceso a la organización líder de CAS',
    'A provider has one CAS contact; this one is listed twice':
      'Un proveedor tiene un solo contacto de CAS; este aparece dos veces',
    "The CAS contact must have access to the provider's organization":
      'El contacto de CAS debe tener acceso a la organización del proveedor',
    'Choose an area from the CoC’s list': 'Elija una zona de la lista del CoC',
    'This area is listed twice': 'Esta zona aparece dos veces',
    'Choose one of the CoC’s active assessment tools': 'Elija una de las herramientas de evaluación activas del CoC',
    'This question is not part of the tool': 'Esta pregunta no forma parte de la herramienta',
    'Enter the date of the referral result': 'Escriba la fecha del resultado del referido',
    'A result date needs a referral result': 'Una fecha de resultado necesita un resultado del referido',
    'Complete an assessment to place the household on the queue':
      'Complete una evaluación para poner al hogar en la lista de espera',
    'An enrolled household is a successful referral: client accepted':
      'Un hogar inscrito es un referido exitoso: el cliente aceptó',
    'A household that did not show up is an unsuccessful referral: client rejected':
      'Un hogar que no se presentó es un referido no exitoso: el cliente rechazó',
    'This household is not on the queue (its latest assessment did not place it)':
      'Este hogar no está en la lista de espera (su evaluación más reciente no lo incluyó)',
    'Choose a project that exists': 'Elija un proyecto que exista',
  },
  patterns: [
    [
      'This CAS enrollment belongs to {org}. Switch to that organization (Settings → Organization) to change it.',
      'Esta inscripción de CAS pertenece a {org}. Cambie a esa organización (Configuración → Organización) para modificarla.',
    ],
    [
      'Program managers of {org} and CAS administrators reassign CAS cases',
      'Los gerentes de programa de {org} y los administradores de CAS reasignan los casos de CAS',
    ],
    [
      'This referral already has a result, recorded on {date}',
      'Este referido ya tiene un resultado, registrado el {date}',
    ],
    ['{what}: at most {max} characters', '{what}: como máximo {max} caracteres'],
    ['Choose how: {options}', 'Elija cómo: {options}'],
    ['There is already an area called {name}', 'Ya hay una zona llamada {name}'],
    ['There is already a tool called {name}', 'Ya hay una herramienta llamada {name}'],
    [
      'A referral result needs a referral to a project: this event is “{event}”, not a referral made from the prioritization list',
      'Un resultado de referido necesita un referido a un proyecto: este evento es “{event}”, no un referido hecho desde la lista de priorización',
    ],
    [
      "This referral is to {project} of {org}: its outcome is recorded by that provider's users, working as {org2}",
      'Este referido es a {project} de {org}: su resultado lo registran los usuarios de ese proveedor, trabajando como {org2}',
    ],
    ['Answer “{question}”', 'Responda “{question}”'],
    ['Choose one of the answers to “{question}”', 'Elija una de las respuestas a “{question}”'],
    ['“{question}” takes a number', '“{question}” lleva un número'],
    ['at least {n} characters', 'al menos {n} caracteres'],
    ['at most {n} characters', 'como máximo {n} caracteres'],
    ['at least {n}', 'al menos {n}'],
    ['at most {n}', 'como máximo {n}'],
    [
      '{what} cannot be before the CAS enrollment (project start {date})',
      '{what} no puede ser anterior a la inscripción de CAS (ingreso al proyecto {date})',
    ],
    [
      '{what} cannot be after the CAS enrollment ended (exit {date})',
      '{what} no puede ser posterior al fin de la inscripción de CAS (salida {date})',
    ],
    ['{what} cannot be in the future', '{what} no puede estar en el futuro'],
    [
      'The diversion result belongs to a problem-solving/diversion event, not “{event}”',
      'El resultado de desvío corresponde a un evento de resolución de problemas/desvío, no a “{event}”',
    ],
    [
      'The aftercare result belongs to a referral to post-placement case management, not “{event}”',
      'El resultado de seguimiento corresponde a un referido a administración de casos después de la colocación, no a “{event}”',
    ],
    [
      'A housing location belongs to a referral to an opening, not “{event}”',
      'Una ubicación de vivienda corresponde a un referido a una vacante, no a “{event}”',
    ],
    [
      'A referral result needs a referral: “{event}” is not a referral to an opening',
      'Un resultado de referido necesita un referido: “{event}” no es un referido a una vacante',
    ],
    [
      'The result date cannot be before the referral ({date})',
      'La fecha del resultado no puede ser anterior al referido ({date})',
    ],
    [
      '{project} is not a Coordinated Entry project: use the ordinary intake',
      '{project} no es un proyecto de Entrada Coordinada: use la admisión normal',
    ],
    [
      '{project} is not a CE access point on {date} (Admin → Projects → Coordinated Entry participation)',
      '{project} no es un punto de acceso de CE el {date} (Administración → Proyectos → Participación en Entrada Coordinada)',
    ],
    [
      '“Successful referral: client accepted” means the household was enrolled, not “{result}”',
      '“Referido exitoso: el cliente aceptó” significa que el hogar se inscribió, no “{result}”',
    ],
    ['The household was referred to {project}: enroll it there', 'El hogar fue referido a {project}: inscríbalo allí'],
    [
      'The project start date cannot be before the referral ({date})',
      'La fecha de ingreso al proyecto no puede ser anterior al referido ({date})',
    ],
    [
      'The referred head of household (client {id}) is the head of household here too',
      'El jefe o la jefa del hogar referido (cliente {id}) también es el jefe o la jefa del hogar aquí',
    ],
    ['This CAS enrollment ended on {date}', 'Esta inscripción de CAS terminó el {date}'],
    [
      "{project} is a victim service provider's project: refer outside HMIS",
      '{project} es un proyecto de un proveedor de servicios para víctimas: haga el referido fuera de HMIS',
    ],
    [
      '{project} does not receive CE referrals on {date} (its Coordinated Entry participation)',
      '{project} no recibe referidos de CE el {date} (su participación en Entrada Coordinada)',
    ],
    [
      "This household's records stay with the victim service provider that serves it: refer it to {project} outside HMIS",
      'Los registros de este hogar se quedan con el proveedor de servicios para víctimas que lo atiende: refiéralo a {project} fuera de HMIS',
    ],
    [
      'CAS refers to shelters, transitional and permanent housing, not {project}',
      'CAS refiere a albergues, vivienda de transición y vivienda permanente, no a {project}',
    ],
    ['{project} stopped operating on {date}', '{project} dejó de operar el {date}'],
    [
      "This household's referral to {project} is still awaiting a result",
      'El referido de este hogar a {project} todavía espera un resultado',
    ],
  ],
  terms: {
    'the answer option': 'la opción de respuesta',
    'the question group': 'el grupo de preguntas',
    'the question': 'la pregunta',
    'the tool name': 'el nombre de la herramienta',
    'the name of the score result': 'el nombre del resultado del puntaje',
    'the band label': 'la etiqueta de la franja',
    'The event date': 'La fecha del evento',
    'The result date': 'La fecha del resultado',
    'The assessment date': 'La fecha de la evaluación',
    'The diversion date': 'La fecha del desvío',
    'The referral date': 'La fecha del referido',
    Area: 'La zona',
    'Assessment tool': 'La herramienta de evaluación',
    'Area tie': 'El vínculo con la zona',
    'CAS enrollment': 'La inscripción de CAS',
    Event: 'El evento',
    'This area': 'Esta zona',
    'This assessment tool': 'Esta herramienta de evaluación',
    'CAS set-up': 'La configuración de CAS',
    'This event': 'Este evento',
  },
  fields: {
    areaId: 'Zona',
    areaTies: 'Vínculos con zonas',
    tieKind: 'Tipo de vínculo',
    EventDate: 'Fecha del evento',
    Event: 'Evento',
    ReferralResult: 'Resultado del referido',
    ResultDate: 'Fecha del resultado',
    AssessmentDate: 'Fecha de la evaluación',
    AssessmentLocation: 'Lugar de la evaluación',
    AssessmentType: 'Tipo de evaluación',
    AssessmentLevel: 'Nivel de la evaluación',
    PrioritizationStatus: 'Estado de priorización',
    ProbSolDivRRResult: 'Resultado de desvío',
    ReferralCaseManageAfter: 'Administración de casos posterior',
    LocationCrisisOrPHHousing: 'Ubicación de vivienda',
    toolId: 'Herramienta de evaluación',
    answers: 'Respuestas',
    questions: 'Preguntas',
    points: 'Puntos',
    options: 'Opciones',
    bands: 'Franjas',
    scoreName: 'Nombre del puntaje',
    bandName: 'Nombre de la franja',
    leadOrganizationId: 'Organización líder',
    noContactDays: 'Días sin contacto',
    providerResult: 'Resultado del proveedor',
    outcome: 'Resultado',
    comment: 'Comentario',
    key: 'Clave',
    label: 'Etiqueta',
  },
};
