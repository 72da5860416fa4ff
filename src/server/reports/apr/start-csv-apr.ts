// Queues a CSV-APR / CSV-CAPER run after checking everything a user can get wrong: the dates, the
// projects they may report on, that someone was served, and the validation file's password.
import { recordAudit } from '../../audit/record-audit.ts';
import { passwordProblem } from '../../auth/password.ts';
import { type Deps, readDatabase } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { validationFailed } from '../../http/errors.ts';
import { jobRunnerFor } from '../../jobs/job-runner.ts';
import type { CsvAprParams } from './csv-apr-params.ts';
import { requireReportableProjects } from './report-access.ts';
import { CSV_APR_JOB, type CsvAprJobParameters } from './run-csv-apr-job.ts';
import { countServed } from './universe/count-served.ts';

function checkValidationPassword(ctx: RequestContext, p: CsvAprParams) {
  if (!p.generateValidationFile || p.acceptUnencrypted) return;
  if (!p.validationPassword) {
    throw validationFailed({
      validationPassword: 'Enter a password for the validation file, or accept responsibility for an unencrypted file',
    });
  }
  const problem = passwordProblem(ctx.user.username, p.validationPassword);
  if (problem)
    throw validationFailed({ validationPassword: problem.replace(/^Password/, 'The validation file password') });
}

export async function startCsvApr(deps: Deps, ctx: RequestContext, p: CsvAprParams): Promise<string> {
  checkValidationPassword(ctx, p);
  const projectIds = [...new Set(p.projectIds)];
  const projects = await requireReportableProjects(deps.database.db, ctx, projectIds);
  const served = await countServed(readDatabase(deps).raw, { startDate: p.startDate, endDate: p.endDate, projectIds });
  if (served === 0) {
    throw validationFailed({
      startDate: `Nobody was served by the chosen project${projectIds.length > 1 ? 's' : ''} between ${p.startDate} and ${p.endDate}`,
    });
  }
  // The password is never stored with the job (job parameters are readable in the database).
  const parameters: CsvAprJobParameters = {
    reportType: p.reportType,
    startDate: p.startDate,
    endDate: p.endDate,
    projectIds,
    generateValidationFile: p.generateValidationFile,
    acceptUnencrypted: p.acceptUnencrypted,
    clientDataOrganizationIds: [
      ...new Set(projects.filter((x) => x.victimServiceProvider).map((x) => x.organizationId)),
    ],
  };
  if (p.generateValidationFile && p.acceptUnencrypted) {
    await recordAudit(deps.database.db, ctx, {
      action: 'apr.validation_unencrypted_accepted',
      entityType: 'report',
      detail: { reportType: p.reportType, projects: projectIds.length },
    });
  }
  return jobRunnerFor(deps).enqueue({
    kind: CSV_APR_JOB,
    title: `CSV-${p.reportType} FY2026, ${p.startDate} to ${p.endDate}`,
    ownerId: ctx.user.id,
    organizationId: ctx.user.currentOrganizationId,
    parameters,
  });
}
