// What other features add to a client's record: dashboard sections and the client menu
// (Profile → Case Notes, Services, …). Features add entries here; the clients feature renders them.

import type { ReactNode } from 'react';
import { AccessLogSection } from '../access-log/access-log-section.tsx';
import type { Role } from '../auth/session.tsx';
import { AreaTiesSection } from '../cas/area-ties-section.tsx';
import { CaseManagersSection, EnrollmentsSection } from '../enrollments/client-sections.tsx';
import { tKey } from '../i18n/keys.ts';
import { RecentServices } from '../services/recent-services.tsx';

export type ClientRef = { PersonalID: string };

export type ClientDashboardSection = {
  id: string;
  /** Lower comes first. Clients' own sections use 10, 20, …; leave gaps. */
  order: number;
  render: (client: ClientRef) => ReactNode;
};

export type ClientMenuItem = {
  /** A key of the `clients` namespace (tKey('…')): the menu translates it. */
  label: string;
  group: 'Profile' | 'Enrollments' | 'Services';
  order: number;
  to: (personalId: string) => string;
  /** Shown only to users with one of these roles (the server decides what they may open). */
  roles?: Role[];
};

export const clientDashboardSections: ClientDashboardSection[] = [];
export const clientMenuItems: ClientMenuItem[] = [];

// Enrollments feature: the client's enrollments and case managers, and their menu items.
clientDashboardSections.push(
  { id: 'enrollments', order: 30, render: (c) => <EnrollmentsSection personalId={c.PersonalID} /> },
  { id: 'case-managers', order: 40, render: (c) => <CaseManagersSection personalId={c.PersonalID} /> },
);
clientMenuItems.push(
  { label: tKey('Enrollments'), group: 'Enrollments', order: 10, to: (id) => `/clients/${id}/enrollments` },
  { label: tKey('Intake'), group: 'Enrollments', order: 20, to: (id) => `/clients/${id}/intake` },
  { label: tKey('Case Managers'), group: 'Profile', order: 40, to: (id) => `/clients/${id}/case-managers` },
);

// Services feature: the client's most recent services, and the Services and Case Notes pages.
clientDashboardSections.push({
  id: 'recent-services',
  order: 60,
  render: (c) => <RecentServices personalId={c.PersonalID} />,
});
clientMenuItems.push(
  { label: tKey('Case Notes'), group: 'Profile', order: 50, to: (id) => `/clients/${id}/case-notes` },
  { label: tKey('Services'), group: 'Services', order: 10, to: (id) => `/clients/${id}/services` },
);

// Coordinated Access: the client's area ties (and a link to the open CAS record), and the CAS
// & Diversion intake.
clientDashboardSections.push({
  id: 'area-ties',
  order: 45,
  render: (c) => <AreaTiesSection personalId={c.PersonalID} />,
});
clientMenuItems.push({
  label: tKey('CAS & Diversion intake'),
  group: 'Enrollments',
  order: 25,
  to: (id) => `/clients/${id}/cas-intake`,
});

// Document Check: verification documents for referrals (never in Client Files).
clientMenuItems.push({
  label: tKey('Document Check'),
  group: 'Profile',
  order: 35,
  to: (id) => `/clients/${id}/document-check`,
});

// Access log: who has seen the record (HMIS admins, program managers of the client's organizations).
clientDashboardSections.push({
  id: 'access-log',
  order: 90,
  render: (c) => <AccessLogSection personalId={c.PersonalID} />,
});
clientMenuItems.push({
  label: tKey('Who has seen this record'),
  group: 'Profile',
  order: 60,
  to: (id) => `/clients/${id}/access-log`,
  roles: ['hmis_admin', 'program_manager'],
});
