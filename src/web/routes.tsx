// Every screen of the signed-in app, in one list. A feature adds its pages here.
import type { ReactNode } from 'react';
import type { Role } from './auth/session.tsx';
import { SettingsPage } from './auth/settings.page.tsx';
import { HomePage } from './home/home.page.tsx';

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
];
