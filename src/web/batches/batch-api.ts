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
  flag: 'ready' | 'no_open_enrollment' | 'duplicate' | 'posted';
  flagLabel: string;
};

export type Summary = { ready: number; noOpenEnrollment: number; duplicate: number; posted: number };
export type Review = { batch: Batch; entries: Entry[]; summary: Summary };
