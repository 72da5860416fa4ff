// What other features add to a client's record: dashboard sections and the client menu
// (Profile → Case Notes, Services, …). Features add entries here; the clients feature renders them.
import type { ReactNode } from 'react';
import { RecentServices } from '../services/recent-services.tsx';

export type ClientRef = { PersonalID: string };

export type ClientDashboardSection = {
  id: string;
  /** Lower comes first. Clients' own sections use 10, 20, …; leave gaps. */
  order: number;
  render: (client: ClientRef) => ReactNode;
};

export type ClientMenuItem = {
  label: string;
  group: 'Profile' | 'Enrollments' | 'Services';
  order: number;
  to: (personalId: string) => string;
};

export const clientDashboardSections: ClientDashboardSection[] = [
  { id: 'recent-services', order: 60, render: (c) => <RecentServices personalId={c.PersonalID} /> },
];
export const clientMenuItems: ClientMenuItem[] = [
  { label: 'Case Notes', group: 'Profile', order: 40, to: (id) => `/clients/${id}/case-notes` },
  { label: 'Services', group: 'Services', order: 10, to: (id) => `/clients/${id}/services` },
];
