import type { hudLists } from '../lists.generated.ts';

type Lists = typeof hudLists;
/** Every HUD list with exactly HUD's codes, each given its Spanish label. */
export type SpanishLists = { [L in keyof Lists]: { [C in keyof Lists[L]['values']]: string } };

// Words several lists share, so each Spanish phrase is written once.
export const DK = 'El cliente no sabe';
export const PNTA = 'El cliente prefiere no responder';
export const DNC = 'Datos no recopilados';
export const missing = { 8: DK, 9: PNTA, 99: DNC } as const;

// Living situations shared by 3.917, 4.12 and 3.12.
export const SITUATIONS = {
  101: 'Albergue de emergencia, incluido hotel o motel pagado con un vale de albergue de emergencia, o albergue en hogar anfitrión (Host Home)',
  116: 'Lugar no destinado a vivienda (p. ej., un vehículo, un edificio abandonado, una estación de autobús, tren o metro, un aeropuerto o cualquier lugar al aire libre)',
  118: 'Refugio seguro (Safe Haven)',
  204: 'Hospital psiquiátrico u otro centro psiquiátrico',
  205: 'Centro de tratamiento por abuso de sustancias o de desintoxicación',
  206: 'Hospital u otro centro médico residencial no psiquiátrico',
  207: 'Cárcel, prisión o centro de detención juvenil',
  215: 'Hogar de crianza temporal u hogar grupal de crianza',
  225: 'Centro de cuidados a largo plazo o residencia de ancianos',
  302: 'Vivienda de transición para personas sin hogar (incluidos jóvenes sin hogar)',
  314: 'Hotel o motel pagado sin vale de albergue de emergencia',
  329: 'Proyecto residencial o casa de transición sin requisito de estar sin hogar',
  332: 'Hogar anfitrión (Host Home, sin crisis)',
  410: 'Alquiler a nombre del cliente, sin subsidio de vivienda continuo',
  411: 'Vivienda propia del cliente, sin subsidio de vivienda continuo',
  421: 'Vivienda propia del cliente, con subsidio de vivienda continuo',
  435: 'Alquiler a nombre del cliente, con subsidio de vivienda continuo',
} as const;

export const LEGAL = {
  childSupport: 'Servicios legales: manutención de menores',
  eviction: 'Servicios legales: prevención de desalojo',
  fines: 'Servicios legales: multas y sanciones pendientes',
  license: 'Servicios legales: recuperar u obtener la licencia de conducir',
  other: 'Servicios legales: otros',
};
