// The Clients workspace's screens, in its menu's order (routes.tsx puts the workspaces together).
import { AccessLogPage } from '../access-log/access-log.page.tsx';
import { CasHouseholdPage } from '../cas/cas-household.page.tsx';
import { ClientCaseManagersPage } from '../case-assignments/client-case-managers.page.tsx';
import { CaseNotesPage } from '../case-notes/case-notes.page.tsx';
import { ClientDashboardPage } from '../clients/client-dashboard.page.tsx';
import { CreateClientPage } from '../clients/create-client.page.tsx';
import { EditClientPage } from '../clients/edit-client.page.tsx';
import { ClientFilesPage } from '../clients/files.page.tsx';
import { FindClientPage } from '../clients/find-client.page.tsx';
import { InterestedOthersPage } from '../clients/interested-others.page.tsx';
import { PhotoPage } from '../clients/photo.page.tsx';
import { DocumentCheckPage } from '../document-check/document-check.page.tsx';
import { ClientEnrollmentsPage } from '../enrollments/client-enrollments.page.tsx';
import { EnrollmentPage } from '../enrollments/enrollment.page.tsx';
import { QuickAddFamilyMemberPage } from '../enrollments/quick-add-family-member.page.tsx';
import { StartIntakePage } from '../enrollments/start-intake.page.tsx';
import { tKey } from '../i18n/keys.ts';
import { ClientServicesPage } from '../services/client-services.page.tsx';
import { WorkflowPage } from '../workflows/workflow.page.tsx';
import type { PageRoute } from './page-route.ts';

export const clientsPages: PageRoute[] = [
  {
    path: '/intake',
    element: <StartIntakePage />,
    workspace: 'clients',
    nav: { label: tKey('Intake'), description: tKey('Enroll a household in a project') },
  },
  { path: '/workflows/:id', element: <WorkflowPage />, workspace: 'clients' },
  { path: '/enrollments/:id', element: <EnrollmentPage />, workspace: 'clients' },
  { path: '/clients/:personalId/enrollments', element: <ClientEnrollmentsPage />, workspace: 'clients' },
  { path: '/clients/:personalId/intake', element: <StartIntakePage />, workspace: 'clients' },
  {
    path: '/clients/:personalId/quick-add-family-member',
    element: <QuickAddFamilyMemberPage />,
    workspace: 'clients',
  },
  { path: '/clients/:personalId/case-managers', element: <ClientCaseManagersPage />, workspace: 'clients' },
  { path: '/clients/:personalId/services', element: <ClientServicesPage />, workspace: 'clients' },
  { path: '/clients/:personalId/case-notes', element: <CaseNotesPage />, workspace: 'clients' },
  { path: '/clients/:personalId/document-check', element: <DocumentCheckPage />, workspace: 'clients' },
  { path: '/clients', element: <FindClientPage />, workspace: 'clients', nav: { label: tKey('Find Client') } },
  { path: '/clients/new', element: <CreateClientPage />, workspace: 'clients', nav: { label: tKey('Create client') } },
  { path: '/clients/:personalId', element: <ClientDashboardPage />, workspace: 'clients' },
  { path: '/clients/:personalId/edit', element: <EditClientPage />, workspace: 'clients' },
  { path: '/clients/:personalId/photo', element: <PhotoPage />, workspace: 'clients' },
  { path: '/clients/:personalId/files', element: <ClientFilesPage />, workspace: 'clients' },
  { path: '/clients/:personalId/interested-others', element: <InterestedOthersPage />, workspace: 'clients' },
  { path: '/clients/:personalId/access-log', element: <AccessLogPage />, workspace: 'clients' },
  {
    path: '/cas/intake',
    element: <StartIntakePage key="cas-intake" kind="cas-intake" />,
    workspace: 'clients',
    nav: { label: tKey('CAS & Diversion intake'), description: tKey('Coordinated Entry intake at an access point') },
  },
  {
    path: '/clients/:personalId/cas-intake',
    element: <StartIntakePage key="cas-intake" kind="cas-intake" />,
    workspace: 'clients',
  },
  { path: '/cas/households/:id', element: <CasHouseholdPage />, workspace: 'clients' },
];
