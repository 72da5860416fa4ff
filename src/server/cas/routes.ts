// Coordinated Access API: CAS & Diversion intake, CE assessments and events, area ties,
// referrals and Incoming Housing Referrals, CAS caseloads, the prioritization list.
import { z } from 'zod';
import { ctxOf } from '../auth/session-hook.ts';
import { viewAfterChange } from '../enrollments/routes.ts';
import { householdView } from '../enrollments/schemas.ts';
import type { Feature } from '../features.ts';
import { readerLanguage } from '../http/reader-language.ts';
import { addAreaTie, areaTieInput, areaTieView, listAreaTies, removeAreaTie } from './area-ties.ts';
import { areaView, listAreas } from './areas.ts';
import { toolView } from './assessment-tool.schema.ts';
import { casIntakeSchema } from './cas-intake.schema.ts';
import { casIntake } from './cas-intake.ts';
// Registers the daily no-contact check with the job runner.
import './check-cas-no-contact.ts';
import { caseListQuery } from './case-list-columns.ts';
import { ceEventInput } from './ce-event.ts';
import { casHouseholdView, getCasHousehold } from './get-cas-household.ts';
import { getCasMe } from './get-cas-settings.ts';
import { intakeFromReferral, referralIntakeSchema } from './intake-from-referral.ts';
import { casCaseView, listAgencyCasCases, listMyCasCases } from './list-cas-cases.ts';
import { listAccessPoints, listReferralProjects } from './list-cas-projects.ts';
import { incomingQuery, incomingReferralView, listIncomingReferrals } from './list-incoming-referrals.ts';
import { pageOf } from './paged-list.ts';
import { prioritizationList, prioritizationQuery, queueRowView } from './prioritization-list.ts';
import { reassignCasCase, reassignInput } from './reassign-cas-case.ts';
import {
  editCeEvent,
  editCeEventInput,
  recordCeAssessment,
  recordCeAssessmentInput,
  recordCeEvent,
} from './record-ce-records.ts';
import { recordReferralOutcome, referralOutcomeInput } from './record-referral-outcome.ts';
import { referHousehold, referInput } from './refer-household.ts';
import { listAssessmentTools } from './save-assessment-tool.ts';
import { casMeView } from './settings.schema.ts';

const tags = ['CAS'];
const id = z.string().min(1).max(32);
const enrollmentParams = z.object({ id: id.describe("EnrollmentID of a household member's CAS enrollment") });
const created = z.object({ id: z.string() });
const ok = z.object({ ok: z.literal(true) });
const project = z.object({
  ProjectID: z.string(),
  ProjectName: z.string(),
  ProjectType: z.number().nullable(),
  OrganizationID: z.string(),
  OrganizationName: z.string(),
});

export const casRoutes: Feature = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/cas/me',
    { schema: { tags, description: 'Your CAS roles', response: { 200: casMeView } } },
    async (req) => getCasMe(db, ctxOf(req)),
  );
  app.get(
    '/api/cas/areas',
    { schema: { tags, description: 'The CoC’s active areas', response: { 200: z.array(areaView) } } },
    async () => listAreas(db, { activeOnly: true }),
  );
  app.get(
    '/api/cas/assessment-tools',
    { schema: { tags, description: 'The CoC’s active assessment tools', response: { 200: z.array(toolView) } } },
    async () => listAssessmentTools(db, { activeOnly: true }),
  );
  app.get(
    '/api/cas/access-points',
    {
      schema: {
        tags,
        description: 'CE access point projects of the organization you work as',
        response: { 200: z.array(project) },
      },
    },
    async (req) => listAccessPoints(db, ctxOf(req)),
  );
  app.get(
    '/api/cas/referral-projects',
    {
      schema: {
        tags,
        description: 'Housing projects that receive CE referrals today, with the 4.20 event a referral to each is',
        response: { 200: z.array(project.extend({ Event: z.number(), EventLabel: z.string() })) },
      },
    },
    async () => listReferralProjects(db),
  );

  app.post(
    '/api/cas/intakes',
    {
      schema: {
        tags,
        description:
          'CAS & Diversion intake: the household intake at a CE access point, with area ties, a 4.19 assessment and the decision (diverted, or placed on the queue). One transaction.',
        body: casIntakeSchema,
        response: { 201: householdView },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const enrollmentId = await casIntake(db, ctx, req.body);
      return reply.status(201).send(await viewAfterChange(deps, ctx, enrollmentId));
    },
  );

  app.get(
    '/api/cas/households/:id',
    { schema: { tags, params: enrollmentParams, response: { 200: casHouseholdView } } },
    async (req) => getCasHousehold(db, ctxOf(req), req.params.id),
  );
  app.post(
    '/api/cas/households/:id/assessments',
    {
      schema: {
        tags,
        description: 'Record a 4.19 assessment of the head of household (reassessment, placing on the queue)',
        params: enrollmentParams,
        body: recordCeAssessmentInput,
        response: { 201: created },
      },
    },
    async (req, reply) =>
      reply.status(201).send({ id: await recordCeAssessment(db, ctxOf(req), req.params.id, req.body) }),
  );
  app.post(
    '/api/cas/households/:id/events',
    {
      schema: {
        tags,
        description: 'Record a 4.20 event on the head of household’s CAS enrollment',
        params: enrollmentParams,
        body: ceEventInput,
        response: { 201: created },
      },
    },
    async (req, reply) => reply.status(201).send({ id: await recordCeEvent(db, ctxOf(req), req.params.id, req.body) }),
  );
  app.put(
    '/api/cas/events/:id',
    {
      schema: {
        tags,
        description: 'Edit a 4.20 event (referrals to projects get their outcome from the provider instead)',
        params: z.object({ id }),
        body: editCeEventInput,
        response: { 200: ok },
      },
    },
    async (req) => {
      await editCeEvent(db, ctxOf(req), req.params.id, req.body);
      return { ok: true as const };
    },
  );
  app.post(
    '/api/cas/households/:id/case-manager',
    {
      schema: {
        tags,
        description: 'Reassign the household’s active CAS case manager (program managers, CAS administrators)',
        params: enrollmentParams,
        body: reassignInput,
        response: { 200: ok },
      },
    },
    async (req) => {
      await reassignCasCase(db, ctxOf(req), req.params.id, req.body.userId);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/clients/:personalId/area-ties',
    { schema: { tags, params: z.object({ personalId: id }), response: { 200: z.array(areaTieView) } } },
    async (req) => listAreaTies(db, ctxOf(req), req.params.personalId),
  );
  app.post(
    '/api/clients/:personalId/area-ties',
    {
      schema: {
        tags,
        params: z.object({ personalId: id }),
        body: areaTieInput,
        response: { 201: z.array(areaTieView) },
      },
    },
    async (req, reply) => reply.status(201).send(await addAreaTie(db, ctxOf(req), req.params.personalId, req.body)),
  );
  app.delete(
    '/api/clients/:personalId/area-ties/:tieId',
    { schema: { tags, params: z.object({ personalId: id, tieId: id }), response: { 200: z.array(areaTieView) } } },
    async (req) => removeAreaTie(db, ctxOf(req), req.params.personalId, req.params.tieId),
  );

  app.get(
    '/api/cas/cases/mine',
    {
      schema: {
        tags,
        description: 'My CAS Active Cases: one page, sorted and filtered by column',
        querystring: caseListQuery,
        response: { 200: pageOf(casCaseView) },
      },
    },
    async (req) => listMyCasCases(db, ctxOf(req), { ...req.query, lang: readerLanguage(req) }),
  );
  app.get(
    '/api/cas/cases/agency',
    {
      schema: {
        tags,
        description:
          'Agency CAS Active Cases: every active case at the access points of your organizations; one page, sorted and filtered by column',
        querystring: caseListQuery,
        response: { 200: pageOf(casCaseView) },
      },
    },
    async (req) => listAgencyCasCases(db, ctxOf(req), { ...req.query, lang: readerLanguage(req) }),
  );
  app.get(
    '/api/cas/prioritization-list',
    {
      schema: {
        tags,
        description:
          'The by-name list of households on the queue (CAS administrators and prioritizing users): one page, in the list’s order (status, score, days since CAS enrollment) or sorted and filtered by column',
        querystring: prioritizationQuery,
        response: { 200: pageOf(queueRowView) },
      },
    },
    async (req) => prioritizationList(db, ctxOf(req), { ...req.query, lang: readerLanguage(req) }),
  );

  app.post(
    '/api/cas/referrals',
    {
      schema: {
        tags,
        description: 'Refer a household on the queue to a housing project (a 4.20 referral event)',
        body: referInput,
        response: { 201: created },
      },
    },
    async (req, reply) => reply.status(201).send({ id: await referHousehold(db, ctxOf(req), req.body) }),
  );
  app.get(
    '/api/cas/referrals/incoming',
    {
      schema: {
        tags,
        description: 'Incoming Housing Referrals to the projects of your organizations',
        querystring: incomingQuery,
        response: { 200: pageOf(incomingReferralView) },
      },
    },
    async (req) => listIncomingReferrals(db, ctxOf(req), { ...req.query, lang: readerLanguage(req) }),
  );
  app.post(
    '/api/cas/referrals/:id/outcome',
    {
      schema: {
        tags,
        description: 'Record the outcome of a referral without an intake (the provider, working as its organization)',
        params: z.object({ id: id.describe('The referral’s EventID') }),
        body: referralOutcomeInput,
        response: { 200: ok },
      },
    },
    async (req) => {
      await recordReferralOutcome(db, ctxOf(req), req.params.id, req.body);
      return { ok: true as const };
    },
  );
  app.post(
    '/api/cas/referrals/intake',
    {
      schema: {
        tags,
        description:
          'Start HMIS Intake from a referral, in one request: the household intake into the project referred to, which records "Successful referral: client accepted"',
        body: referralIntakeSchema,
        response: { 201: householdView },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const enrollmentId = await intakeFromReferral(db, ctx, req.body);
      return reply.status(201).send(await viewAfterChange(deps, ctx, enrollmentId));
    },
  );
};
