// Every report on the framework. A new report adds its definition here (see docs/reports.md);
// routes, downloads, background runs, saved settings and schedules follow from this list.
import { userTrackerReport } from '../admin/user-tracker.report.ts';
import { annualAssessmentToolReport } from '../assessments/annual-assessment-tool.report.ts';
import { duplicateCandidatesReport } from '../clients/duplicate-candidates.report.ts';
import { clientMilestoneAgeReport } from '../enrollments/client-milestone.report.ts';
import { bnlReport } from './bnl/bnl.report.ts';
import { clientsInProgramsReport } from './clients-in-programs/clients-in-programs.report.ts';
import { VIEW_KEYS } from './framework/params.ts';
import type { AnyReport } from './framework/types.ts';

const erase = <T>(def: T) => def as unknown as AnyReport;

export const reports: AnyReport[] = [
  erase(bnlReport),
  erase(clientsInProgramsReport),
  erase(clientMilestoneAgeReport),
  erase(annualAssessmentToolReport),
  erase(userTrackerReport),
  erase(duplicateCandidatesReport),
];

const byId = new Map(reports.map((r) => [r.id, r]));
if (byId.size !== reports.length) throw new Error('two reports share an id');
for (const r of reports) {
  if (r.id === 'options' || !/^[a-z0-9-]+$/.test(r.id)) throw new Error(`report id ${r.id} cannot be a URL name`);
  const clash = Object.keys((r.parameters as { shape?: object }).shape ?? {}).find((k) =>
    (VIEW_KEYS as readonly string[]).includes(k),
  );
  if (clash) throw new Error(`report ${r.id}: parameter ${clash} is a view name`);
}

export const reportById = (id: string): AnyReport | undefined => byId.get(id);
