// Duplicate Candidates on the report framework: on screen with merge actions, downloads, schedules.
import { z } from 'zod';
import { defineReport } from '../reports/framework/types.ts';
import { type DuplicatePair, duplicateCandidates } from './duplicate-pairs.ts';

const name = (c: DuplicatePair['a']) => [c.FirstName, c.LastName].filter(Boolean).join(' ');

export const duplicateCandidatesReport = defineReport<Record<string, never>, DuplicatePair>({
  id: 'duplicate-candidates',
  title: 'Duplicate Candidates',
  rowsTitle: 'Duplicate candidates',
  group: 'Data quality',
  description:
    'Client records that may be one person: pairs users flagged, then pairs where two of SSN, name and date of birth agree.',
  roles: ['data_quality_officer'],
  parameters: z.object({}),
  query: (run) => duplicateCandidates(run.db, run.ctx),
  columns: [
    { key: 'clientA', label: 'Client A', type: 'text', value: (r) => r.a.PersonalID },
    { key: 'nameA', label: 'Name A', type: 'text', value: (r) => name(r.a) },
    { key: 'dobA', label: 'Date of birth A', type: 'text', value: (r) => r.a.dobDisplay },
    { key: 'ssnA', label: 'SSN A', type: 'text', value: (r) => r.a.ssnDisplay },
    { key: 'clientB', label: 'Client B', type: 'text', value: (r) => r.b.PersonalID },
    { key: 'nameB', label: 'Name B', type: 'text', value: (r) => name(r.b) },
    { key: 'dobB', label: 'Date of birth B', type: 'text', value: (r) => r.b.dobDisplay },
    { key: 'ssnB', label: 'SSN B', type: 'text', value: (r) => r.b.ssnDisplay },
    { key: 'why', label: 'Why', type: 'text', value: (r) => r.reasons.join(', ') },
    { key: 'flaggedBy', label: 'Flagged by', type: 'text', value: (r) => r.flag?.flaggedBy ?? null },
    { key: 'note', label: 'Note', type: 'text', value: (r) => r.flag?.note ?? null },
  ],
  clientIdKeys: ['clientA', 'clientB'],
  emptyMessage: 'No duplicate candidates.',
});
