// The User Tracker on the report framework: on screen, Excel, PDF, CSV and schedules.
import { z } from 'zod';
import { optionalId } from '../reports/framework/params.ts';
import { defineReport } from '../reports/framework/types.ts';
import { type UserTrackerRow, userTracker } from './user-tracker.ts';

export const userTrackerReport = defineReport<{ organizationId?: string }, UserTrackerRow>({
  id: 'user-tracker',
  title: 'User Tracker',
  rowsTitle: 'User Tracker',
  group: 'Users',
  description: 'How often users sign in, and as which organization.',
  roles: ['program_manager', 'data_quality_officer'],
  parameters: z.object({ organizationId: optionalId().describe('Only users who belong to this organization') }),
  describe: (p) => [
    p.organizationId ? `Users of organization ${p.organizationId}` : 'Users of every organization you may see',
  ],
  query: (run) => userTracker(run.db, run.ctx, run.params.organizationId),
  columns: [
    { key: 'activeStatus', label: 'Active Status', type: 'text', value: (r) => (r.active ? 'Active' : 'Inactive') },
    { key: 'userId', label: 'User ID', type: 'text' },
    { key: 'user', label: 'User name', type: 'text', only: 'screen', value: (r) => `${r.name} (${r.username})` },
    { key: 'username', label: 'Username', type: 'text', only: 'files' },
    { key: 'name', label: 'Name', type: 'text', only: 'files' },
    { key: 'email', label: 'Email', type: 'text' },
    { key: 'lastLoginOrganization', label: 'Organization Last Logged On To', type: 'text' },
    { key: 'createdAt', label: 'User Created Date', type: 'datetime' },
    { key: 'lastLoginAt', label: 'Last Login Date', type: 'datetime' },
  ],
  emptyMessage: 'No users belong to this organization.',
});
