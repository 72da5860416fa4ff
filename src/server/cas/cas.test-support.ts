// Test helpers for CAS: a household through the CAS & Diversion intake, answers to the demo tool.
import { sql } from 'drizzle-orm';
import type { TestApp } from '../../../test/support/test-app.ts';
import { AssessmentType } from '../../hud/codes.ts';
import { addClient, adultEntryAnswers, bornYearsAgo, childEntryAnswers } from '../enrollments/fixtures.test-support.ts';

/** Answers to the demo Housing Needs Assessment that score 3 + 2 + 2 + 1 + 0 = 8 ("Medium"). */
export const demoAnswers = (): { questionId: string; value: string | null }[] => [
  { questionId: 'sleep', value: 'sleep-1' },
  { questionId: 'length', value: 'length-3' },
  { questionId: 'health', value: 'health-1' },
  { questionId: 'er', value: 'er-2' },
  { questionId: 'safety', value: 'safety-2' },
  { questionId: 'notes', value: 'Prefers east side' },
];

export const demoAssessment = (date: string, answers = demoAnswers()) => ({
  toolId: 'TOOL-HNA',
  AssessmentDate: date,
  AssessmentLocation: 'Coordinated Entry Hub, front desk',
  AssessmentType: AssessmentType.InPerson,
  answers,
});

export type CasFamily = {
  hoh: string;
  child?: string;
  EnrollmentID: string;
  members: { EnrollmentID: string; PersonalID: string; version: number }[];
};

/** A CAS & Diversion intake at the demo access point; `decision` defaults to the queue. */
export async function casIntakeBody(
  t: TestApp,
  o: { EntryDate: string; withChild?: boolean; lastName?: string; cas?: Record<string, unknown> },
) {
  const hoh = await addClient(t.database, { FirstName: 'Dee', LastName: o.lastName ?? 'Queue', DOB: bornYearsAgo(41) });
  const child = o.withChild
    ? await addClient(t.database, { FirstName: 'Kit', LastName: o.lastName ?? 'Queue', DOB: bornYearsAgo(6) })
    : undefined;
  const members = [
    { PersonalID: hoh, RelationshipToHoH: 1, assessment: adultEntryAnswers() },
    ...(child ? [{ PersonalID: child, RelationshipToHoH: 2, assessment: childEntryAnswers() }] : []),
  ];
  return {
    hoh,
    child,
    body: {
      ProjectID: 'PRJ-CE',
      EntryDate: o.EntryDate,
      members,
      cas: o.cas ?? {
        areaTies: [{ areaId: 'AREA-02', tieKind: 'family', note: 'Sister lives there' }],
        assessment: demoAssessment(o.EntryDate),
        decision: { outcome: 'queue' },
      },
    },
  };
}

export async function casIntake(
  t: TestApp,
  cookie: string,
  o: Parameters<typeof casIntakeBody>[1],
): Promise<CasFamily> {
  const { hoh, child, body } = await casIntakeBody(t, o);
  const res = await t.as(cookie).post('/api/cas/intakes', body);
  if (res.statusCode !== 201) throw new Error(`CAS intake failed: ${res.statusCode} ${res.body}`);
  const h = res.json();
  return { hoh, child, EnrollmentID: h.EnrollmentID, members: h.members };
}

/** The clients audited as read by the user in a list (`view`), oldest first. */
export async function auditedReads(t: TestApp, userId: string, view: string): Promise<string[]> {
  const res = (await t.database.db.execute(sql`SELECT client_id FROM audit_event WHERE action = 'client.read'
    AND user_id = ${userId} AND detail->>'view' = ${view} ORDER BY id`)) as unknown as {
    rows: { client_id: string }[];
  };
  return res.rows.map((r) => r.client_id);
}
