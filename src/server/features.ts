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
import type { Deps } from './app.ts';
import { auditRoutes } from './audit/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { clientRoutes } from './clients/routes.ts';
import { fileRoutes } from './files/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { hmisCsvRoutes } from './hmis-csv/routes.ts';
import { jobRoutes } from './jobs/routes.ts';

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
  adminRoutes,
  jobRoutes,
  fileRoutes,
  hmisCsvRoutes,
  clientRoutes,
];
