// The admin feature: set-up screens' API (HMIS admin only) and the set-up lists every user reads.
// (The User Tracker report is served by the report framework: user-tracker.report.ts.)
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ctxOf, requireRole } from '../auth/session-hook.ts';
import type { Feature } from '../features.ts';
import { catalogRoutes } from './catalog.routes.ts';
import { organizationAdminRoutes } from './organization.routes.ts';
import { projectAdminRoutes } from './project.routes.ts';
import { serviceTypeAdminRoutes } from './service-type.routes.ts';
import { userAdminRoutes } from './user.routes.ts';

export const adminRoutes: Feature = async (app, deps) => {
  await catalogRoutes(app, deps);
  await app.register(async (scope) => {
    // Checked before the body is validated, so a non-admin learns nothing from field errors.
    scope.addHook('preValidation', async (req) => requireRole(ctxOf(req), 'hmis_admin'));
    const admin = scope.withTypeProvider<ZodTypeProvider>();
    await organizationAdminRoutes(admin, deps);
    await projectAdminRoutes(admin, deps);
    await userAdminRoutes(admin, deps);
    await serviceTypeAdminRoutes(admin, deps);
  });
};
