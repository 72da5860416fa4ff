// The audit trail's Details as "label: value" lines. Only plain values are shown: nested records
// (a Data Explorer question's filters, CAS provider contacts) show as a count, so free text they
// may hold (a filter's value can be a client's name) never reaches the screen. The server keeps
// PII out of details; this keeps it off the screen should a nested value ever carry some.
import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { HudListName } from '../../hud/codes.ts';
import { tKey } from '../i18n/keys.ts';
import { useHudLabels } from '../lib/hud-labels.ts';

/** What a detail key means; a key not listed shows as itself (they are code names, never data). */
const DETAIL_LABELS: Record<string, string> = {
  view: tKey('Screen'),
  via: tKey('Through'),
  kind: tKey('Kind'),
  reason: tKey('Reason'),
  changed: tKey('Fields changed'),
  records: tKey('Sub-records'),
  roles: tKey('Roles'),
  organizationIds: tKey('Organizations'),
  organizationId: tKey('Organization'),
  OrganizationID: tKey('Organization'),
  ProjectID: tKey('Project'),
  projectIds: tKey('Projects'),
  ProjectType: tKey('Project type'),
  RelationshipToHoH: tKey('Relationship to head of household'),
  EnrollmentID: tKey('Enrollment'),
  enrollmentId: tKey('Enrollment'),
  HouseholdID: tKey('Household'),
  ExitID: tKey('Exit'),
  ExitDate: tKey('Exit date'),
  daysSinceExit: tKey('Days since exit'),
  moved: tKey('Date moved'),
  requestId: tKey('Request'),
  userId: tKey('User'),
  startDate: tKey('Start date'),
  endDate: tKey('End date'),
  from: tKey('From'),
  to: tKey('To'),
  rows: tKey('Rows'),
  count: tKey('Count'),
  total: tKey('Total'),
  format: tKey('Format'),
  language: tKey('Language'),
  attempt: tKey('Attempt'),
  minutes: tKey('Minutes'),
  sessionsEnded: tKey('Sessions ended'),
  usersRemoved: tKey('Users removed'),
  VictimServiceProvider: tKey('Victim service provider'),
  Event: tKey('Event'),
  ReferralResult: tKey('Referral result'),
  PrioritizationStatus: tKey('Prioritization status'),
  fields: tKey('Fields'),
  personalIds: tKey('Clients'),
  clients: tKey('Clients'),
};

/** Keys whose values are HUD codes, shown with HUD's label. */
const HUD_KEYS: Record<string, HudListName> = {
  ProjectType: 'ProjectType',
  RelationshipToHoH: 'RelationshipToHoH',
  VictimServiceProvider: 'NoYes',
  Event: 'EventType',
  ReferralResult: 'ReferralResult',
  PrioritizationStatus: 'PrioritizationStatus',
};

/** Most items of a list written out; the rest are counted. */
const LIST_MAX = 5;
type Scalar = string | number | boolean | null;
const isScalar = (v: unknown): v is Scalar => v === null || ['string', 'number', 'boolean'].includes(typeof v);

export type DetailLine = { key: string; label: string; value: string };

/** The lines Details shows, in the reader's words (`t`, `hud` for HUD codes). */
export function detailLines(
  detail: Record<string, unknown>,
  t: TFunction,
  hud: (list: HudListName, code: number | string) => string | undefined,
): DetailLine[] {
  const one = (key: string, v: Scalar): string => {
    if (v === null) return '—';
    if (typeof v === 'boolean') return v ? t('Yes') : t('No');
    const list = HUD_KEYS[key];
    const label = list ? hud(list, v) : undefined;
    return label ? `${label} (${v})` : String(v);
  };
  return Object.entries(detail).map(([key, v]) => {
    const label = DETAIL_LABELS[key] ? t(DETAIL_LABELS[key]) : key;
    if (isScalar(v)) return { key, label, value: one(key, v) };
    if (Array.isArray(v) && v.every(isScalar)) {
      const shown = v.slice(0, LIST_MAX).map((x) => one(key, x));
      const more = v.length - shown.length;
      const text = v.length ? shown.join(', ') : '—';
      return { key, label, value: more ? t('{{list}} and {{more}} more', { list: text, more }) : text };
    }
    const n = Array.isArray(v) ? v.length : Object.keys(v ?? {}).length;
    return { key, label, value: t('{{count}} items', { count: n }) };
  });
}

export function AuditDetail({ detail }: { detail: Record<string, unknown> }) {
  const { t } = useTranslation('admin');
  const { hudLabel } = useHudLabels();
  return (
    <>
      {detailLines(detail, t, hudLabel).map((l) => (
        <Text key={l.key} size="xs">
          {l.label}: {l.value}
        </Text>
      ))}
    </>
  );
}
