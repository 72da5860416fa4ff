// Admin → CAS: settings, roles and provider contacts; the area list; assessment tools.
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf, requireRole } from '../auth/session-hook.ts';
import type { Feature } from '../features.ts';
import { areaInput, areaUpdate, areaView, createArea, listAreas, updateArea } from './areas.ts';
import { toolInput, toolUpdate, toolView } from './assessment-tool.schema.ts';
import { getCasSettings } from './get-cas-settings.ts';
import { createAssessmentTool, listAssessmentTools, updateAssessmentTool } from './save-assessment-tool.ts';
import { casSettingsInput, casSettingsView } from './settings.schema.ts';
import { updateCasSettings } from './update-cas-settings.ts';

const tags = ['admin: CAS'];
const idParams = z.object({ id: z.string().min(1).max(32) });

export const casAdminRoutes: Feature = async (app, deps) => {
  const { db } = deps.database;
  await app.register(async (plain) => {
    // Checked before the body is validated, so a non-admin learns nothing from field errors.
    plain.addHook('preValidation', async (req) => requireRole(ctxOf(req), 'hmis_admin'));
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    scope.get('/api/admin/cas/settings', { schema: { tags, response: { 200: casSettingsView } } }, async () =>
      getCasSettings(db),
    );
    scope.put(
      '/api/admin/cas/settings',
      { schema: { tags, body: casSettingsInput, response: { 200: casSettingsView } } },
      async (req) => updateCasSettings(db, ctxOf(req), req.body),
    );
    scope.get(
      '/api/admin/cas/areas',
      { schema: { tags, description: 'Every area, active or not', response: { 200: z.array(areaView) } } },
      async () => listAreas(db, { activeOnly: false }),
    );
    scope.post(
      '/api/admin/cas/areas',
      { schema: { tags, body: areaInput, response: { 201: areaView } } },
      async (req, reply) => reply.status(201).send(await createArea(db, ctxOf(req), req.body)),
    );
    scope.put(
      '/api/admin/cas/areas/:id',
      { schema: { tags, params: idParams, body: areaUpdate, response: { 200: areaView } } },
      async (req) => updateArea(db, ctxOf(req), req.params.id, req.body),
    );
    scope.get(
      '/api/admin/cas/assessment-tools',
      { schema: { tags, description: 'Every tool, active or not', response: { 200: z.array(toolView) } } },
      async () => listAssessmentTools(db, { activeOnly: false }),
    );
    scope.post(
      '/api/admin/cas/assessment-tools',
      { schema: { tags, body: toolInput, response: { 201: toolView } } },
      async (req, reply) => reply.status(201).send(await createAssessmentTool(db, ctxOf(req), req.body)),
    );
    scope.put(
      '/api/admin/cas/assessment-tools/:id',
      { schema: { tags, params: idParams, body: toolUpdate, response: { 200: toolView } } },
      async (req) => updateAssessmentTool(db, ctxOf(req), req.params.id, req.body),
    );
  });
};
