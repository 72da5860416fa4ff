// The Home workspace's screens, in its menu's order (routes.tsx puts the workspaces together).
import { SettingsPage } from '../auth/settings.page.tsx';
import { BatchPage } from '../batches/batch.page.tsx';
import { BatchesPage } from '../batches/batches.page.tsx';
import { AgencyCasCasesPage } from '../cas/agency-cas-cases.page.tsx';
import { IncomingReferralsPage } from '../cas/incoming-referrals.page.tsx';
import { MyCasCasesPage } from '../cas/my-cas-cases.page.tsx';
import { PrioritizationListPage } from '../cas/prioritization-list.page.tsx';
import { MyCaseAssignmentsPage } from '../case-assignments/my-case-assignments.page.tsx';
import { AnnualAssessmentToolPage } from '../enrollments/annual-assessment-tool.page.tsx';
import { HomePage } from '../home/home.page.tsx';
import { tKey } from '../i18n/keys.ts';
import { NotificationsPage } from '../notifications/notifications.page.tsx';
import { OpenNotificationPage } from '../notifications/open-notification.page.tsx';
import { MyServicesPage } from '../services/my-services.page.tsx';
import { QuickServicesPage } from '../services/quick-services.page.tsx';
import { PausedWorkflowsPage } from '../workflows/paused-workflows.page.tsx';
import type { PageRoute } from './page-route.ts';

export const homePages: PageRoute[] = [
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
];
