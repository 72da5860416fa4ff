// The CSV Export form's state: defaults, and saved settings read back into it.
import { dateRange } from '../../../server/reports/framework/date-ranges.ts';
import { tKey } from '../../i18n/keys.ts';

export type Form = {
  sourceEndpoint: 'full' | 'rhy' | 'ssvf';
  sourceType: string;
  cocCode: string | null;
  /** The predefined date range the dates came from; null once a date is typed. */
  range: string | null;
  startDate: string;
  endDate: string;
  exportDate: string;
  organizationIds: string[];
  allOrganizations: boolean;
  projectIds: string[];
  grantIds: string[];
  excludeDeleted: boolean;
  cocFilter: string | null;
  assessmentTypes: string[];
  aftercareWithin180Days: boolean;
  servicesWithinEnrollment: boolean;
  hashed: boolean;
};

export const initial = (): Form => ({
  sourceEndpoint: 'full',
  sourceType: '1',
  cocCode: null,
  range: 'last_fiscal_year',
  ...(dateRange('last_fiscal_year') ?? { startDate: '', endDate: '' }),
  exportDate: '',
  organizationIds: [],
  allOrganizations: false,
  projectIds: [],
  grantIds: [],
  excludeDeleted: true,
  cocFilter: null,
  assessmentTypes: [],
  aftercareWithin180Days: false,
  servicesWithinEnrollment: false,
  hashed: false,
});

/** Labels are translation keys of the 'reports' namespace: translate them where they are shown. */
export const ASSESSMENT_TYPES = [
  { value: 'entry', label: tKey('Project start (entry)') },
  { value: 'update', label: tKey('Update (during program)') },
  { value: 'annual', label: tKey('Annual assessment') },
  { value: 'exit', label: tKey('Project exit') },
  { value: 'post_exit', label: tKey('Post-exit (follow-up)') },
];

// Saved parameters back into the form's shape (lists of ids, checkboxes, text dates).
export function fromSaved(p: Record<string, unknown>): Partial<Form> {
  const out: Partial<Form> = {};
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
  if (typeof p.sourceEndpoint === 'string') out.sourceEndpoint = p.sourceEndpoint as Form['sourceEndpoint'];
  if (p.sourceType !== undefined) out.sourceType = String(p.sourceType);
  if (typeof p.cocCode === 'string') out.cocCode = p.cocCode;
  for (const k of ['startDate', 'endDate', 'exportDate'] as const)
    if (typeof p[k] === 'string') out[k] = p[k] as string;
  if (out.startDate || out.endDate) out.range = null;
  for (const k of ['organizationIds', 'projectIds', 'grantIds', 'assessmentTypes'] as const) out[k] = list(p[k]);
  for (const k of [
    'allOrganizations',
    'excludeDeleted',
    'aftercareWithin180Days',
    'servicesWithinEnrollment',
    'hashed',
  ] as const) {
    if (typeof p[k] === 'boolean') out[k] = p[k] as boolean;
  }
  if (typeof p.cocFilter === 'string') out.cocFilter = p.cocFilter;
  return out;
}
