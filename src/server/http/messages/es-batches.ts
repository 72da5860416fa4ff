// Spanish for a service batch's review list (src/server/batches/review-entries.ts): each
// scanned entry's flag and why it will not be posted.
import type { MessageCatalog } from './localize.ts';

export const batchesEs: Partial<MessageCatalog> = {
  exact: {
    Ready: 'Listo',
    'No open enrollment': 'Sin inscripción abierta',
    Duplicate: 'Duplicado',
    Posted: 'Registrado',
    'Already received this service today': 'Ya recibió este servicio hoy',
    'It was recorded outside this batch, so it will not be posted again':
      'Se registró fuera de este lote, así que no se registrará de nuevo',
    'Scanned earlier in this batch: only the first scan is posted':
      'Ya se escaneó en este lote: solo se registra el primer escaneo',
    'No enrollment in this project is open on the service date':
      'No hay ninguna inscripción abierta en este proyecto en la fecha del servicio',
  },
  patterns: [['Already received this service on {date}', 'Ya recibió este servicio el {date}']],
};
