// The Admin workspace's screens, in its menu's order (routes.tsx puts the workspaces together).
import { AdminHomePage } from '../admin/admin-home.page.tsx';
import { AuditPage } from '../admin/audit.page.tsx';
import { OrganizationsPage } from '../admin/organizations.page.tsx';
import { ProjectEditPage } from '../admin/project-edit.page.tsx';
import { ProjectsPage } from '../admin/projects.page.tsx';
import { ServiceTypesPage } from '../admin/service-types.page.tsx';
import { UsersPage } from '../admin/users.page.tsx';
import { AssessmentToolsPage } from '../cas/assessment-tools.page.tsx';
import { CasAreasPage } from '../cas/cas-areas.page.tsx';
import { CasSettingsPage } from '../cas/cas-settings.page.tsx';
import { MergeClientsPage } from '../clients/merge.page.tsx';
import { DocumentTypesPage } from '../document-check/document-types.page.tsx';
import { ReentryRequestsPage } from '../enrollments/reentry-requests.page.tsx';
import { tKey } from '../i18n/keys.ts';
import { CsvImportPage } from '../reports/hmis-csv/import.page.tsx';
import { DeletionRequestsPage } from '../services/deletion-requests.page.tsx';
import type { PageRoute } from './page-route.ts';

export const adminPages: PageRoute[] = [
  {
    path: '/admin/document-types',
    element: <DocumentTypesPage />,
    workspace: 'admin',
    role: 'hmis_admin',
    nav: {
      label: tKey('Document types'),
      group: tKey('Set-up'),
      description: tKey('Document Check: the documents referrals need'),
    },
  },
  {
    path: '/admin/service-deletion-requests',
    element: <DeletionRequestsPage />,
    workspace: 'admin',
    role: 'hmis_admin',
    nav: {
      label: tKey('Service deletion requests'),
      group: tKey('Services'),
      description: tKey('Services users asked to have deleted'),
    },
  },
  {
    path: '/admin/reentry-requests',
    element: <ReentryRequestsPage />,
    workspace: 'admin',
    role: 'hmis_admin',
    nav: {
      label: tKey('Re-entry requests'),
      group: tKey('Services'),
      description: tKey('Enrollments exited over 90 days ago that case managers asked to re-enter'),
    },
  },
  { path: '/admin', element: <AdminHomePage />, workspace: 'admin', role: 'hmis_admin' },
  {
    path: '/admin/organizations',
    element: <OrganizationsPage />,
    workspace: 'admin',
    role: 'hmis_admin',
    nav: { label: tKey('Organizations'), group: tKey('Set-up'), description: tKey('Agencies of the CoC (HUD 2.01)') },
  },
  {
    path: '/admin/projects',
    element: <ProjectsPage />,
    workspace: 'admin',
    role: 'hmis_admin',
    nav: {
      label: tKey('Projects'),
      group: tKey('Set-up'),
      description: tKey('Projects with CoC, funders, inventory (HUD 2.02–2.08)'),
    },
  },
  { path: '/admin/projects/new', element: <ProjectEditPage />, workspace: 'admin', role: 'hmis_admin' },
  { path: '/admin/projects/:projectId', element: <ProjectEditPage />, workspace: 'admin', role: 'hmis_admin' },
  {
    path: '/admin/users',
    element: <UsersPage />,
    workspace: 'admin',
    role: 'hmis_admin',
    nav: {
      label: tKey('Users'),
      group: tKey('Set-up'),
      description: tKey('Accounts, roles, organizations, password resets'),
    },
  },
  {
    path: '/admin/service-types',
    element: <ServiceTypesPage />,
    workspace: 'admin',
    role: 'hmis_admin',
    nav: {
      label: tKey('Service types'),
      group: tKey('Set-up'),
      description: tKey('The service catalog and its HUD mapping'),
    },
  },
  {
    path: '/admin/audit',
    element: <AuditPage />,
    workspace: 'admin',
    role: 'hmis_admin',
    nav: {
      label: tKey('Audit trail'),
      group: tKey('Security'),
      description: tKey('Who did what, when and from where'),
    },
  },
  {
    path: '/admin/hmis-csv/import',
    element: <CsvImportPage />,
    workspace: 'admin',
    nav: { label: tKey('HMIS CSV Import'), group: tKey('Data') },
    role: 'hmis_admin',
  },
  {
    path: '/admin/cas',
    element: <CasSettingsPage />,
    workspace: 'admin',
    role: 'hmis_admin',
    nav: {
      label: tKey('CAS set-up'),
      group: tKey('Coordinated Access'),
      description: tKey('CAS staff and providers’ CAS contacts'),
    },
  },
  {
    path: '/admin/cas/areas',
    element: <CasAreasPage />,
    workspace: 'admin',
    role: 'hmis_admin',
    nav: {
      label: tKey('CAS areas'),
      group: tKey('Coordinated Access'),
      description: tKey('Places households have ties to'),
    },
  },
  {
    path: '/admin/cas/assessment-tools',
    element: <AssessmentToolsPage />,
    workspace: 'admin',
    role: 'hmis_admin',
    nav: {
      label: tKey('CAS assessment tools'),
      group: tKey('Coordinated Access'),
      description: tKey('Questions, answers and points'),
    },
  },
  {
    path: '/admin/clients/merge',
    element: <MergeClientsPage />,
    workspace: 'admin',
    role: 'hmis_admin',
    nav: {
      label: tKey('Merge clients'),
      group: tKey('Data'),
      description: tKey('Merge two records of one person, or undo a merge'),
    },
  },
];
