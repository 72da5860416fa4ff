// What the batch screens read from the server.
export type Batch = {
  id: string;
  name: string;
  ProjectName: string;
  serviceName: string;
  DateProvided: string;
  units: number;
  unitValue: number;
  status: 'open' | 'posted';
  postedAt: string | null;
  postedCount: number | null;
  createdBy: { name: string };
  entryCount: number;
  version: number;
};

export type Entry = {
  id: string;
  PersonalID: string;
  FirstName: string | null;
  LastName: string | null;
  flag: 'ready' | 'no_open_enrollment' | 'duplicate' | 'already_served' | 'posted';
  flagLabel: string;
  /** Why a flagged entry will not be posted. */
  flagReason: string | null;
};

export type Summary = {
  ready: number;
  noOpenEnrollment: number;
  duplicate: number;
  alreadyServed: number;
  posted: number;
};
export type Review = { batch: Batch; entries: Entry[]; summary: Summary };
