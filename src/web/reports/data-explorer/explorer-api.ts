// The Data Explorer's form and what the server tells it (src/server/reports/data-explorer/).
import type { QuestionFilter } from '../../../server/reports/data-explorer/question.ts';
import type { QuestionView } from '../../../server/reports/data-explorer/questions/schemas.ts';

export type { QuestionFilter, QuestionView };

export type SubjectColumn = {
  key: string;
  label: string;
  type: string;
  pii?: string;
  ops: { value: string; label: string }[];
  codes?: { value: string; label: string }[];
};
export type SubjectView = {
  id: string;
  label: string;
  hasPrograms: boolean;
  defaults: string[];
  columns: SubjectColumn[];
};

/** The launch form: filters travel as JSON text, as the report's querystring takes them. */
export type ExplorerForm = {
  subject: string;
  columns: string[];
  groupBy: string[];
  filters: string;
  organizationIds: string[];
  projectIds: string[];
  hidePii: boolean;
};

export const readFilters = (text: string): QuestionFilter[] => {
  try {
    const v: unknown = JSON.parse(text || '[]');
    return Array.isArray(v) ? (v as QuestionFilter[]) : [];
  } catch {
    return [];
  }
};

/** A saved question's parts in the form, keeping the organizations chosen. */
export function formFromQuestion(
  q: Record<string, unknown>,
  keep: Pick<ExplorerForm, 'organizationIds'>,
): ExplorerForm {
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
  return {
    subject: String(q.subject ?? 'clients'),
    columns: list(q.columns),
    groupBy: list(q.groupBy),
    filters: JSON.stringify(Array.isArray(q.filters) ? q.filters : []),
    organizationIds: keep.organizationIds,
    projectIds: [],
    hidePii: false,
  };
}
