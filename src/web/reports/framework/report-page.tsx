// The one screen every report has: saved settings, the report's own launch form, "Report" (see
// it now) and "Schedule Report", then the results (sortable, filterable, counts that open onto
// their clients) with Excel / PDF / CSV downloads. A report page supplies only its form fields.
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useState } from 'react';
import { api } from '../../lib/api.ts';
import { fieldErrors } from '../../lib/forms.ts';
import { Downloads } from './downloads.tsx';
import { type Params, type ReportResult, reportUrl, type View } from './report-api.ts';
import { ResultsTable, type Row } from './results-table.tsx';
import { SavedSettings } from './saved-settings.tsx';
import { ScheduleDialog } from './schedule-dialog.tsx';
import { SummaryTable } from './summary-table.tsx';

/** The first page with no sort or filter: the same query ResultsTable starts with, so it runs once. */
const FIRST_PAGE: View = { sort: undefined, dir: undefined, filters: {}, page: 1 };

export type FieldsProps<P> = {
  params: P;
  set: <K extends keyof P>(key: K, value: P[K]) => void;
  errors: Record<string, string>;
};

export function ReportPage<P extends Params>({
  reportId,
  title,
  intro,
  help,
  initial,
  fields,
  autoRun = false,
  rowActions,
  savedSettings = true,
}: {
  reportId: string;
  title: string;
  intro: ReactNode;
  help?: ReactNode;
  initial: P;
  fields: (props: FieldsProps<P>) => ReactNode;
  /** Cheap reports run as the parameters change; others wait for "Report". */
  autoRun?: boolean;
  rowActions?: (row: Row) => ReactNode;
  /** false: the page saves its own way (the Data Explorer's questions), without Saved Report Settings. */
  savedSettings?: boolean;
}) {
  const qc = useQueryClient();
  const [params, setParams] = useState<P>(initial);
  const [ran, setRan] = useState<P | null>(null);
  const [scheduling, setScheduling] = useState(false);
  const [view, setView] = useState<View>({});
  const onView = useCallback((v: View) => setView(v), []);
  const shown = autoRun ? params : ran;
  const head = useQuery({
    queryKey: ['report', reportId, shown, FIRST_PAGE],
    queryFn: () => api.get<ReportResult>(reportUrl(reportId, shown ?? {}, FIRST_PAGE)),
    enabled: shown !== null,
    retry: false,
  });
  const errors = head.error ? fieldErrors(head.error) : {};
  const set = <K extends keyof P>(key: K, value: P[K]) => setParams((p) => ({ ...p, [key]: value }));

  function report() {
    if (JSON.stringify(ran) === JSON.stringify(params)) qc.invalidateQueries({ queryKey: ['report', reportId] });
    else setRan({ ...params });
  }

  const r = head.data;
  return (
    <Stack>
      <Title order={1}>{title}</Title>
      <Text c="dimmed">{intro}</Text>
      {savedSettings && (
        <SavedSettings report={reportId} current={() => params} onUse={(p) => setParams({ ...initial, ...p } as P)} />
      )}
      <Card withBorder>
        <Stack>
          {fields({ params, set, errors })}
          {help}
          <Group>
            {!autoRun && (
              <Button onClick={report} loading={head.isFetching && !r}>
                Report
              </Button>
            )}
            <Button variant="default" onClick={() => setScheduling(true)}>
              Schedule Report
            </Button>
          </Group>
        </Stack>
      </Card>
      {errors._form && <Alert color="red">{errors._form}</Alert>}
      {shown && r && (
        <Stack>
          {r.notes.map((n) => (
            <Alert key={n} color="blue">
              {n}
            </Alert>
          ))}
          {r.empty ? (
            <Alert color="yellow">{r.empty}</Alert>
          ) : (
            <>
              <Downloads reportId={reportId} params={shown} view={view} />
              {r.summary ? (
                <SummaryTable
                  reportId={reportId}
                  params={shown}
                  summary={r.summary}
                  title={title}
                  rowActions={rowActions}
                />
              ) : (
                <ResultsTable reportId={reportId} params={shown} rowActions={rowActions} onView={onView} />
              )}
            </>
          )}
        </Stack>
      )}
      {scheduling && (
        <ScheduleDialog
          opened
          onClose={() => setScheduling(false)}
          reportId={reportId}
          reportTitle={title}
          parameters={params}
        />
      )}
    </Stack>
  );
}
