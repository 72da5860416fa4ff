// Shapes of the enrollment API as the screens use them (HUD names as in the API).
import type { Assessment } from './answers.ts';

export type HouseholdMemberView = {
  EnrollmentID: string;
  PersonalID: string;
  FirstName: string | null;
  LastName: string | null;
  DOB: string | null;
  age: number | null;
  VeteranStatus: number;
  clientVersion: number;
  RelationshipToHoH: number;
  EntryDate: string;
  MoveInDate: string | null;
  DateOfEngagement: string | null;
  ExitDate: string | null;
  Destination: number | null;
  version: number;
  caseManagers: { userId: string; name: string }[];
};

export type AssessmentRef = {
  EnrollmentID: string;
  PersonalID: string;
  DataCollectionStage: number;
  InformationDate: string;
};

export type HouseholdView = {
  EnrollmentID: string;
  HouseholdID: string;
  project: {
    ProjectID: string;
    ProjectName: string;
    ProjectType: number | null;
    OrganizationID: string;
    OrganizationName: string;
    funders: number[];
    CoCCode: string | null;
  };
  members: HouseholdMemberView[];
  assessments: AssessmentRef[];
  annualWindow: { anniversary: string; opens: string; closes: string } | null;
};

export type ProjectOption = {
  ProjectID: string;
  ProjectName: string;
  ProjectType: number | null;
  OrganizationID: string;
  OrganizationName: string;
  funders: number[];
  cocCodes: string[];
  OperatingStartDate: string;
};

export type AnswersView = {
  DataCollectionStage: number | null;
  InformationDate: string | null;
  members: { EnrollmentID: string; PersonalID: string; assessment: Assessment }[];
};

/** A person as the workflow shows them (name, age) and the client version it read. */
export type Person = {
  PersonalID: string;
  FirstName: string | null;
  LastName: string | null;
  DOB: string | null;
  VeteranStatus: number;
  Sex?: number | null;
  version: number;
};

/** The people a workflow shows, with one of them redrawn. */
export const withPerson = (people: Record<string, Person>, id: string, redraw: (p: Person) => Person) => {
  const p = people[id];
  return p ? { ...people, [id]: redraw(p) } : people;
};

export const personName = (p: Pick<Person, 'FirstName' | 'LastName' | 'PersonalID'> | undefined) =>
  p ? [p.FirstName, p.LastName].filter(Boolean).join(' ') || `Client ${p.PersonalID}` : 'Unknown client';

export type Draft = {
  id: string;
  kind: 'intake' | 'assessment' | 'exit' | 'edit-entry' | 'edit-exit' | 'cas-intake' | 'referral-intake';
  step: string;
  PersonalID: string | null;
  EnrollmentID: string | null;
  organizationId: string | null;
  data: Record<string, unknown>;
  version: number;
};
