// The intake workflow's values, as saved in its draft, and the POST /api/enrollments body
// they make at Finish.
import type { Assessment } from './answers.ts';
import type { Person } from './types.ts';

/** A person quick-added in the workflow: created with the household when it finishes. */
export type NewClient = { FirstName: string; LastName: string; DOB: string | null; Sex: number | null };

export type FamilyMember = {
  /** The client ID, or `new:…` for someone quick-added. */
  PersonalID: string;
  newClient?: NewClient;
  /** The user compared the possible duplicates and none of them is this person. */
  confirmedNotDuplicate?: boolean;
  RelationshipToHoH: number | null;
  /** Ticked on the HUD Program Enrollment page. */
  enroll: boolean;
  /** Only when different from the household's project start date. */
  EntryDate?: string;
  caseManagerUserId?: string;
  caseManagerName?: string;
};

export type IntakeValues = {
  household: FamilyMember[];
  people: Record<string, Person>;
  ProjectID?: string;
  EntryDate?: string;
  answers: Record<string, Assessment>;
};

export const emptyIntake = (): IntakeValues => ({ household: [], people: {}, answers: {} });

export const enrolled = (v: IntakeValues) => v.household.filter((m) => m.enroll);
export const isHead = (m: FamilyMember) => m.RelationshipToHoH === 1;

/** The API body; the head of household first. */
export function intakeInput(v: IntakeValues) {
  const members = [...enrolled(v)].sort((a, b) => Number(isHead(b)) - Number(isHead(a)));
  return {
    ProjectID: v.ProjectID,
    EntryDate: v.EntryDate,
    members: members.map((m) => ({
      ...(m.newClient
        ? { newClient: m.newClient, ...(m.confirmedNotDuplicate ? { confirmedNotDuplicate: true } : {}) }
        : { PersonalID: m.PersonalID }),
      RelationshipToHoH: m.RelationshipToHoH,
      ...(m.EntryDate && !isHead(m) && m.EntryDate !== v.EntryDate ? { EntryDate: m.EntryDate } : {}),
      ...(m.caseManagerUserId ? { caseManagerUserId: m.caseManagerUserId } : {}),
      ...(v.people[m.PersonalID] && !m.newClient ? { clientVersion: v.people[m.PersonalID]?.version } : {}),
      assessment: v.answers[m.PersonalID] ?? {},
    })),
  };
}

/** The person's position in the API body, which server messages (`members.<i>.…`) refer to. */
export const apiIndex = (v: IntakeValues, personalId: string) =>
  [...enrolled(v)].sort((a, b) => Number(isHead(b)) - Number(isHead(a))).findIndex((m) => m.PersonalID === personalId);
