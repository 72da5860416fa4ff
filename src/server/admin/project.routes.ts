import { z } from 'zod';
import { ctxOf } from '../auth/session-hook.ts';
import type { Feature } from '../features.ts';
import { versionQuery } from '../http/versions.ts';
import { createProject } from './create-project.ts';
import { deleteProject } from './delete-project.ts';
import { getProject } from './get-project.ts';
import { okSchema } from './hud-fields.ts';
import { listProjects } from './list-projects.ts';
import { projectInput, projectRecord, projectSummary, projectUpdate } from './project.schema.ts';
import { updateProject } from './update-project.ts';

const tags = ['admin: projects'];
const params = z.object({ projectId: z.string().min(1).max(32) });
const listQuery = z.object({ organizationId: z.string().max(32).optional() });

/** HUD 2.02 Project set-up with its CoC, funder, inventory and participation records (HMIS admin). */
export const projectAdminRoutes: Feature = (app, deps) => {
  app.get(
    '/api/admin/projects',
    { schema: { tags, querystring: listQuery, response: { 200: z.object({ items: z.array(projectSummary) }) } } },
    async (req) => ({ items: await listProjects(deps.database.db, req.query) }),
  );
  app.get(
    '/api/admin/projects/:projectId',
    { schema: { tags, params, response: { 200: projectRecord } } },
    async (req) => getProject(deps.database.db, req.params.projectId),
  );
  app.post(
    '/api/admin/projects',
    {
      schema: {
        tags,
        description: 'Creates a project with its CoC, funder, inventory and HMIS participation records at once.',
        body: projectInput,
        response: { 201: projectRecord },
      },
    },
    async (req, reply) => reply.code(201).send(await createProject(deps, ctxOf(req), req.body)),
  );
  app.put(
    '/api/admin/projects/:projectId',
    {
      schema: {
        tags,
        description:
          'Saves a project and its sub-records in one transaction: listed records with an ID are updated, ' +
          'new ones added, stored ones left out are deleted.',
        params,
        body: projectUpdate,
        response: { 200: projectRecord },
      },
    },
    async (req) => updateProject(deps, ctxOf(req), req.params.projectId, req.body),
  );
  app.delete(
    '/api/admin/projects/:projectId',
    { schema: { tags, params, querystring: versionQuery, response: { 200: okSchema } } },
    async (req) => {
      await deleteProject(deps, ctxOf(req), req.params.projectId, req.query.version);
      return { ok: true as const };
    },
  );
};
