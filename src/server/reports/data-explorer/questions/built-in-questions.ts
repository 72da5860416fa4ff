// Questions every Data Explorer user finds ready-made. The User Tracker is the seed's: how often
// users at an agency sign in to Hearth, and as which organization.
import type { Question } from '../question.ts';

export type BuiltInQuestion = { id: string; name: string; description: string; question: Question };

export const BUILT_IN_QUESTIONS: BuiltInQuestion[] = [
  {
    id: 'builtin-user-tracker',
    name: 'User Tracker',
    description: 'How often users at your agency sign in to Hearth, and which organization they last signed in as.',
    question: {
      subject: 'users',
      columns: ['ActiveStatus', 'UserID', 'UserName', 'Email', 'LastLoginOrganization', 'CreatedAt', 'LastLoginAt'],
      filters: [],
      groupBy: [],
    },
  },
  {
    id: 'builtin-enrollments-by-project',
    name: 'Open enrollments per project',
    description: 'Enrollments with no exit, counted per project.',
    question: {
      subject: 'enrollments',
      columns: ['PersonalID', 'FirstName', 'LastName', 'EntryDate'],
      filters: [{ column: 'ExitDate', op: 'is_empty' }],
      groupBy: ['ProjectName'],
    },
  },
];
