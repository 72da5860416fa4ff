// The feature route plugins, in one list. A feature adds itself here and nowhere else.
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { adminRoutes } from './admin/routes.ts';
import { assessmentRoutes } from './assessments/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { batchRoutes } from './batches/routes.ts';
import { casAdminRoutes } from './cas/admin.routes.ts';
import { casRoutes } from './cas/routes.ts';
import { caseAssignmentRoutes } from './case-assignments/routes.ts';
import { caseNoteRoutes } from './case-notes/routes.ts';
import { clientRoutes } from './clients/routes.ts';
import type { Deps } from './deps.ts';
import { documentCheckRoutes } from './document-check/routes.ts';
import { reentryRoutes } from './enrollments/reentry-routes.ts';
import { enrollmentRoutes } from './enrollments/routes.ts';
import { fileRoutes } from './files/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { hmisCsvRoutes } from './hmis-csv/routes.ts';
import { jobRoutes } from './jobs/routes.ts';
import { notificationRoutes } from './notifications/routes.ts';
import { aprRoutes } from './reports/apr/routes.ts';
import { reportsFeature } from './reports/routes.ts';
import { servicesRoutes } from './services/routes.ts';
import { workflowRoutes } from './workflows/routes.ts';

export type ZApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
export type Feature = (app: ZApp, deps: Deps) => void | Promise<void>;

export const features: Feature[] = [
  healthRoutes,
  authRoutes,
  auditRoutes,
  enrollmentRoutes,
  reentryRoutes,
  assessmentRoutes,
  caseAssignmentRoutes,
  workflowRoutes,
  adminRoutes,
  servicesRoutes,
  batchRoutes,
  caseNoteRoutes,
  jobRoutes,
  notificationRoutes,
  documentCheckRoutes,
  fileRoutes,
  hmisCsvRoutes,
  reportsFeature,
  aprRoutes,
  clientRoutes,
  casRoutes,
  casAdminRoutes,
];
