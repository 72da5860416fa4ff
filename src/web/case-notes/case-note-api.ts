// What the case-note screens read from the server.
import type { Service } from '../services/service-api.ts';

export type CaseNote = {
  id: string;
  PersonalID: string;
  noteDate: string;
  title: string;
  note: string;
  readOnly: boolean;
  EnrollmentID: string | null;
  ProjectName: string | null;
  author: { id: string; name: string };
  serviceCount: number;
  canEdit: boolean;
  canUnlock: boolean;
  canDelete: boolean;
  version: number;
};

export type CaseNoteDetail = CaseNote & { services: Service[] };

export type ServiceRow = {
  key: number;
  EnrollmentID: string;
  serviceTypeId: string;
  DateProvided: string;
  units: number | string;
  unitValue: number | string;
};
