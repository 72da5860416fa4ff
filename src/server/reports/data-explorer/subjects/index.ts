// Every subject the Data Explorer can ask about, in the order the screen offers them.
import { clientsSubject, enrollmentsSubject, exitsSubject } from './clients.ts';
import { assessmentsSubject, servicesSubject } from './records.ts';
import { projectsSubject, usersSubject } from './setup.ts';
import type { Subject } from './subject.ts';

export const SUBJECTS: Subject[] = [
  clientsSubject,
  enrollmentsSubject,
  exitsSubject,
  servicesSubject,
  assessmentsSubject,
  usersSubject,
  projectsSubject,
];

export const SUBJECT_IDS = SUBJECTS.map((s) => s.id) as [string, ...string[]];

const byId = new Map(SUBJECTS.map((s) => [s.id, s]));
export const subjectById = (id: string): Subject | undefined => byId.get(id);
