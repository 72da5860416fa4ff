// Spanish for the messages of Admin: organizations, projects and their HUD records, users, service types.
import type { MessageCatalog } from './localize.ts';

export const esAdmin: Partial<MessageCatalog> = {
  exact: {
    'You can only see the users of your own organizations': 'Solo puede ver los usuarios de sus propias organizaciones',
    'This CoC code is not on HUD list 2.03.1': 'Este código de CoC no está en la lista 2.03.1 de HUD',
    'A CoC code is two letters, a dash and three digits, like TX-600':
      'Un código de CoC tiene dos letras, un guion y tres dígitos, como TX-600',
    'Choose the CoC code': 'Elija el código de CoC',
    'The geocode is 6 digits': 'El código geográfico tiene 6 dígitos',
    'Enter the geocode': 'Escriba el código geográfico',
    'Choose the organization': 'Elija la organización',
    'Enter the email address': 'Escriba el correo electrónico',
    'Email must be at most 320 characters': 'El correo electrónico puede tener como máximo 320 caracteres',
    'Enter a valid email address': 'Escriba un correo electrónico válido',
    'Phone is a 10-digit number': 'El teléfono es un número de 10 dígitos',
    'Give the user at least one organization': 'Asigne al usuario al menos una organización',
    'A username is 3 to 64 letters, digits, dots, dashes or underscores':
      'Un nombre de usuario tiene de 3 a 64 letras, dígitos, puntos, guiones o guiones bajos',
    'Enter a username': 'Escriba un nombre de usuario',
    'Enter an initial password': 'Escriba una contraseña inicial',
    'Enter a temporary password': 'Escriba una contraseña temporal',
    'Send the version you read': 'Envíe la versión que leyó',
    'Choose the HUD record type this service type belongs to':
      'Elija el tipo de registro de HUD al que pertenece este tipo de servicio',
    'Choose a HUD record type that services are recorded with':
      'Elija un tipo de registro de HUD con el que se registran servicios',
    'Choose the HUD type of service provided': 'Elija el tipo de servicio prestado según HUD',
    'Another service type already has this name': 'Otro tipo de servicio ya tiene este nombre',
    'This username is already taken': 'Este nombre de usuario ya está en uso',
    'Change your own password in Settings instead': 'Cambie su propia contraseña en Configuración',
    'You cannot deactivate your own account': 'No puede desactivar su propia cuenta',
    'You cannot remove your own HMIS admin role': 'No puede quitarse su propio rol de administrador de HMIS',
    'Choose an organization that exists': 'Elija una organización que exista',
    'Operating end date cannot be before the operating start date':
      'La fecha de fin de operaciones no puede ser anterior a la fecha de inicio de operaciones',
    'Choose the project type: every Continuum project has one':
      'Elija el tipo de proyecto: todo proyecto del Continuum tiene uno',
    'Choose the RRH sub-type for a rapid re-housing project':
      'Elija el subtipo de RRH para un proyecto de realojamiento rápido',
    'The RRH sub-type applies only to rapid re-housing projects':
      'El subtipo de RRH solo se aplica a proyectos de realojamiento rápido',
    'Choose the housing type for this kind of project': 'Elija el tipo de vivienda para este tipo de proyecto',
    'Housing type applies only to shelters, transitional, safe haven and housing projects':
      'El tipo de vivienda solo se aplica a albergues, vivienda de transición, refugios seguros y proyectos de vivienda',
    'Say whether the project is affiliated with a residential project':
      'Indique si el proyecto está afiliado a un proyecto residencial',
    'Residential affiliation applies only to services-only and RRH services-only projects':
      'La afiliación residencial solo se aplica a proyectos de solo servicios y de solo servicios de RRH',
    'Add the CoC the project operates in: every Continuum project needs one':
      'Agregue el CoC en el que opera el proyecto: todo proyecto del Continuum necesita uno',
    'Name the funder when the source is "Local or Other Funding Source"':
      'Indique el financiador cuando la fuente es "Local or Other Funding Source"',
    'Other funder is only for "Local or Other Funding Source"':
      'Otro financiador es solo para "Local or Other Funding Source"',
    'Grant end date cannot be before the grant start date':
      'La fecha de fin de la subvención no puede ser anterior a la fecha de inicio de la subvención',
    'Bed and unit inventory is recorded only for shelters, transitional, safe haven and housing projects; remove it':
      'El inventario de camas y unidades solo se registra para albergues, vivienda de transición, refugios seguros y proyectos de vivienda; quítelo',
    'Choose one of the CoC codes the project operates in (add it under CoC first)':
      'Elija uno de los códigos de CoC en los que opera el proyecto (agréguelo primero en CoC)',
    'Choose the availability of this shelter': 'Elija la disponibilidad de este albergue',
    'Availability applies only to emergency shelters': 'La disponibilidad solo se aplica a albergues de emergencia',
    'Choose the bed type of this shelter': 'Elija el tipo de cama de este albergue',
    'Bed type applies only to emergency shelters': 'El tipo de cama solo se aplica a albergues de emergencia',
    'A project cannot have more units than beds': 'Un proyecto no puede tener más unidades que camas',
    "Inventory cannot start before the project's operating start date":
      'El inventario no puede empezar antes de la fecha de inicio de operaciones del proyecto',
    'Inventory end date cannot be before its start date':
      'La fecha de fin del inventario no puede ser anterior a su fecha de inicio',
    "Inventory must end by the project's operating end date":
      'El inventario debe terminar a más tardar en la fecha de fin de operaciones del proyecto',
    'Participation end date cannot be before its start date':
      'La fecha de fin de la participación no puede ser anterior a su fecha de inicio',
    'A victim service provider may not enter data in HMIS; choose Comparable Database Participating':
      'Un proveedor de servicios para víctimas no puede registrar datos en HMIS; elija Comparable Database Participating',
    'CE participation end date cannot be before its start date':
      'La fecha de fin de la participación en CE no puede ser anterior a su fecha de inicio',
    'Answer this for a CE access point': 'Responda esto para un punto de acceso de CE',
  },
  patterns: [
    [
      'This organization still runs {n} project. Delete or move them first.',
      'Esta organización todavía tiene {n} proyecto. Bórrelo o muévalo primero.',
    ],
    [
      'This organization still runs {n} projects. Delete or move them first.',
      'Esta organización todavía tiene {n} proyectos. Bórrelos o muévalos primero.',
    ],
    [
      'This project has {n} enrollment, so it cannot be deleted. Set an operating end date instead.',
      'Este proyecto tiene {n} inscripción, así que no se puede borrar. Ponga una fecha de fin de operaciones.',
    ],
    [
      'This project has {n} enrollments, so it cannot be deleted. Set an operating end date instead.',
      'Este proyecto tiene {n} inscripciones, así que no se puede borrar. Ponga una fecha de fin de operaciones.',
    ],
    ['{what} must be a date (yyyy-mm-dd)', '{what}: escriba una fecha (aaaa-mm-dd)'],
    ['Choose {what} from HUD list {list}', 'Elija {what} de la lista {list} de HUD'],
    ['Choose {what}', 'Elija {what}'],
    ['{what} must be at most {max} characters', '{what}: como máximo {max} caracteres'],
    ['{what} cannot be negative', '{what}: no puede ser un número negativo'],
    ['{what} must be a whole number', '{what}: debe ser un número entero'],
    [
      'This {what} is no longer part of the project. Reload it.',
      '{what}: ya no forma parte del proyecto. Vuelva a cargarlo.',
    ],
    [
      'Choose a type provided from HUD list {list} for this record type',
      'Elija un tipo prestado de la lista {list} de HUD para este tipo de registro',
    ],
    ['These organizations do not exist or were deleted: {ids}', 'Estas organizaciones no existen o se borraron: {ids}'],
    ['The project already has a CoC record for {code}', 'El proyecto ya tiene un registro de CoC para {code}'],
    [
      'Total beds ({total}) must equal the dedicated and other beds added together ({sum})',
      'El total de camas ({total}) debe ser igual a la suma de las camas dedicadas y otras camas ({sum})',
    ],
    ['Enter {what}', 'Escriba {what}'],
  ],
  terms: {
    // "{what} must be a date"
    'Grant end date': 'Fecha de fin de la subvención',
    'Inventory end date': 'Fecha de fin del inventario',
    'Participation end date': 'Fecha de fin de la participación',
    'CE participation end date': 'Fecha de fin de la participación en CE',
    'Operating end date': 'Fecha de fin de operaciones',
    'Grant start date': 'Fecha de inicio de la subvención',
    'Inventory start date': 'Fecha de inicio del inventario',
    'Participation start date': 'Fecha de inicio de la participación',
    'CE participation start date': 'Fecha de inicio de la participación en CE',
    'Operating start date': 'Fecha de inicio de operaciones',
    'The verification date': 'La fecha de verificación',
    'The expiry date': 'La fecha de vencimiento',
    // "Choose {what}" (HUD lists)
    'whether it is a victim service provider': 'si es un proveedor de servicios para víctimas',
    'the funding source': 'la fuente de financiamiento',
    'the household type': 'el tipo de hogar',
    'the HMIS participation type': 'el tipo de participación en HMIS',
    'whether the project is a CE access point': 'si el proyecto es un punto de acceso de CE',
    'whether the project receives CE referrals': 'si el proyecto recibe referidos de CE',
    'whether it is a Continuum project': 'si es un proyecto del Continuum',
    'the HUD record type': 'el tipo de registro de HUD',
    'the assessment level': 'el nivel de la evaluación',
    'how the assessment was done (phone, virtual, in person)':
      'cómo se hizo la evaluación (por teléfono, virtual, en persona)',
    'whether the household was housed/re-housed in a safe alternative':
      'si el hogar fue alojado/realojado en una alternativa segura',
    'the event': 'el evento',
    'the referral result': 'el resultado del referido',
    'a project type': 'un tipo de proyecto',
    'whether the household is placed on the prioritization list': 'si el hogar se incluye en la lista de priorización',
    // text fields
    'Common name': 'Nombre común',
    'Address line 1': 'Dirección, línea 1',
    'Address line 2': 'Dirección, línea 2',
    City: 'Ciudad',
    'Other funder': 'Otro financiador',
    'The description': 'La descripción',
    'The note': 'La nota',
    'the organization name': 'el nombre de la organización',
    'the grant ID': 'el ID de la subvención',
    'the project name': 'el nombre del proyecto',
    'the service name': 'el nombre del servicio',
    'the category': 'la categoría',
    'the unit label (for example Night, Session, Meal)': 'la unidad (por ejemplo Noche, Sesión, Comida)',
    'the first name': 'el nombre',
    'the last name': 'el apellido',
    'the document type name': 'el nombre del tipo de documento',
    // inventory counts
    'Chronically homeless veteran beds': 'Camas para veteranos en situación de calle crónica',
    'Youth veteran beds': 'Camas para veteranos jóvenes',
    'Veteran beds': 'Camas para veteranos',
    'Chronically homeless youth beds': 'Camas para jóvenes en situación de calle crónica',
    'Youth beds': 'Camas para jóvenes',
    'Chronically homeless beds': 'Camas para personas en situación de calle crónica',
    'Other beds': 'Otras camas',
    'PIT count': 'Conteo PIT',
    'the number of units': 'el número de unidades',
    'the number of beds': 'el número de camas',
    // project sub-records
    'CoC record': 'El registro de CoC',
    funder: 'El financiador',
    'inventory record': 'El registro de inventario',
    'HMIS participation record': 'El registro de participación en HMIS',
    'CE participation record': 'El registro de participación en CE',
    'A CoC record of this project': 'Un registro de CoC de este proyecto',
    'A funder of this project': 'Un financiador de este proyecto',
    'A inventory record of this project': 'Un registro de inventario de este proyecto',
    'A HMIS participation record of this project': 'Un registro de participación en HMIS de este proyecto',
    'A CE participation record of this project': 'Un registro de participación en CE de este proyecto',
    'This organization': 'Esta organización',
    'This project': 'Este proyecto',
    'This service type': 'Este tipo de servicio',
    'The service type': 'El tipo de servicio',
    'This user': 'Este usuario',
  },
  fields: {
    OrganizationName: 'Nombre de la organización',
    ProjectName: 'Nombre del proyecto',
    ProjectType: 'Tipo de proyecto',
    OrganizationID: 'Organización',
    OperatingStartDate: 'Fecha de inicio de operaciones',
    OperatingEndDate: 'Fecha de fin de operaciones',
    email: 'Correo electrónico',
    phone: 'Teléfono',
    roles: 'Roles',
    organizationIds: 'Organizaciones',
    initialPassword: 'Contraseña inicial',
    temporaryPassword: 'Contraseña temporal',
    name: 'Nombre',
  },
};
