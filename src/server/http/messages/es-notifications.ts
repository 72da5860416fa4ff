// Spanish for what notifications say (src/server/notifications/): kind names and descriptions,
// the titles and bodies features compose (stored in English, translated when read), and the
// notification email's lines. Client, project and document-type names in titles are data.

import { hudLabel } from '../../../hud/codes.ts';
import { hudLists } from '../../../hud/lists.generated.ts';
import type { MessageCatalog } from './localize.ts';

const kinds: Record<string, string> = {
  'Document Check: document expiring': 'Verificación de documentos: documento por vencer',
  'Document Check: document expired': 'Verificación de documentos: documento vencido',
  'Report ready': 'Informe listo',
  'CAS: new housing referral': 'CAS: nuevo referido de vivienda',
  'CAS: referral result': 'CAS: resultado del referido',
  'CAS: household placed on the queue': 'CAS: hogar colocado en la lista de espera',
  'CAS: no recent contact': 'CAS: sin contacto reciente',
  Notification: 'Notificación',
};

// The result of a CAS referral ends its notification's title: HUD's label, in Spanish.
const referralResults = Object.fromEntries(
  Object.keys(hudLists.ReferralResult.values).flatMap((code) => {
    const en = hudLabel('ReferralResult', code);
    const es = hudLabel('ReferralResult', code, 'es');
    return en && es ? [[en, es]] : [];
  }),
);

export const notificationsEs: Partial<MessageCatalog> = {
  exact: {
    ...kinds,
    'A verification document of a client you work with expires soon':
      'Un documento de verificación de un cliente con el que usted trabaja vence pronto',
    'A verification document of a client you work with has expired':
      'Un documento de verificación de un cliente con el que usted trabaja ya venció',
    'A report you scheduled or ran in the background is ready':
      'Un informe que usted programó o ejecutó en segundo plano está listo',
    'Coordinated Access referred a household to a project you are the CAS contact for':
      'Acceso Coordinado refirió un hogar a un proyecto del que usted es el contacto de CAS',
    'A housing provider recorded the result of a referral of a client you work with':
      'Un proveedor de vivienda registró el resultado del referido de un cliente con el que usted trabaja',
    'A household was placed on the prioritization list': 'Un hogar fue colocado en la lista de priorización',
    'A client on your CAS caseload has had no contact for a while':
      'Un cliente de sus casos asignados de CAS no ha tenido contacto desde hace un tiempo',
    '(client details not available to you)': '(los datos del cliente no están disponibles para usted)',
    'Ask the client for a current document and add it in Document Check.':
      'Pida al cliente un documento vigente y agréguelo en Verificación de documentos.',
    // The notification email.
    'You have a new notification in Hearth:': 'Tiene una nueva notificación en Hearth:',
    'Client ID': 'ID del cliente',
    Due: 'Vence',
    'Open it in Hearth': 'Ábrala en Hearth',
    'Client details are only in Hearth. To choose which notifications you get by email, open Settings in Hearth.':
      'Los datos del cliente están solo en Hearth. Para elegir qué notificaciones recibe por correo electrónico, abra Configuración en Hearth.',
  },
  patterns: [
    ['{type} expired on {date} (client {id})', '{type} venció el {date} (cliente {id})'],
    ['{type} expires on {date} (client {id})', '{type} vence el {date} (cliente {id})'],
    ['Report ready: {report}', 'Informe listo: {report}'],
    ["{name}'s household was placed on the queue", 'El hogar de {name} fue colocado en la lista de espera'],
    ['New referral to {project}: {name}', 'Nuevo referido a {project}: {name}'],
    ['Referral of {name} to {project}: {result}', 'Referido de {name} a {project}: {result}'],
    ['No contact with {name} since {date}', 'Sin contacto con {name} desde el {date}'],
    [
      'No recorded contact in the CAS enrollment for {days} days or more.',
      'No hay contacto registrado en la inscripción de CAS desde hace {days} días o más.',
    ],
  ],
  terms: referralResults,
};
