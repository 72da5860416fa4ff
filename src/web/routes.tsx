// Every screen of the signed-in app, in one list. A feature adds its pages here.
import type { ReactNode } from 'react';
import type { Role } from './auth/session.tsx';
import { SettingsPage } from './auth/settings.page.tsx';
import { BatchPage } from './batches/batch.page.tsx';
import { BatchesPage } from './batches/batches.page.tsx';
import { CaseNotesPage } from './case-notes/case-notes.page.tsx';
import { HomePage } from './home/home.page.tsx';
import { ClientServicesPage } from './services/client-services.page.tsx';
import { DeletionRequestsPage } from './services/deletion-requests.page.tsx';
import { MyServicesPage } from './services/my-services.page.tsx';
import { QuickServicesPage } from './services/quick-services.page.tsx';

export type Workspace = 'home' | 'clients' | 'reports' | 'admin';

export type PageRoute = {
  path: string;
  element: ReactNode;
  workspace: Workspace;
  /** Shown in the workspace's side menu when set. */
  nav?: { label: string; group?: string };
  /** Who may open it (default: every user). */
  role?: Role;
};

export const workspaces: { id: Workspace; label: string; path: string; role?: Role }[] = [
  { id: 'home', label: 'Home', path: '/' },
  { id: 'clients', label: 'Clients', path: '/clients' },
  { id: 'reports', label: 'Reports', path: '/reports' },
  { id: 'admin', label: 'Admin', path: '/admin', role: 'hmis_admin' },
];

export const pages: PageRoute[] = [
  { path: '/', element: <HomePage />, workspace: 'home', nav: { label: 'Home' } },
  { path: '/settings', element: <SettingsPage />, workspace: 'home', nav: { label: 'Settings', group: 'My account' } },
  {
    path: '/quick-services',
    element: <QuickServicesPage />,
    workspace: 'home',
    nav: { label: 'Quick Services – Multiple Clients', group: 'My Hearth' },
  },
  { path: '/batches', element: <BatchesPage />, workspace: 'home', nav: { label: 'Batches', group: 'My Hearth' } },
  { path: '/batches/:id', element: <BatchPage />, workspace: 'home' },
  {
    path: '/my-services',
    element: <MyServicesPage />,
    workspace: 'home',
    nav: { label: 'My Services', group: 'My Hearth' },
  },
  { path: '/clients/:personalId/services', element: <ClientServicesPage />, workspace: 'clients' },
  { path: '/clients/:personalId/case-notes', element: <CaseNotesPage />, workspace: 'clients' },
  {
    path: '/admin/service-deletion-requests',
    element: <DeletionRequestsPage />,
    workspace: 'admin',
    role: 'hmis_admin',
    nav: { label: 'Service deletion requests', group: 'Services' },
  },
];
