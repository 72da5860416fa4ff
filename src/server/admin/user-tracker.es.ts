// The User Tracker's own text in Spanish (see reports/framework/report-labels.ts).
import type { ReportCatalog } from '../reports/framework/report-labels.ts';

export const userTrackerEs: ReportCatalog = {
  labels: {
    'User Tracker': 'Seguimiento de usuarios',
    'No users belong to this organization.': 'Ningún usuario pertenece a esta organización.',
    'Active Status': 'Estado',
    'User ID': 'ID de usuario',
    'User name': 'Usuario',
    Username: 'Nombre de usuario',
    Name: 'Nombre',
    Email: 'Correo electrónico',
    'Organization Last Logged On To': 'Última organización con la que inició sesión',
    'User Created Date': 'Fecha de creación del usuario',
    'Last Login Date': 'Fecha del último inicio de sesión',
    'Users of every organization you may see': 'Usuarios de todas las organizaciones que puede ver',
  },
  lines: [['Users of organization {id}', 'Usuarios de la organización {id}']],
  values: { activeStatus: { map: { Active: 'Activo', Inactive: 'Inactivo' } } },
};
