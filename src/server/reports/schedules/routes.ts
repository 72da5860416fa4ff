// My Scheduled Reports: list, create, edit (pause and resume are edits), delete.
import { z } from 'zod';
import { ctxOf } from '../../auth/session-hook.ts';
import type { Deps } from '../../deps.ts';
import type { ZApp } from '../../features.ts';
import { deleteSchedule } from './delete-schedule.ts';
import { createSchedule, updateSchedule } from './save-schedule.ts';
import { listSchedules } from './schedule-view.ts';
import { scheduleInput, scheduleUpdate, scheduleView } from './schemas.ts';

const tags = ['reports'];
const params = z.object({ id: z.string().min(1).max(32) });

export async function scheduleRoutes(app: ZApp, deps: Deps) {
  const { db } = deps.database;
  app.get(
    '/api/report-schedules',
    {
      schema: {
        tags,
        description: 'The signed-in user’s scheduled reports, with the last run.',
        response: { 200: z.object({ items: z.array(scheduleView) }) },
      },
    },
    async (req) => ({ items: await listSchedules(db, ctxOf(req)) }),
  );
  app.post(
    '/api/report-schedules',
    {
      schema: {
        tags,
        description:
          'Schedules a report with its parameters: once at runAt, or daily / weekly / monthly from runAt. Each run’s file lands on the owner’s Files on Server.',
        body: scheduleInput,
        response: { 201: scheduleView },
      },
    },
    async (req, reply) => reply.status(201).send(await createSchedule(db, ctxOf(req), req.body)),
  );
  app.put(
    '/api/report-schedules/:id',
    {
      schema: {
        tags,
        description: 'Edit, pause or resume a schedule.',
        params,
        body: scheduleUpdate,
        response: { 200: scheduleView },
      },
    },
    async (req) => updateSchedule(db, ctxOf(req), req.params.id, req.body),
  );
  app.delete(
    '/api/report-schedules/:id',
    { schema: { tags, params, response: { 204: z.null() } } },
    async (req, reply) => {
      await deleteSchedule(db, ctxOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
}
