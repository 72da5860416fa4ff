// The columns of the CAS caseloads (My and Agency CAS Active Cases) and the prioritization list.
import { Anchor, Badge } from '@mantine/core';
import { Link } from 'react-router';
import { hudLabel } from '../../hud/codes.ts';
import { personName } from '../enrollments/types.ts';
import type { CasCase } from './cas-api.ts';
import type { Column } from './filter-sort-table.tsx';

const names = (r: CasCase) => r.caseManagers.map((m) => m.name).join(', ');
const ties = (r: CasCase) => r.areaTies.map((t) => t.name).join(', ');
const docs = (r: CasCase) => (r.documentCheck ? `${r.documentCheck.ready} of ${r.documentCheck.required}` : null);

export function casCaseColumns<T extends CasCase>(o: { organization?: boolean } = {}): Column<T>[] {
  return [
    {
      key: 'client',
      label: 'Client',
      value: (r) => personName(r),
      render: (r) => (
        <Anchor component={Link} to={`/cas/households/${r.EnrollmentID}`}>
          {personName(r)}
        </Anchor>
      ),
    },
    { key: 'id', label: 'Client ID', value: (r) => r.PersonalID },
    { key: 'size', label: 'Household', value: (r) => r.householdSize },
    ...(o.organization ? [{ key: 'org', label: 'Access point', value: (r: T) => r.ProjectName }] : []),
    { key: 'start', label: 'CAS enrollment', value: (r) => r.EntryDate },
    { key: 'days', label: 'Days active', value: (r) => r.daysActive },
    {
      key: 'assessment',
      label: 'Latest assessment',
      value: (r) =>
        r.AssessmentDate ? `${r.AssessmentDate} ${hudLabel('AssessmentLevel', r.AssessmentLevel) ?? ''}` : null,
    },
    {
      key: 'score',
      label: 'Score',
      value: (r) => (r.score !== null && /^-?\d+(\.\d+)?$/.test(r.score) ? Number(r.score) : r.score),
      render: (r) => (r.score === null ? '—' : `${r.score}${r.band ? ` (${r.band})` : ''}`),
    },
    {
      key: 'status',
      label: 'Prioritization status',
      value: (r) => hudLabel('PrioritizationStatus', r.PrioritizationStatus) ?? null,
    },
    { key: 'ties', label: 'Area ties', value: (r) => ties(r) || null },
    {
      key: 'event',
      label: 'Latest event',
      value: (r) => (r.Event === null ? null : `${r.EventDate} ${hudLabel('EventType', r.Event) ?? ''}`),
    },
    {
      key: 'awaiting',
      label: 'Referrals awaiting result',
      value: (r) => r.referralsAwaiting,
      render: (r) => (r.referralsAwaiting ? <Badge color="orange">{r.referralsAwaiting}</Badge> : '0'),
    },
    {
      key: 'docs',
      label: 'Document Check',
      value: docs,
      render: (r) =>
        r.documentCheck ? (
          <Anchor
            component={Link}
            to={`/clients/${r.PersonalID}/document-check`}
            title={
              r.documentCheck.missing.length ? `Missing: ${r.documentCheck.missing.join(', ')}` : 'Nothing missing'
            }
          >
            {docs(r)}
          </Anchor>
        ) : (
          '—'
        ),
    },
    {
      key: 'contact',
      label: 'Last contact',
      value: (r) => r.lastContact,
      render: (r) => `${r.lastContact} (${r.daysSinceContact} days)`,
    },
    { key: 'managers', label: 'CAS case manager', value: (r) => names(r) || null },
  ];
}
