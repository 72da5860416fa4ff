// Every screen of the signed-in app, in one list. A feature adds its pages here.

import type { ReactNode } from 'react';
import { AccessLogPage } from './access-log/access-log.page.tsx';
import { AdminHomePage } from './admin/admin-home.page.tsx';
import { AuditPage } from './admin/audit.page.tsx';
import { OrganizationsPage } from './admin/organizations.page.tsx';
import { ProjectEditPage } from './admin/project-edit.page.tsx';
import { ProjectsPage } from './admin/projects.page.tsx';
import { ServiceTypesPage } from './admin/service-types.page.tsx';
import { UsersPage } from './admin/users.page.tsx';
import type { Role } from './auth/session.tsx';
import { SettingsPage } from './auth/settings.page.tsx';
import { BatchPage } from './batches/batch.page.tsx';
import { BatchesPage } from './batches/batches.page.tsx';
import { AgencyCasCasesPage } from './cas/agency-cas-cases.page.tsx';
import { AssessmentToolsPage } from './cas/assessment-tools.page.tsx';
import { CasAreasPage } from './cas/cas-areas.page.tsx';
import { CasHouseholdPage } from './cas/cas-household.page.tsx';
import { CasSettingsPage } from './cas/cas-settings.page.tsx';
import { IncomingReferralsPage } from './cas/incoming-referrals.page.tsx';
import { MyCasCasesPage } from './cas/my-cas-cases.page.tsx';
import { PrioritizationListPage } from './cas/prioritization-list.page.tsx';
import { ClientCaseManagersPage } from './case-assignments/client-case-managers.page.tsx';
import { MyCaseAssignmentsPage } from './case-assignments/my-case-assignments.page.tsx';
import { CaseNotesPage } from './case-notes/case-notes.page.tsx';
import { ClientDashboardPage } from './clients/client-dashboard.page.tsx';
import { CreateClientPage } from './clients/create-client.page.tsx';
import { DuplicateCandidatesPage } from './clients/duplicate-candidates.page.tsx';
import { EditClientPage } from './clients/edit-client.page.tsx';
import { ClientFilesPage } from './clients/files.page.tsx';
import { FindClientPage } from './clients/find-client.page.tsx';
import { InterestedOthersPage } from './clients/interested-others.page.tsx';
import { MergeClientsPage } from './clients/merge.page.tsx';
import { PhotoPage } from './clients/photo.page.tsx';
import { DocumentCheckPage } from './document-check/document-check.page.tsx';
import { DocumentTypesPage } from './document-check/document-types.page.tsx';
import { AnnualAssessmentToolPage } from './enrollments/annual-assessment-tool.page.tsx';
import { ClientEnrollmentsPage } from './enrollments/client-enrollments.page.tsx';
import { EnrollmentPage } from './enrollments/enrollment.page.tsx';
import { QuickAddFamilyMemberPage } from './enrollments/quick-add-family-member.page.tsx';
import { ReentryRequestsPage } from './enrollments/reentry-requests.page.tsx';
import { StartIntakePage } from './enrollments/start-intake.page.tsx';
import { FilesPage } from './files/files.page.tsx';
import { JobPage } from './files/job.page.tsx';
import { TaskListPage } from './files/task-list.page.tsx';
import { HomePage } from './home/home.page.tsx';
import { tKey } from './i18n/keys.ts';
import { NotificationsPage } from './notifications/notifications.page.tsx';
import { OpenNotificationPage } from './notifications/open-notification.page.tsx';
import { AprBrowserPage } from './reports/apr/apr-browser.page.tsx';
import { CsvAprPage } from './reports/apr/csv-apr.page.tsx';
import { BnlPage } from './reports/bnl.page.tsx';
import { ClientsInProgramsPage } from './reports/clients-in-programs.page.tsx';
import { DataEntryTimingPage } from './reports/data-entry-timing.page.tsx';
import { DataExplorerPage } from './reports/data-explorer/data-explorer.page.tsx';
import { ClientMilestoneReportPage } from './reports/enrollments-client-milestone.page.tsx';
import { CsvExportPage } from './reports/hmis-csv/export.page.tsx';
import { CsvImportPage } from './reports/hmis-csv/import.page.tsx';
import { MissingAnnualsPage } from './reports/missing-annuals.page.tsx';
import { ReportsHomePage } from './reports/reports-home.page.tsx';
import { SchedulesPage } from './reports/schedules.page.tsx';
import { UserTrackerPage } from './reports/user-tracker.page.tsx';
import { ClientServicesPage } from './services/client-services.page.tsx';
import { DeletionRequestsPage } from './services/deletion-requests.page.tsx';
import { MyServicesPage } from './services/my-services.page.tsx';
import { QuickServicesPage } from './services/quick-services.page.tsx';
import { PausedWorkflowsPage } from './workflows/paused-workflows.page.tsx';
import { WorkflowPage } from './workflows/workflow.page.tsx';

export type Workspace = 'home' | 'clients' | 'reports' | 'admin';

export type PageRoute = {
  path: string;
  element: ReactNode;
  workspace: Workspace;
  /** Shown in the workspace's side menu when set. */
  nav?: { label: string; group?: string; description?: string };
  /** Who may open it: a role, or any of several (default: every user). */
  role?: Role | readonly Role[];
};

export const workspaces: { id: Workspace; label: string; path: string; role?: Role }[] = [
  { id: 'home', label: tKey('Home'), path: '/' },
  { id: 'clients', label: tKey('Clients'), path: '/clients' },
  { id: 'reports', label: tKey('Reports'), path: '/reports' },
  { id: 'admin', label: tKey('Admin'), path: '/admin', role: 'hmis_admin' },
];

export const pages: PageRoute[] = [
  { path: '/', element: <HomePage />, workspace: 'home', nav: { label: tKey('Home') } },
  {
    path: '/settings',
    element: <SettingsPage />,
    workspace: 'home',
    nav: { label: tKey('Settings'), group: tKey('My account') },
  },
  {
    path: '/paused-workflows',
    element: <PausedWorkflowsPage />,
    workspace: 'home',
    nav: {
      label: tKey('Paused Workflows'),
      group: tKey('Profile'),
      description: tKey('Workflows left part-way: resume, restart or delete'),
    },
  },
  {
    path: '/notifications',
    element: <NotificationsPage />,
    workspace: 'home',
    nav: {
      label: tKey('Notifications'),
      group: tKey('My Hearth'),
      description: tKey('Everything Hearth told you: list and calendar'),
    },
  },
  { path: '/notifications/:id', element: <OpenNotificationPage />, workspace: 'home' },
  {
    path: '/my-case-assignments',
    element: <MyCaseAssignmentsPage />,
    workspace: 'home',
    nav: { label: tKey('My Case Assignments'), group: tKey('My Hearth'), description: tKey('Your caseload') },
  },
  {
    path: '/annual-assessment-tool',
    element: <AnnualAssessmentToolPage />,
    workspace: 'home',
    nav: {
      label: tKey('Annual Assessment Tool'),
      group: tKey('My Hearth'),
      description: tKey('Annual assessments due now'),
    },
  },
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
  {
    path: '/reports/bnl/active-client-list',
    element: <BnlPage />,
    workspace: 'reports',
    nav: {
      label: tKey('HMIS Active Client List'),
      group: tKey('BNLs'),
      description: tKey('By-name list of active clients, with missing data elements; PIT/HIC lists'),
    },
  },
  {
    path: '/reports/clients-in-programs',
    element: <ClientsInProgramsPage />,
    workspace: 'reports',
    nav: {
      label: tKey('Clients in Programs'),
      group: tKey('Enrollment reports'),
      description: tKey('Clients per program, organization or project type; + opens a count onto its clients'),
    },
  },
  {
    path: '/reports/hmis/data-entry-timing',
    element: <DataEntryTimingPage />,
    workspace: 'reports',
    role: ['data_quality_officer', 'program_manager'],
    nav: {
      label: tKey('HMIS Data Entry Timing'),
      group: tKey('HMIS Reports'),
      description: tKey('Days from each entry, exit, assessment, service or contact to when it was entered'),
    },
  },
  {
    path: '/reports/hmis/missing-annual-assessments',
    element: <MissingAnnualsPage />,
    workspace: 'reports',
    nav: {
      label: tKey('Missing Annual Assessments'),
      group: tKey('HMIS Reports'),
      description: tKey('Anniversary windows with no annual assessment, past and open now; record them backdated'),
    },
  },
  {
    path: '/reports/data-explorer',
    element: <DataExplorerPage />,
    workspace: 'reports',
    role: ['data_quality_officer'],
    nav: {
      label: tKey('Data Explorer'),
      group: tKey('Data Explorer'),
      description: tKey('Questions without SQL: columns, filters, counts per group; the User Tracker is built in'),
    },
  },
  {
    path: '/reports/schedules',
    element: <SchedulesPage />,
    workspace: 'reports',
    nav: {
      label: tKey('My Scheduled Reports'),
      group: tKey('Files'),
      description: tKey('Pause, edit or delete your schedules'),
    },
  },
  {
    path: '/reports/client-milestone-age-status',
    element: <ClientMilestoneReportPage />,
    workspace: 'reports',
    nav: {
      label: tKey('Client Milestone Age Status'),
      group: tKey('Enrollment reports'),
      description: tKey('Clients turning 18 while enrolled, and what is now required of them'),
    },
  },
  {
    path: '/quick-services',
    element: <QuickServicesPage />,
    workspace: 'home',
    nav: {
      label: tKey('Quick Services – Multiple Clients'),
      group: tKey('My Hearth'),
      description: tKey('One service for many enrolled clients at once'),
    },
  },
  {
    path: '/batches',
    element: <BatchesPage />,
    workspace: 'home',
    nav: {
      label: tKey('Batches'),
      group: tKey('My Hearth'),
      description: tKey('Scan client ID cards, then post the services'),
    },
  },
  { path: '/batches/:id', element: <BatchPage />, workspace: 'home' },
  {
    path: '/my-services',
    element: <MyServicesPage />,
    workspace: 'home',
    nav: {
      label: tKey('My Services'),
      group: tKey('My Hearth'),
      description: tKey('Services you recorded; delete mistakes'),
    },
  },
  { path: '/clients/:personalId/services', element: <ClientServicesPage />, workspace: 'clients' },
  { path: '/clients/:personalId/case-notes', element: <CaseNotesPage />, workspace: 'clients' },
  { path: '/clients/:personalId/document-check', element: <DocumentCheckPage />, workspace: 'clients' },
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
  { path: '/reports', element: <ReportsHomePage />, workspace: 'reports' },
  {
    path: '/reports/user-tracker',
    element: <UserTrackerPage />,
    workspace: 'reports',
    role: ['program_manager', 'data_quality_officer'],
    nav: { label: tKey('User Tracker'), group: tKey('Users'), description: tKey('How often users sign in, and where') },
  },
  {
    path: '/reports/hmis-csv/export',
    element: <CsvExportPage />,
    workspace: 'reports',
    nav: { label: tKey('CSV Export FY2026'), group: tKey('HMIS Exports') },
  },
  {
    path: '/reports/hmis-exports/csv-apr',
    element: <CsvAprPage key="APR" reportType="APR" />,
    workspace: 'reports',
    nav: {
      label: tKey('CSV-APR FY2026'),
      group: tKey('HMIS Exports'),
      description: tKey('The CoC APR for Sage, with validation file'),
    },
  },
  {
    path: '/reports/hmis-exports/csv-caper',
    element: <CsvAprPage key="CAPER" reportType="CAPER" />,
    workspace: 'reports',
    nav: {
      label: tKey('CSV-CAPER FY2026'),
      group: tKey('HMIS Exports'),
      description: tKey('The ESG CAPER for Sage, with validation file'),
    },
  },
  {
    path: '/reports/apr',
    element: <AprBrowserPage />,
    workspace: 'reports',
    nav: {
      label: tKey('APR / CAPER FY2026'),
      group: tKey('HUD Reports'),
      description: tKey('Question by question, each number to its clients'),
    },
  },
  {
    path: '/reports/files',
    element: <FilesPage />,
    workspace: 'reports',
    nav: { label: tKey('Files on Server'), group: tKey('Files') },
  },
  {
    path: '/reports/tasks',
    element: <TaskListPage />,
    workspace: 'reports',
    nav: { label: tKey('Task List'), group: tKey('Files') },
  },
  { path: '/reports/files/:id', element: <JobPage />, workspace: 'reports' },
  {
    path: '/admin/hmis-csv/import',
    element: <CsvImportPage />,
    workspace: 'admin',
    nav: { label: tKey('HMIS CSV Import'), group: tKey('Data') },
    role: 'hmis_admin',
  },
  { path: '/clients', element: <FindClientPage />, workspace: 'clients', nav: { label: tKey('Find Client') } },
  { path: '/clients/new', element: <CreateClientPage />, workspace: 'clients', nav: { label: tKey('Create client') } },
  { path: '/clients/:personalId', element: <ClientDashboardPage />, workspace: 'clients' },
  { path: '/clients/:personalId/edit', element: <EditClientPage />, workspace: 'clients' },
  { path: '/clients/:personalId/photo', element: <PhotoPage />, workspace: 'clients' },
  { path: '/clients/:personalId/files', element: <ClientFilesPage />, workspace: 'clients' },
  { path: '/clients/:personalId/interested-others', element: <InterestedOthersPage />, workspace: 'clients' },
  { path: '/clients/:personalId/access-log', element: <AccessLogPage />, workspace: 'clients' },
  {
    path: '/reports/duplicate-candidates',
    element: <DuplicateCandidatesPage />,
    workspace: 'reports',
    role: 'data_quality_officer',
    nav: {
      label: tKey('Duplicate Candidates'),
      group: tKey('Data quality'),
      description: tKey('Client records that may be one person'),
    },
  },
  // Coordinated Access System (CAS).
  {
    path: '/cas/my-cases',
    element: <MyCasCasesPage />,
    workspace: 'home',
    nav: {
      label: tKey('My CAS Active Cases'),
      group: tKey('Coordinated Access System'),
      description: tKey('Your CAS caseload'),
    },
  },
  {
    path: '/cas/agency-cases',
    element: <AgencyCasCasesPage />,
    workspace: 'home',
    nav: {
      label: tKey('Agency CAS Active Cases'),
      group: tKey('Coordinated Access System'),
      description: tKey("Every active CAS case at your organizations' access points"),
    },
  },
  {
    path: '/cas/prioritization-list',
    element: <PrioritizationListPage />,
    workspace: 'home',
    nav: {
      label: tKey('Prioritization List'),
      group: tKey('Coordinated Access System'),
      description: tKey('Households on the queue (CAS administrators and prioritizers)'),
    },
  },
  {
    path: '/cas/incoming-referrals',
    element: <IncomingReferralsPage />,
    workspace: 'home',
    nav: {
      label: tKey('Incoming Housing Referrals'),
      group: tKey('Coordinated Access System'),
      description: tKey("CAS referrals to your organizations' projects"),
    },
  },
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
