// Spanish for the messages of services, bed nights, batches (scan cards) and service deletion requests.
import type { MessageCatalog } from './localize.ts';

export const esServices: Partial<MessageCatalog> = {
  exact: {
    'Nothing to post: no entry is Ready. Scan clients with an open enrollment.':
      'No hay nada que registrar: ninguna entrada está Lista. Escanee clientes con una inscripción abierta.',
    'Only the person who recorded this service or an HMIS admin can delete it: use Request deletion to ask an admin':
      'Solo quien registró este servicio o un administrador de HMIS puede borrarlo: use Solicitar borrado para pedírselo a un administrador',
    'A bed night was just recorded for one of these clients on this date: a night counts once':
      'Se acaba de registrar una noche de cama para uno de estos clientes en esta fecha: una noche cuenta una sola vez',
    'This batch has been posted: start a new batch for more clients':
      'Este lote ya se registró: empiece un lote nuevo para más clientes',
    'This batch has been posted: its entries can no longer change':
      'Este lote ya se registró: sus entradas ya no pueden cambiar',
    'Deletion of this service has already been requested': 'Ya se solicitó el borrado de este servicio',
    'Enter a date as yyyy-mm-dd': 'Escriba una fecha como aaaa-mm-dd',
    'Units can have at most 2 decimals': 'Las unidades pueden tener como máximo 2 decimales',
    'Units must be at most 99,999': 'Las unidades deben ser como máximo 99.999',
    'Units must be more than 0': 'Las unidades deben ser más de 0',
    'Units must be a number': 'Las unidades deben ser un número',
    'Unit value is in dollars and cents: at most 2 decimals':
      'El valor por unidad es en dólares y centavos: como máximo 2 decimales',
    'Unit value must be at most $9,999,999': 'El valor por unidad debe ser como máximo $9,999,999',
    'Unit value cannot be negative (use $0.00 when the service has no value)':
      'El valor por unidad no puede ser negativo (use $0.00 cuando el servicio no tiene valor)',
    'Unit value must be an amount in dollars': 'El valor por unidad debe ser un monto en dólares',
    'Give the batch a name': 'Póngale un nombre al lote',
    'Scan or type a client ID': 'Escanee o escriba un ID de cliente',
    'Say why it should be deleted': 'Indique por qué se debe borrar',
    'Tick at least one client': 'Marque al menos un cliente',
    'Choose the enrollment': 'Elija la inscripción',
    'Choose a service': 'Elija un servicio',
    'Choose the project': 'Elija el proyecto',
    'No such project: choose one from the list': 'Ese proyecto no existe: elija uno de la lista',
    'Unknown service type: choose one from the list': 'Tipo de servicio desconocido: elija uno de la lista',
    'No such enrollment: choose one of the client’s enrollments':
      'Esa inscripción no existe: elija una de las inscripciones del cliente',
    'This enrollment belongs to another client': 'Esta inscripción pertenece a otro cliente',
    'A bed night is one night: units must be 1': 'Una noche de cama es una noche: las unidades deben ser 1',
    'The service date cannot be in the future': 'La fecha del servicio no puede estar en el futuro',
  },
  patterns: [
    [
      'Services in {project} are recorded by its own organization: switch to it (Settings → Organization) first',
      'Los servicios de {project} los registra su propia organización: cambie a ella primero (Configuración → Organización)',
    ],
    [
      '{project} belongs to another organization: switch to it (Settings → Organization)',
      '{project} pertenece a otra organización: cambie a ella (Configuración → Organización)',
    ],
    [
      'A bed night is already recorded for client {id} on {date}: a night counts once',
      'Ya hay una noche de cama registrada para el cliente {id} el {date}: una noche cuenta una sola vez',
    ],
    ['This request was already {status}', 'Esta solicitud ya fue {status}'],
    [
      'No client has the ID {id}: check the card and scan again',
      'Ningún cliente tiene el ID {id}: revise la tarjeta y escanee de nuevo',
    ],
    [
      'No enrollment in {project} open on {date} for client {ids}: enroll them first',
      'No hay ninguna inscripción en {project} abierta el {date} para el cliente {ids}: inscríbalo primero',
    ],
    ['{service} is no longer offered: choose another service', '{service} ya no se ofrece: elija otro servicio'],
    [
      'The service date {date} is in the future: services are recorded once given',
      'La fecha del servicio {date} está en el futuro: los servicios se registran una vez prestados',
    ],
    [
      'The service date {date} is outside the enrollment: it started on {start}',
      'La fecha del servicio {date} está fuera de la inscripción: empezó el {start}',
    ],
    [
      'The service date {date} is outside the enrollment: the client exited on {exit}',
      'La fecha del servicio {date} está fuera de la inscripción: el cliente salió el {exit}',
    ],
    [
      'The service date {date} is outside the enrollment’s nights: the exit date is the morning after the last night',
      'La fecha del servicio {date} está fuera de las noches de la inscripción: la fecha de salida es la mañana después de la última noche',
    ],
    [
      'Bed nights are recorded only in night-by-night shelters; {project} is not one',
      'Las noches de cama solo se registran en albergues de noche por noche; {project} no lo es',
    ],
    [
      'PATH services are recorded only in PATH-funded projects; {project} has no PATH grant on {date}',
      'Los servicios de PATH solo se registran en proyectos financiados por PATH; {project} no tiene una subvención de PATH el {date}',
    ],
    [
      'PATH referrals are recorded only in PATH-funded projects; {project} has no PATH grant on {date}',
      'Las derivaciones de PATH solo se registran en proyectos financiados por PATH; {project} no tiene una subvención de PATH el {date}',
    ],
    [
      'RHY service connections are recorded only in RHY-funded projects other than Street Outreach; {project} has no such grant on {date}',
      'Las conexiones de servicios de RHY solo se registran en proyectos financiados por RHY que no son de Alcance en la Calle; {project} no tiene esa subvención el {date}',
    ],
    [
      'HOPWA services are recorded only in HOPWA-funded projects; {project} has no HOPWA grant on {date}',
      'Los servicios de HOPWA solo se registran en proyectos financiados por HOPWA; {project} no tiene una subvención de HOPWA el {date}',
    ],
    [
      'HOPWA financial assistance is recorded only in HOPWA Permanent Housing Placement and Short-Term Rent, Mortgage, Utility assistance projects; {project} has no such grant on {date}',
      'La asistencia financiera de HOPWA solo se registra en proyectos de HOPWA de Colocación en Vivienda Permanente y de Asistencia de Corto Plazo para Renta, Hipoteca y Servicios Públicos; {project} no tiene esa subvención el {date}',
    ],
    [
      'SSVF services are recorded only in SSVF-funded rapid re-housing and homelessness prevention projects; {project} is not one on {date}',
      'Los servicios de SSVF solo se registran en proyectos de realojamiento rápido y de prevención de la falta de vivienda financiados por SSVF; {project} no lo es el {date}',
    ],
    [
      'SSVF financial assistance is recorded only in SSVF-funded rapid re-housing and homelessness prevention projects; {project} is not one on {date}',
      'La asistencia financiera de SSVF solo se registra en proyectos de realojamiento rápido y de prevención de la falta de vivienda financiados por SSVF; {project} no lo es el {date}',
    ],
    [
      'HUD-VASH voucher tracking is recorded only in HUD-VASH projects; {project} has no HUD-VASH grant on {date}',
      'El seguimiento de vales de HUD-VASH solo se registra en proyectos de HUD-VASH; {project} no tiene una subvención de HUD-VASH el {date}',
    ],
    [
      'Moving On Assistance is recorded only in CoC-funded permanent supportive housing; {project} is not one on {date}',
      'La Asistencia para Seguir Adelante solo se registra en viviendas de apoyo permanente financiadas por el CoC; {project} no lo es el {date}',
    ],
    [
      'This HUD service type is not recorded in {project}: choose another service',
      'Este tipo de servicio de HUD no se registra en {project}: elija otro servicio',
    ],
  ],
  terms: {
    approved: 'aprobada',
    denied: 'rechazada',
    'The deletion request': 'La solicitud de borrado',
    'This deletion request': 'Esta solicitud de borrado',
    'This batch': 'Este lote',
  },
  fields: {
    items: 'Servicios',
    batchId: 'Lote',
    personalId: 'Cliente',
    note: 'Nota',
    DateProvided: 'Fecha del servicio',
    serviceTypeId: 'Tipo de servicio',
    units: 'Unidades',
    unitValue: 'Valor por unidad',
    reason: 'Motivo',
    personalIds: 'Clientes',
  },
};
