// Jobs (status, progress, findings) and Saved Report Settings. The job runner starts with the app
// and stops when it closes.
import { z } from 'zod';
import { ctxOf } from '../auth/session-hook.ts';
import type { Feature } from '../features.ts';
import { readerLanguage } from '../http/reader-language.ts';
import { deleteReportSetting } from './delete-report-setting.ts';
import { jobIn } from './job-language.ts';
import { jobRunnerFor } from './job-runner.ts';
import { readableJob } from './job-view.ts';
import { listJobFindings } from './list-job-findings.ts';
import { listJobs } from './list-jobs.ts';
import { listReportSettings } from './list-report-settings.ts';
import { saveReportSetting } from './save-report-setting.ts';
import {
  findingQuery,
  findingView,
  jobListQuery,
  jobView,
  reportSettingInput,
  reportSettingUpdate,
  reportSettingView,
} from './schemas.ts';
import { updateReportSetting } from './update-report-setting.ts';

const idParams = z.object({ id: z.string().min(1).max(32) });

export const jobRoutes: Feature = (app, deps) => {
  const runner = jobRunnerFor(deps);
  app.addHook('onReady', () => runner.start());
  app.addHook('onClose', () => runner.stop());
  const { db } = deps.database;

  app.get(
    '/api/jobs',
    {
      schema: {
        tags: ['jobs'],
        description:
          'Background jobs (exports, imports, long reports) with status and progress: Files on Server and the Task List.',
        querystring: jobListQuery,
        response: { 200: z.object({ items: z.array(jobView), total: z.number() }) },
      },
    },
    async (req) => {
      const list = await listJobs(db, ctxOf(req), req.query);
      const lng = readerLanguage(req);
      return { ...list, items: list.items.map((j) => jobIn(j, lng)) };
    },
  );

  app.get(
    '/api/jobs/:id',
    {
      schema: {
        tags: ['jobs'],
        description:
          'One job: status (queued, running, done, failed), progress %, its output file and the reason it failed.',
        params: idParams,
        response: { 200: jobView },
      },
    },
    async (req) => jobIn(await readableJob(db, ctxOf(req), req.params.id), readerLanguage(req)),
  );

  app.get(
    '/api/jobs/:id/findings',
    {
      schema: {
        tags: ['jobs'],
        description: 'The problems a job (an import) found, by file, line and column.',
        params: idParams,
        querystring: findingQuery,
        response: { 200: z.object({ items: z.array(findingView), total: z.number() }) },
      },
    },
    (req) => listJobFindings(db, ctxOf(req), req.params.id, req.query),
  );

  app.get(
    '/api/saved-report-settings',
    {
      schema: {
        tags: ['jobs'],
        description: 'The signed-in user’s Saved Report Settings for one report.',
        querystring: z.object({ report: z.string().min(1).max(40) }),
        response: { 200: z.object({ items: z.array(reportSettingView) }) },
      },
    },
    async (req) => ({ items: await listReportSettings(db, ctxOf(req), req.query.report) }),
  );

  app.post(
    '/api/saved-report-settings',
    {
      schema: {
        tags: ['jobs'],
        description: 'Saves the current parameters of a report under a name.',
        body: reportSettingInput,
        response: { 201: reportSettingView },
      },
    },
    async (req, reply) => reply.status(201).send(await saveReportSetting(db, ctxOf(req), req.body)),
  );

  app.put(
    '/api/saved-report-settings/:id',
    {
      schema: {
        tags: ['jobs'],
        params: idParams,
        body: reportSettingUpdate,
        response: { 200: reportSettingView },
      },
    },
    (req) => updateReportSetting(db, ctxOf(req), req.params.id, req.body),
  );

  app.delete(
    '/api/saved-report-settings/:id',
    { schema: { tags: ['jobs'], params: idParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await deleteReportSetting(db, ctxOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
};
