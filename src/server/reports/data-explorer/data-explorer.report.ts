// Data Explorer on the report framework: a question (subject, columns, filters, grouping) over the
// records of the chosen organizations, shown, downloaded and scheduled like any report. Each run is
// audited with the clients it showed; hidden clients (VSP, restricted) never reach the query's rows.
import { z } from 'zod';
import { validationFailed } from '../../http/errors.ts';
import { flag, idList } from '../framework/params.ts';
import { defineReport, type ReportColumn } from '../framework/types.ts';
import { checkScope } from '../shared/enrollment-filters.ts';
import { displayValue, questionParams, refineQuestion, shownColumns } from './question.ts';
import { CLIENT_ID_KEY, type ExplorerParams, type ExplorerRow, runQuestion, subjectOf } from './run-question.ts';
import type { ExplorerColumn } from './subjects/subject.ts';

export const explorerParameters = z
  .object({
    ...questionParams,
    organizationIds: idList().describe('Which records do you want to include? Default: the organization you work as'),
    projectIds: idList().describe('Only records of these programs (subjects with programs)'),
    hidePii: flag().describe('Leave client names out of the screen and every download'),
  })
  .superRefine(refineQuestion);

const plural = (noun: string) => `${noun[0]?.toUpperCase()}${noun.slice(1)}s`;

function reportColumn(c: ExplorerColumn): ReportColumn<ExplorerRow> {
  const type = c.type === 'code' ? 'text' : c.type;
  return {
    key: c.key,
    label: c.label,
    type,
    pii: c.pii,
    ...(c.type === 'code' ? { value: (r: ExplorerRow) => displayValue(c, r[c.key]) as string | null } : {}),
  };
}

function catalogColumns(p: ExplorerParams): ExplorerColumn[] {
  const s = subjectOf(p);
  return shownColumns(p).flatMap((k) => s.columns.find((c) => c.key === k) ?? []);
}

export const dataExplorerReport = defineReport<ExplorerParams, ExplorerRow>({
  id: 'data-explorer',
  title: 'Data Explorer',
  rowsTitle: 'Records',
  group: 'Data Explorer',
  description:
    'Questions about clients, enrollments, exits, services, assessments, users or projects: chosen columns, filters, and counts per group.',
  roles: ['data_quality_officer'],
  parameters: explorerParameters,
  async check(run) {
    const s = subjectOf(run.params);
    if (run.params.projectIds.length && !s.ofProjects)
      throw validationFailed({ projectIds: `${s.label} are not recorded in programs: clear the programs` });
    await checkScope(run);
  },
  // A filter's value is typed text ("LastName equals …"): the audit keeps which columns were filtered, and how.
  auditParams: (p) => ({ ...p, filters: p.filters.map((f) => ({ column: f.column, op: f.op })) }),
  describe: (p) => {
    const s = subjectOf(p);
    const lines = [`Subject: ${s.label}`];
    if (p.organizationIds.length) lines.push(`Organizations: ${p.organizationIds.join(', ')}`);
    if (p.projectIds.length) lines.push(`Programs: ${p.projectIds.join(', ')}`);
    for (const f of p.filters) {
      const c = s.columns.find((x) => x.key === f.column);
      const value = f.value ?? f.values?.join(', ') ?? [f.from ?? f.min, f.to ?? f.max].filter(Boolean).join(' – ');
      lines.push(`Filter: ${c?.label ?? f.column} ${f.op.replace('_', ' ')} ${value}`.trim());
    }
    return lines;
  },
  columns: (p) => catalogColumns(p).map(reportColumn),
  clientIdKeys: [CLIENT_ID_KEY],
  query: runQuestion,
  summary: (p) => {
    if (!p.groupBy.length) return undefined;
    const s = subjectOf(p);
    const groups = p.groupBy.flatMap((k) => s.columns.find((c) => c.key === k) ?? []);
    return {
      groupLabel: () => groups.map((c) => c.label).join(' · '),
      groupOf: (r) => {
        const label = groups.map((c) => String(displayValue(c, r[c.key]) ?? '(none)')).join(' · ');
        return { key: label.slice(0, 200), label };
      },
      counts: [{ key: 'records', label: plural(s.noun) }],
    };
  },
  emptyMessage: 'No records match this question: check its filters and the organizations it includes.',
});
