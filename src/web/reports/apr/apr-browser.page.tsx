// Reports → HUD Reports → APR / CAPER browser: the report on screen, question by question, every
// count a link to the clients behind it; Excel and PDF of the whole report.
import { Alert, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AprView } from '../../../server/reports/apr/browse/apr-view.ts';
import { api } from '../../lib/api.ts';
import { errorMessage, fieldErrors } from '../../lib/forms.ts';
import { type AprForm, AprParamsFields, initialAprForm } from './apr-params.tsx';
import { AprTable } from './apr-table.tsx';
import { CellClients, type Drill } from './cell-clients.tsx';

export function AprBrowserPage() {
  const { t } = useTranslation('reports');
  const [reportType, setReportType] = useState<'APR' | 'CAPER'>('APR');
  const [form, setForm] = useState<AprForm>(initialAprForm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [view, setView] = useState<AprView | null>(null);
  const [drill, setDrill] = useState<Drill | null>(null);
  // A run reopened from Files on Server (?saved=<its job>): its own tables and clients.
  const [search] = useSearchParams();
  const [savedRunId, setSavedRunId] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const onChange = useCallback((f: AprForm) => setForm(f), []);
  const params = {
    reportType,
    startDate: form.startDate,
    endDate: form.endDate,
    projectIds: form.projectIds,
    ...(savedRunId ? { savedRunId } : {}),
  };

  useEffect(() => {
    const saved = search.get('saved');
    if (!saved) return;
    api
      .get<{
        params: { reportType: 'APR' | 'CAPER'; startDate: string; endDate: string; projectIds: string[] };
        view: AprView;
      }>(`/api/reports/apr/saved/${encodeURIComponent(saved)}`)
      .then((r) => {
        setReportType(r.params.reportType);
        setForm((f) => ({
          ...f,
          startDate: r.params.startDate,
          endDate: r.params.endDate,
          projectIds: r.params.projectIds,
        }));
        setSavedRunId(saved);
        setView(r.view);
      })
      .catch((e) => setErrors({ _form: errorMessage(e) }));
  }, [search]);

  async function save() {
    try {
      await api.post('/api/reports/apr/save', params);
      setNote(t('Saving the run: it will appear on Files on Server, where you can open it again.'));
    } catch (e) {
      setErrors(fieldErrors(e));
    }
  }

  async function show() {
    setBusy(true);
    setErrors({});
    setView(null);
    setSavedRunId(null);
    setNote(null);
    try {
      const { savedRunId: _saved, ...live } = params;
      setView(await api.post<AprView>('/api/reports/apr/view', live));
    } catch (e) {
      setErrors(fieldErrors(e));
    } finally {
      setBusy(false);
    }
  }

  const query = new URLSearchParams({ reportType, startDate: form.startDate, endDate: form.endDate });
  for (const id of form.projectIds) query.append('projectIds', id);
  if (savedRunId) query.set('savedRunId', savedRunId);

  return (
    <Stack>
      <Title order={1}>{t('APR / CAPER FY2026')}</Title>
      <Text c="dimmed" size="sm">
        {t(
          "HUD's Annual Performance Report (CoC) or CAPER (ESG) on screen. Select a number to see the clients it counts.",
        )}
      </Text>
      <Card withBorder>
        <Stack>
          <SegmentedControl
            value={reportType}
            onChange={(v) => setReportType(v as 'APR' | 'CAPER')}
            data={[
              { value: 'APR', label: 'APR' },
              { value: 'CAPER', label: t('CAPER') },
            ]}
            w={200}
          />
          <AprParamsFields form={form} onChange={onChange} errors={errors} />
        </Stack>
      </Card>
      {errors._form && <Alert color="red">{errors._form}</Alert>}
      {note && <Alert color="blue">{note}</Alert>}
      {savedRunId && view && <Alert color="gray">{t('A saved run, as it was when saved.')}</Alert>}
      <Group>
        <Button onClick={show} loading={busy}>
          {t('Show report')}
        </Button>
        {view && (
          <>
            <Button component="a" variant="default" href={`/api/reports/apr/download?${query}&format=xlsx`} download>
              {t('Download {{format}}', { format: 'Excel' })}
            </Button>
            <Button component="a" variant="default" href={`/api/reports/apr/download?${query}&format=pdf`} download>
              {t('Download {{format}}', { format: 'PDF' })}
            </Button>
            {!savedRunId && (
              <Button variant="default" onClick={save}>
                {t('Save to Files on Server')}
              </Button>
            )}
          </>
        )}
      </Group>
      {view && (
        <Stack>
          <Text size="sm">
            {t('{{report}} for {{start}} to {{end}}: {{count}} clients.', {
              report: view.reportType,
              start: view.startDate,
              end: view.endDate,
              count: view.clients,
            })}
          </Text>
          {view.tables.map((t) => (
            <AprTable key={t.id} table={t} onDrill={(row, column) => setDrill({ table: t.id, row, column })} />
          ))}
        </Stack>
      )}
      {drill && view && (
        <CellClients params={{ ...params, reportType: view.reportType }} drill={drill} onClose={() => setDrill(null)} />
      )}
    </Stack>
  );
}
