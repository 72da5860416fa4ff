// Reports → HMIS Exports → CSV Export FY2026: the seed's launch form. Running it queues a job;
// the zip appears under Files on Server.
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { hudOptions } from '../../../hud/codes.ts';
import { hasRole, useMe } from '../../auth/session.tsx';
import { tKey } from '../../i18n/keys.ts';
import { api } from '../../lib/api.ts';
import { fieldErrors } from '../../lib/forms.ts';
import { DateRangeSelect } from '../framework/date-range-select.tsx';
import { SavedSettings } from '../framework/saved-settings.tsx';
import { ASSESSMENT_TYPES, type Form, fromSaved, initial } from './export-form.ts';

type Options = {
  organizations: { id: string; name: string }[];
  projects: { id: string; name: string; organizationId: string }[];
  grants: { grantId: string; projectId: string; funder: number }[];
  cocCodes: string[];
  canExportAll: boolean;
};

export function CsvExportPage() {
  const { t } = useTranslation('reports');
  const me = useMe();
  const navigate = useNavigate();
  const allowed = hasRole(me, 'program_manager') || hasRole(me, 'data_quality_officer');
  const options = useQuery({
    queryKey: ['hmis-csv-export-options'],
    queryFn: () => api.get<Options>('/api/hmis-csv/export-options'),
    enabled: allowed,
  });
  const [form, setForm] = useState<Form>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => ({ ...f, [k]: v }));
  // Like the other report forms, it opens on the organization the user is working as.
  const current = options.data?.organizations.find((x) => x.id === me?.currentOrganizationId)?.id;
  useEffect(() => {
    if (current) setForm((f) => (f.organizationIds.length ? f : { ...f, organizationIds: [current] }));
  }, [current]);

  if (!allowed) {
    return (
      <Alert color="yellow">
        {t('CSV exports need the program manager, data quality officer or HMIS admin role.')}
      </Alert>
    );
  }
  const o = options.data;
  const orgs = form.allOrganizations ? (o?.organizations.map((x) => x.id) ?? []) : form.organizationIds;
  const projects = (o?.projects ?? []).filter((p) => orgs.includes(p.organizationId));
  const projectIds = new Set(form.projectIds.length ? form.projectIds : projects.map((p) => p.id));
  const grants = [...new Set((o?.grants ?? []).filter((g) => projectIds.has(g.projectId)).map((g) => g.grantId))];

  function body(): Record<string, unknown> {
    return {
      sourceEndpoint: form.sourceEndpoint,
      sourceType: Number(form.sourceType),
      cocCode: form.cocCode ?? undefined,
      startDate: form.startDate,
      endDate: form.endDate,
      exportDate: form.exportDate || undefined,
      ...(form.allOrganizations ? { allOrganizations: true } : { organizationIds: form.organizationIds }),
      projectIds: form.projectIds.length ? form.projectIds : undefined,
      grantIds: form.grantIds.length ? form.grantIds : undefined,
      excludeDeleted: form.excludeDeleted,
      cocFilter: form.cocFilter ?? undefined,
      assessmentTypes: form.assessmentTypes.length ? form.assessmentTypes : undefined,
      aftercareWithin180Days: form.aftercareWithin180Days,
      servicesWithinEnrollment: form.servicesWithinEnrollment,
      hashed: form.hashed,
    };
  }

  async function run() {
    setBusy(true);
    setErrors({});
    try {
      await api.post<{ jobId: string }>('/api/hmis-csv/exports', body());
      navigate('/reports/files');
    } catch (e) {
      setErrors(inUsersWords(fieldErrors(e), t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack>
      <Title order={1}>{t('CSV Export FY2026')}</Title>
      <Text c="dimmed" size="sm">
        {t(
          "The HMIS CSV in HUD's FY2026 format: a zip of 24 files. The export runs in the background and appears on Files on Server.",
        )}
      </Text>
      <SavedSettings
        report="hmis_csv_export"
        current={body}
        onUse={(p) => setForm({ ...initial(), ...fromSaved(p) })}
      />
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Select
            label={t('Source endpoint')}
            value={form.sourceEndpoint}
            allowDeselect={false}
            onChange={(v) => set('sourceEndpoint', (v ?? 'full') as Form['sourceEndpoint'])}
            data={[
              { value: 'full', label: t('CSV Export (all projects and elements)') },
              { value: 'rhy', label: t('RHY Export') },
              { value: 'ssvf', label: t('SSVF Export') },
            ]}
          />
          <Select
            label={t('Source type')}
            value={form.sourceType}
            allowDeselect={false}
            onChange={(v) => set('sourceType', v ?? '1')}
            data={hudOptions('SourceType')}
          />
          <Select
            label={t('Continuum of Care code')}
            required={form.sourceType === '1'}
            clearable
            value={form.cocCode}
            onChange={(v) => set('cocCode', v)}
            data={o?.cocCodes ?? []}
            error={errors.cocCode}
          />
          <DateRangeSelect
            chosen={form.range}
            dates={form}
            onChoose={(range, d) => setForm((f) => ({ ...f, range, ...d }))}
          />
          <TextInput
            type="date"
            label={t('Enrollments active from')}
            required
            value={form.startDate}
            onChange={(e) => setForm({ ...form, startDate: e.currentTarget.value, range: null })}
            error={errors.startDate}
          />
          <TextInput
            type="date"
            label={t('Enrollments active to')}
            required
            value={form.endDate}
            onChange={(e) => setForm({ ...form, endDate: e.currentTarget.value, range: null })}
            error={errors.endDate}
          />
          <TextInput
            type="date"
            label={t('Export date')}
            value={form.exportDate}
            onChange={(e) => set('exportDate', e.currentTarget.value)}
          />
          <Select
            label={t('CoC filter')}
            clearable
            value={form.cocFilter}
            onChange={(v) => set('cocFilter', v)}
            data={o?.cocCodes ?? []}
          />
          <MultiSelect
            label={t('Organizations')}
            required={!form.allOrganizations}
            disabled={form.allOrganizations}
            searchable
            value={form.organizationIds}
            onChange={(v) => set('organizationIds', v)}
            data={(o?.organizations ?? []).map((x) => ({ value: x.id, label: x.name }))}
            error={errors.organizationIds}
          />
          <MultiSelect
            label={t('Programs')}
            searchable
            clearable
            value={form.projectIds}
            onChange={(v) => set('projectIds', v)}
            data={projects.map((p) => ({ value: p.id, label: p.name }))}
            error={errors.projectIds}
          />
          <MultiSelect
            label={t('Grants')}
            searchable
            clearable
            value={form.grantIds}
            onChange={(v) => set('grantIds', v)}
            data={grants}
            error={errors.grantIds}
          />
          <MultiSelect
            label={t('Assessment types')}
            clearable
            value={form.assessmentTypes}
            onChange={(v) => set('assessmentTypes', v)}
            data={ASSESSMENT_TYPES.map((a) => ({ value: a.value, label: t(a.label) }))}
          />
        </SimpleGrid>
        <Stack mt="md" gap="xs">
          {o?.canExportAll && (
            <Checkbox
              label={t('All organizations')}
              checked={form.allOrganizations}
              onChange={(e) => set('allOrganizations', e.currentTarget.checked)}
            />
          )}
          <Checkbox
            label={t('Exclude deleted records')}
            checked={form.excludeDeleted}
            onChange={(e) => set('excludeDeleted', e.currentTarget.checked)}
          />
          <Checkbox
            label={t('Exclude aftercare collected more than 180 days after exit')}
            checked={form.aftercareWithin180Days}
            onChange={(e) => set('aftercareWithin180Days', e.currentTarget.checked)}
          />
          <Checkbox
            label={t('Exclude services outside the enrollment dates')}
            checked={form.servicesWithinEnrollment}
            onChange={(e) => set('servicesWithinEnrollment', e.currentTarget.checked)}
          />
          <Checkbox
            label={t('Hashed PII (SHA-256)')}
            checked={form.hashed}
            onChange={(e) => set('hashed', e.currentTarget.checked)}
          />
        </Stack>
      </Card>
      {errors._form && <Alert color="red">{errors._form}</Alert>}
      <Group>
        <Button onClick={run} loading={busy}>
          {t('Run Export')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The form's labels by field (translation keys of the 'reports' namespace). */
const FIELD_LABELS: Record<string, string> = {
  cocCode: tKey('Continuum of Care code'),
  startDate: tKey('Enrollments active from'),
  endDate: tKey('Enrollments active to'),
  organizationIds: tKey('Organizations'),
  projectIds: tKey('Programs'),
  grantIds: tKey('Grants'),
};

/** The banner names the fields as the form labels them (each message also shows beside its field). */
function inUsersWords(errors: Record<string, string>, t: TFunction<'reports'>): Record<string, string> {
  const fields = Object.entries(errors).filter(([k]) => k !== '_form');
  if (!fields.length) return errors;
  const banner = fields.map(([k, m]) => `${FIELD_LABELS[k] ? t(FIELD_LABELS[k]) : t('A field')}: ${m}`).join(' · ');
  return { ...errors, _form: banner };
}
