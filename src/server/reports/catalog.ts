// Every report on the framework. A new report adds its definition here (see docs/reports.md);
// routes, downloads, background runs, saved settings and schedules follow from this list.
import { userTrackerEs } from '../admin/user-tracker.es.ts';
import { userTrackerReport } from '../admin/user-tracker.report.ts';
import { annualAssessmentToolEs } from '../assessments/annual-assessment-tool.es.ts';
import { annualAssessmentToolReport } from '../assessments/annual-assessment-tool.report.ts';
import { duplicateCandidatesEs } from '../clients/duplicate-candidates.es.ts';
import { duplicateCandidatesReport } from '../clients/duplicate-candidates.report.ts';
import { clientMilestoneAgeEs } from '../enrollments/client-milestone.es.ts';
import { clientMilestoneAgeReport } from '../enrollments/client-milestone.report.ts';
import { bnlEs } from './bnl/bnl.es.ts';
import { bnlReport } from './bnl/bnl.report.ts';
import { clientsInProgramsEs } from './clients-in-programs/clients-in-programs.es.ts';
import { clientsInProgramsReport } from './clients-in-programs/clients-in-programs.report.ts';
import { dataEntryTimingEs } from './data-entry-timing/data-entry-timing.es.ts';
import { dataEntryTimingReport } from './data-entry-timing/data-entry-timing.report.ts';
import { dataExplorerEs } from './data-explorer/data-explorer.es.ts';
import { dataExplorerReport } from './data-explorer/data-explorer.report.ts';
import { VIEW_KEYS } from './framework/params.ts';
import type { ReportCatalog } from './framework/report-labels.ts';
import type { AnyReport } from './framework/types.ts';
import { missingAnnualsEs } from './missing-annuals/missing-annuals.es.ts';
import { missingAnnualsReport } from './missing-annuals/missing-annuals.report.ts';

// Each report with its own text in Spanish (the catalog beside it: framework/report-labels.ts).
const erase = <T>(def: T, spanish: ReportCatalog) => ({ ...def, spanish }) as unknown as AnyReport;

export const reports: AnyReport[] = [
  erase(bnlReport, bnlEs),
  erase(clientsInProgramsReport, clientsInProgramsEs),
  erase(dataEntryTimingReport, dataEntryTimingEs),
  erase(missingAnnualsReport, missingAnnualsEs),
  erase(dataExplorerReport, dataExplorerEs),
  erase(clientMilestoneAgeReport, clientMilestoneAgeEs),
  erase(annualAssessmentToolReport, annualAssessmentToolEs),
  erase(userTrackerReport, userTrackerEs),
  erase(duplicateCandidatesReport, duplicateCandidatesEs),
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
