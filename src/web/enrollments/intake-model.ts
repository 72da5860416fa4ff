// The intake workflow's values, as saved in its draft, and the POST /api/enrollments body
// they make at Finish.
import { type ClientFormValues, emptyClientForm, toClientBody, toClientPatch } from '../clients/client-fields.tsx';
import type { Assessment } from './answers.ts';
import type { Person } from './types.ts';

/** A person quick-added in the workflow (the Create client form): created when the workflow finishes. */
export type NewClient = ClientFormValues;

/** Corrections to an existing client's name, SSN, date of birth and race (Basic Client Information). */
export type ClientChanges = Partial<ClientFormValues>;

/** A quick-added person as saved (drafts from before every element was asked hold fewer fields). */
export const asNewClient = (c: Partial<Omit<NewClient, 'DOB'>> & { DOB?: string | null }): NewClient => ({
  ...emptyClientForm(),
  ...c,
  DOB: c.DOB ?? '',
});

/** How a workflow shows someone quick-added (name, age) until they are created. */
export const newPerson = (key: string, c: NewClient): Person => ({
  PersonalID: key,
  FirstName: c.FirstName || null,
  LastName: c.LastName || null,
  DOB: c.DOB || null,
  VeteranStatus: 99,
  Sex: c.Sex,
  version: 0,
});

/** The API's newClient: the clients API shape (veteran status is asked on Basic Client Information). */
export const newClientBody = (c: NewClient) => toClientBody(asNewClient(c), { withVeteran: false });

export type FamilyMember = {
  /** The client ID, or `new:…` for someone quick-added. */
  PersonalID: string;
  newClient?: NewClient;
  /** An existing client's corrections (only the fields changed). */
  clientChanges?: ClientChanges;
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
        ? { newClient: newClientBody(m.newClient), ...(m.confirmedNotDuplicate ? { confirmedNotDuplicate: true } : {}) }
        : { PersonalID: m.PersonalID }),
      ...(m.clientChanges && Object.keys(m.clientChanges).length ? { client: toClientPatch(m.clientChanges) } : {}),
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
