// Every screen of the signed-in app: the workspaces and their screens. Each workspace's list is
// its own file in routes/ (a feature adds its pages to its workspace's list, in menu order).
import type { Role } from './auth/session.tsx';
import { tKey } from './i18n/keys.ts';
import { adminPages } from './routes/admin-pages.tsx';
import { clientsPages } from './routes/clients-pages.tsx';
import { homePages } from './routes/home-pages.tsx';
import type { PageRoute, Workspace } from './routes/page-route.ts';
import { reportsPages } from './routes/reports-pages.tsx';

export type { PageRoute, Workspace } from './routes/page-route.ts';

export const workspaces: { id: Workspace; label: string; path: string; role?: Role }[] = [
  { id: 'home', label: tKey('Home'), path: '/' },
  { id: 'clients', label: tKey('Clients'), path: '/clients' },
  { id: 'reports', label: tKey('Reports'), path: '/reports' },
  { id: 'admin', label: tKey('Admin'), path: '/admin', role: 'hmis_admin' },
];

export const pages: PageRoute[] = [...homePages, ...clientsPages, ...reportsPages, ...adminPages];
