// Every screen of the signed-in app, in one list. A feature adds its pages here.
import type { ReactNode } from 'react';
import type { Role } from './auth/session.tsx';
import { SettingsPage } from './auth/settings.page.tsx';
import { FilesPage } from './files/files.page.tsx';
import { JobPage } from './files/job.page.tsx';
import { TaskListPage } from './files/task-list.page.tsx';
import { HomePage } from './home/home.page.tsx';
import { CsvExportPage } from './reports/hmis-csv/export.page.tsx';
import { CsvImportPage } from './reports/hmis-csv/import.page.tsx';

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
    path: '/reports/hmis-csv/export',
    element: <CsvExportPage />,
    workspace: 'reports',
    nav: { label: 'CSV Export FY2026', group: 'HMIS Exports' },
  },
  {
    path: '/reports/files',
    element: <FilesPage />,
    workspace: 'reports',
    nav: { label: 'Files on Server', group: 'Files' },
  },
  {
    path: '/reports/tasks',
    element: <TaskListPage />,
    workspace: 'reports',
    nav: { label: 'Task List', group: 'Files' },
  },
  { path: '/reports/files/:id', element: <JobPage />, workspace: 'reports' },
  {
    path: '/admin/hmis-csv/import',
    element: <CsvImportPage />,
    workspace: 'admin',
    nav: { label: 'HMIS CSV Import', group: 'Data' },
    role: 'hmis_admin',
  },
];
