// Spanish for the messages of client records, households, enrollments, re-entry, assessments and uploads.
import type { MessageCatalog } from './localize.ts';

export const esRecords: Partial<MessageCatalog> = {
  exact: {
    'Ask for latest=true, or a stage (1 entry, 3 exit, or 2/5 with a date)':
      'Pida latest=true, o una etapa (1 ingreso, 3 salida, o 2/5 con una fecha)',
    'Give two different client IDs': 'Indique dos ID de cliente distintos',
    'The upload is not a valid multipart/form-data body': 'La carga no es un cuerpo multipart/form-data válido',
    'Send the file as multipart/form-data': 'Envíe el archivo como multipart/form-data',
    'Choose two different clients to merge': 'Elija dos clientes distintos para fusionar',
    'Your role may not see full SSNs and dates of birth':
      'Su rol no puede ver números de Seguro Social ni fechas de nacimiento completos',
    'This enrollment has not exited, so there is nothing to re-enter':
      'Esta inscripción no tiene salida, así que no hay nada que reingresar',
    'You can re-enter this enrollment yourself: use Re-enter the enrollment':
      'Usted mismo puede reingresar esta inscripción: use Reingresar la inscripción',
    'Re-entry of this enrollment has already been requested: an HMIS admin will act on it':
      'Ya se solicitó el reingreso de esta inscripción: un administrador de HMIS se ocupará',
    'A new client’s name, SSN and date of birth go in newClient':
      'El nombre, el número de Seguro Social y la fecha de nacimiento de un cliente nuevo van en newClient',
    'Give either the PersonalID of an existing client or a newClient':
      'Indique el PersonalID de un cliente existente o un newClient',
    'A member is an existing enrollment, an existing client joining, or a newClient: give one':
      'Un miembro es una inscripción existente, un cliente existente que se une o un newClient: indique uno',
    'Enter the name': 'Escriba el nombre',
    'Enter a phone number: digits, spaces, + ( ) and - only':
      'Escriba un número de teléfono: solo dígitos, espacios, + ( ) y -',
    'Enter an email address like name@example.org': 'Escriba un correo electrónico como nombre@ejemplo.org',
    'At most 20 characters': 'Como máximo 20 caracteres',
    'At most 320 characters': 'Como máximo 320 caracteres',
    'These records are kept apart for privacy (a victim-service provider or an organization restriction): they cannot be merged.':
      'Estos registros se mantienen separados por privacidad (un proveedor de servicios para víctimas o una restricción de la organización): no se pueden fusionar.',
    'This merge was already undone': 'Esta fusión ya se deshizo',
    'A client photo must be an image (JPEG, PNG, WebP, GIF or HEIC)':
      'La foto del cliente debe ser una imagen (JPEG, PNG, WebP, GIF o HEIC)',
    'The reason can be at most 500 characters': 'El motivo puede tener como máximo 500 caracteres',
    'Say why the enrollment should be re-entered': 'Indique por qué se debe reingresar la inscripción',
    'The file is empty': 'El archivo está vacío',
    'A race or ethnicity is chosen, so leave "doesn\'t know / prefers not to answer" empty':
      'Hay una raza o etnia elegida, así que deje vacío "no sabe / prefiere no responder"',
    'Choose a head of household: one member must have the relationship "Self (head of household)"':
      'Elija un jefe o una jefa del hogar: un miembro debe tener la relación "Self (head of household)"',
    "The head of household's start date is the household's project start date (EntryDate)":
      'La fecha de ingreso del jefe o la jefa del hogar es la fecha de ingreso al proyecto del hogar (EntryDate)',
    "Only HMIS admins and the program managers of the client's organizations see who has seen this record":
      'Solo los administradores de HMIS y los gerentes de programa de las organizaciones del cliente ven quién consultó este registro',
  },
  patterns: [
    ['{field} must not contain the NUL character (\\u0000)', '{field} no debe contener el carácter NUL (\\u0000)'],
    ['{field} is not valid Unicode text', '{field} no es texto Unicode válido'],
    [
      'This enrollment belongs to {org}. Switch to that organization (Settings → Organization) to change it.',
      'Esta inscripción pertenece a {org}. Cambie a esa organización (Configuración → Organización) para modificarla.',
    ],
    [
      'This exit ({date}) is {days} days old: only an HMIS admin can re-enter an enrollment more than {max} days after its exit. Ask your HMIS admin.',
      'Esta salida ({date}) tiene {days} días: solo un administrador de HMIS puede reingresar una inscripción más de {max} días después de su salida. Consulte al administrador de HMIS.',
    ],
    [
      '{name} has not exited, so there is nothing to re-enter',
      '{name} no tiene salida, así que no hay nada que reingresar',
    ],
    ['Not a code on HUD list {list} ({name})', 'No es un código de la lista {list} de HUD ({name})'],
    [
      '{name} already has an enrollment in {project} from {start} to {end} that overlaps these dates. Exit or correct that enrollment first, or change the project start date.',
      '{name} ya tiene una inscripción en {project} del {start} al {end} que se superpone con estas fechas. Registre la salida o corrija esa inscripción primero, o cambie la fecha de ingreso al proyecto.',
    ],
    [
      '{name} already has an enrollment in {project} from {start} (still open) that overlaps these dates. Exit or correct that enrollment first, or change the project start date.',
      '{name} ya tiene una inscripción en {project} desde el {start} (todavía abierta) que se superpone con estas fechas. Registre la salida o corrija esa inscripción primero, o cambie la fecha de ingreso al proyecto.',
    ],
    [
      'Client {id} was changed by someone else after you opened it. Reload to see their changes, then make yours again.',
      'El cliente {id}: otra persona hizo cambios después de que usted lo abrió. Vuelva a cargar para ver esos cambios y luego haga los suyos de nuevo.',
    ],
    [
      'Client {id} was deleted or merged again since; undo that first',
      'El cliente {id} se borró o se volvió a fusionar desde entonces; deshaga eso primero',
    ],
    [
      'An annual assessment must be dated within 30 days before or after an anniversary of the project start date ({start}). {date} is outside every window; the nearest is {opens} to {closes} (anniversary {anniversary}).',
      'Una evaluación anual debe tener fecha dentro de los 30 días antes o después de un aniversario de la fecha de ingreso al proyecto ({start}). {date} está fuera de todos los períodos; el más cercano es del {opens} al {closes} (aniversario {anniversary}).',
    ],
    [
      'A name is entered, so the name quality cannot be "{label}"',
      'Hay un nombre escrito, así que la calidad del nombre no puede ser "{label}"',
    ],
    [
      'Only one member can be head of household: {names} are all marked Self',
      'Solo un miembro puede ser jefe o jefa del hogar: {names} están marcados como Self',
    ],
    [
      '{name} is {age} on the project start date ({date}): a minor can be head of household only in an RHY-funded project. Choose an adult as head of household.',
      '{name} tiene {age} en la fecha de ingreso al proyecto ({date}): un menor solo puede ser jefe o jefa del hogar en un proyecto financiado por RHY. Elija a un adulto como jefe o jefa del hogar.',
    ],
    [
      "{name}'s project start date cannot be before the head of household's ({date})",
      'La fecha de ingreso al proyecto de {name} no puede ser anterior a la del jefe o la jefa del hogar ({date})',
    ],
    [
      '{name} has exited, but {other} is still enrolled: the household needs an enrolled head of household',
      '{name} tiene salida, pero {other} sigue inscrito: el hogar necesita un jefe o una jefa del hogar inscrito',
    ],
    [
      '{what} cannot be before the project start date ({date})',
      '{what} no puede ser anterior a la fecha de ingreso al proyecto ({date})',
    ],
    ['{what} cannot be after the exit date ({date})', '{what} no puede ser posterior a la fecha de salida ({date})'],
    [
      '{field} is recorded at project start: change it with Edit entry',
      '{field} se registra al ingreso al proyecto: cámbielo con Editar ingreso',
    ],
    ['{name} is already enrolled in this household', '{name} ya está inscrito en este hogar'],
    [
      "Give {name}'s relationship to the head of household and project start date",
      'Indique la relación de {name} con el jefe o la jefa del hogar y su fecha de ingreso al proyecto',
    ],
    ['{name} already exited on {date}', '{name} ya salió el {date}'],
    [
      'The head of household cannot exit while {names} stay enrolled: exit them too, or make one of them head of household first (Edit entry)',
      'El jefe o la jefa del hogar no puede salir mientras {names} sigan inscritos: regístreles la salida también o haga primero a uno de ellos jefe o jefa del hogar (Editar ingreso)',
    ],
    ['{name} has not exited: use Exit instead', '{name} no tiene salida: use Salida'],
    [
      '{name} already has an {stage} assessment dated {date}: edit it instead',
      '{name} ya tiene una evaluación {stage} del {date}: edítela',
    ],
    [
      "{name}'s {stage} assessment dated {date} was not found",
      'No se encontró la evaluación {stage} de {name} del {date}',
    ],
    [
      '{name} already has the annual assessment for this year (dated {date}): edit it instead',
      '{name} ya tiene la evaluación anual de este año (del {date}): edítela',
    ],
    [
      '{name}: nothing is answered in this update. Record what changed (Default from last assessment fills the pages), or leave {name} out of the household members assessed',
      '{name}: esta actualización no tiene ninguna respuesta. Registre lo que cambió («Completar con la última evaluación» llena las páginas), o deje a {name} fuera de los miembros del hogar evaluados',
    ],
    [
      'the assessment date cannot be before the project start date ({date})',
      'la fecha de la evaluación no puede ser anterior a la fecha de ingreso al proyecto ({date})',
    ],
    [
      'the assessment date cannot be after the exit date ({date})',
      'la fecha de la evaluación no puede ser posterior a la fecha de salida ({date})',
    ],
  ],
  terms: {
    'The housing move-in date': 'La fecha de mudanza',
    'The date of engagement': 'La fecha de compromiso',
    'The date of PATH status': 'La fecha del estado de PATH',
    'The date of RHY-BCP status': 'La fecha del estado de RHY-BCP',
    update: 'de actualización',
    annual: 'anual',
    assessment: 'evaluación',
    'The merge': 'La fusión',
  },
  fields: {
    reason: 'Motivo',
    phone: 'Teléfono',
    email: 'Correo electrónico',
    name: 'Nombre',
    members: 'Miembros',
  },
};
