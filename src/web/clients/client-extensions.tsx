// What other features add to a client's record: dashboard sections and the client menu
// (Profile → Case Notes, Services, …). Features add entries here; the clients feature renders them.
import type { ReactNode } from 'react';

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

export const clientDashboardSections: ClientDashboardSection[] = [];
export const clientMenuItems: ClientMenuItem[] = [];
