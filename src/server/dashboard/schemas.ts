// Request and response shapes of the Home dashboards.
import { z } from 'zod';
import { PROBLEMS } from './data-quality-dashboard.ts';

const n = z.number();
const nn = z.number().nullable();
const str = z.string();
const client = { PersonalID: str, name: str };

export const periodQuery = z.object({
  from: z.iso.date().optional().describe('First day of the period (default: a year before `to`)'),
  to: z.iso.date().optional().describe('Last day of the period (default: today)'),
  projectId: z.string().min(1).max(32).optional(),
});

export const monthsQuery = z.object({
  to: z.iso.date().optional().describe('The charts cover the twelve months ending with this day (default: today)'),
});

export const recordsQuery = periodQuery.extend({
  projectId: z.string().min(1).max(32),
  table: z.enum(['Q6a', 'Q6b', 'Q6c']),
  element: z.string().min(1).max(40).describe('The row key of the element in the table, e.g. ssn'),
  problem: z.enum(PROBLEMS).default('any'),
});

export const caseManagerView = z.object({
  caseload: z.object({
    total: n,
    items: z.array(z.object({ ...client, ProjectName: str.nullable(), EntryDate: str.nullable() })),
  }),
  annualAssessments: z.object({
    dueNow: n,
    overdue: n,
    items: z.array(
      z.object({ ...client, ProjectName: str, windowCloses: str, daysLeft: n, link: str, overdue: z.boolean() }),
    ),
  }),
  pausedWorkflows: z.object({
    total: n,
    items: z.array(z.object({ id: str, kind: str, step: str, clientName: str.nullable(), updatedAt: str })),
  }),
  notifications: z.object({ unread: n, latestAt: str.nullable() }),
  recentlyViewed: z.array(z.object({ ...client, viewedAt: str })),
  dataQuality: z.object({
    total: n,
    items: z.array(z.object({ ...client, EnrollmentID: str, element: str, fix: str })),
  }),
});

const month = { month: str, label: str };
export const programManagerView = z.object({
  organizationId: str,
  caseloads: z.array(z.object({ userId: str, name: str, clients: n })),
  utilization: z.array(
    z.object({
      ProjectID: str,
      ProjectName: str,
      months: z.array(
        z.object({
          ...month,
          beds: n,
          units: n,
          averagePersons: n,
          averageHouseholds: n,
          bedUtilization: nn,
          unitUtilization: nn,
        }),
      ),
    }),
  ),
  entriesExits: z.array(z.object({ ...month, entries: n, exits: n })),
});

export const dataQualityView = z.object({
  from: str,
  to: str,
  projects: z.array(
    z.object({
      ProjectID: str,
      ProjectName: str,
      OrganizationName: str,
      records: n,
      elements: z.array(
        z.object({ table: str, key: str, label: str, dk: nn, missing: nn, issue: nn, total: n, issueRate: n }),
      ),
      timeliness: z.array(z.object({ label: str, starts: n, exits: n })),
    }),
  ),
  trend: z.array(z.object({ ...month, records: n, problemRate: n, lateRate: n })),
});

export const dataQualityRecordsView = z.object({
  element: z.object({ table: str, key: str, label: str }),
  counted: n,
  items: z.array(
    z.object({
      PersonalID: str,
      FirstName: str.nullable(),
      LastName: str.nullable(),
      EnrollmentID: str,
      EntryDate: str,
      fix: str,
    }),
  ),
});

export const adminView = z.object({
  organizations: z.object({ total: n, victimServiceProviders: n }),
  users: z.object({ active: n, signedInThisWeek: n }),
  jobs: z.object({
    queued: n,
    running: n,
    done: n,
    failed: n,
    recentFailures: z.array(z.object({ id: str, title: str, finishedAt: str, error: str.nullable() })),
  }),
  importsExports: z.array(
    z.object({ id: str, kind: z.enum(['import', 'export']), title: str, status: str, queuedAt: str }),
  ),
  days: n,
});
