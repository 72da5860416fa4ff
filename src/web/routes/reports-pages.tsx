// The Reports workspace's screens, in its menu's order (routes.tsx puts the workspaces together).
import { DuplicateCandidatesPage } from '../clients/duplicate-candidates.page.tsx';
import { FilesPage } from '../files/files.page.tsx';
import { JobPage } from '../files/job.page.tsx';
import { TaskListPage } from '../files/task-list.page.tsx';
import { tKey } from '../i18n/keys.ts';
import { AprBrowserPage } from '../reports/apr/apr-browser.page.tsx';
import { CsvAprPage } from '../reports/apr/csv-apr.page.tsx';
import { BnlPage } from '../reports/bnl.page.tsx';
import { ClientsInProgramsPage } from '../reports/clients-in-programs.page.tsx';
import { DataEntryTimingPage } from '../reports/data-entry-timing.page.tsx';
import { DataExplorerPage } from '../reports/data-explorer/data-explorer.page.tsx';
import { ClientMilestoneReportPage } from '../reports/enrollments-client-milestone.page.tsx';
import { CsvExportPage } from '../reports/hmis-csv/export.page.tsx';
import { MissingAnnualsPage } from '../reports/missing-annuals.page.tsx';
import { ReportsHomePage } from '../reports/reports-home.page.tsx';
import { SchedulesPage } from '../reports/schedules.page.tsx';
import { UserTrackerPage } from '../reports/user-tracker.page.tsx';
import type { PageRoute } from './page-route.ts';

export const reportsPages: PageRoute[] = [
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
];
