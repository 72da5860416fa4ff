// Home dashboards: one route per role's tiles. Each reads through the visibility rules; the
// routes that list clients audit the reads.
import { ctxOf } from '../auth/session-hook.ts';
import type { Feature } from '../features.ts';
import { readerLanguage } from '../http/reader-language.ts';
import { adminDashboard } from './admin-dashboard.ts';
import { caseManagerDashboard } from './case-manager-dashboard.ts';
import { dataQualityDashboard, dataQualityRecords } from './data-quality-dashboard.ts';
import { programManagerDashboard } from './program-manager-dashboard.ts';
import {
  adminView,
  caseManagerView,
  dataQualityRecordsView,
  dataQualityView,
  monthsQuery,
  periodQuery,
  programManagerView,
  recordsQuery,
} from './schemas.ts';

const tags = ['dashboard'];

export const dashboardRoutes: Feature = (app, deps) => {
  const { db } = deps.database;
  app.get(
    '/api/dashboard/case-manager',
    {
      schema: {
        tags,
        description:
          'The signed-in user’s Home tiles: active caseload, annual assessments due and overdue, paused workflows, unread notifications, recently viewed clients and APR Q6 problems in their clients (each with where to fix it).',
        response: { 200: caseManagerView },
      },
    },
    (req) => caseManagerDashboard(deps, ctxOf(req)),
  );
  app.get(
    '/api/dashboard/program-manager',
    {
      schema: {
        tags,
        description:
          'Program manager tiles for the organization worked as: caseload per case manager, bed and unit utilization per project against inventory over 12 months, entries and exits per month.',
        querystring: monthsQuery,
        response: { 200: programManagerView },
      },
    },
    (req) => programManagerDashboard(db, ctxOf(req), req.query, readerLanguage(req)),
  );
  app.get(
    '/api/dashboard/data-quality',
    {
      schema: {
        tags,
        description:
          'Data quality officer tiles: APR Q6a–Q6c (doesn’t know / missing / data issues per element) and Q6e timeliness per project of the user’s organizations, and a 12-month trend.',
        querystring: periodQuery,
        response: { 200: dataQualityView },
      },
    },
    (req) => dataQualityDashboard(deps, ctxOf(req), req.query, readerLanguage(req)),
  );
  app.get(
    '/api/dashboard/data-quality/records',
    {
      schema: {
        tags,
        description:
          'The clients behind one Q6 count of one project (those the user may see), with the screen that fixes each.',
        querystring: recordsQuery,
        response: { 200: dataQualityRecordsView },
      },
    },
    (req) => dataQualityRecords(deps, ctxOf(req), req.query),
  );
  app.get(
    '/api/dashboard/admin',
    {
      schema: {
        tags,
        description:
          'HMIS admin tiles: organizations, users signed in this week, jobs running and failed, recent imports and exports.',
        response: { 200: adminView },
      },
    },
    (req) => adminDashboard(db, ctxOf(req), readerLanguage(req)),
  );
};
