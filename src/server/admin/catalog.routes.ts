// Set-up data every signed-in user reads (other features fill their pickers from these).
import { z } from 'zod';
import type { Feature } from '../features.ts';
import { notFound } from '../http/errors.ts';
import { listOrganizations } from './list-organizations.ts';
import { listProjects } from './list-projects.ts';
import { listServiceTypes } from './list-service-types.ts';
import { organizationSummary } from './organization.schema.ts';
import { projectSummary } from './project.schema.ts';
import { serviceTypeRecord } from './service-type.schema.ts';

const tags = ['set-up'];

export const catalogRoutes: Feature = (app, deps) => {
  const { db } = deps.database;
  app.get(
    '/api/organizations',
    {
      schema: {
        tags,
        description: 'Organizations that are not deleted, by name.',
        response: { 200: z.object({ items: z.array(organizationSummary) }) },
      },
    },
    async () => ({
      items: (await listOrganizations(db)).map((o) => ({
        OrganizationID: o.OrganizationID,
        OrganizationName: o.OrganizationName,
        OrganizationCommonName: o.OrganizationCommonName,
        VictimServiceProvider: o.VictimServiceProvider,
      })),
    }),
  );
  app.get(
    '/api/projects',
    {
      schema: {
        tags,
        description: 'Projects that are not deleted, by organization and name, with funders and CoC codes.',
        querystring: z.object({ organizationId: z.string().max(32).optional() }),
        response: { 200: z.object({ items: z.array(projectSummary) }) },
      },
    },
    async (req) => ({ items: await listProjects(db, req.query) }),
  );
  app.get(
    '/api/projects/:projectId',
    {
      schema: {
        tags,
        params: z.object({ projectId: z.string().min(1).max(32) }),
        response: { 200: projectSummary },
      },
    },
    async (req) => {
      const [project] = await listProjects(db, { projectId: req.params.projectId });
      if (!project) throw notFound('The project');
      return project;
    },
  );
  app.get(
    '/api/service-types',
    {
      schema: {
        tags,
        description: 'Active service types of the catalog, by category and name.',
        response: { 200: z.object({ items: z.array(serviceTypeRecord) }) },
      },
    },
    async () => ({ items: await listServiceTypes(db, { activeOnly: true }) }),
  );
};
