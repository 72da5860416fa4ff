// Home for program managers: caseloads per case manager, bed and unit utilization per project
// against inventory, entries and exits per month — each a chart with its table.

import { BarChart, LineChart } from '@mantine/charts';
import { Alert, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/forms.ts';
import { Bars, ChartFigure, DRAWING_ONLY } from './chart-figure.tsx';
import { type ProgramManagerDashboard as Data, useProgramManagerDashboard } from './dashboard-api.ts';
import { PeriodEnding } from './period-ending.tsx';
import { Tile } from './tile.tsx';

/** Distinct colours and dash patterns, so lines differ without colour. */
export const SERIES_STYLES = [
  { color: 'blue.8', strokeDasharray: undefined },
  { color: 'orange.9', strokeDasharray: '8 4' },
  { color: 'teal.9', strokeDasharray: '2 3' },
  { color: 'grape.8', strokeDasharray: '12 3 3 3' },
  { color: 'gray.8', strokeDasharray: '4 8' },
] as const;
const styleOf = (i: number) => SERIES_STYLES[i % SERIES_STYLES.length] ?? SERIES_STYLES[0];
const pct = (v: number | null) => (v === null ? 'no inventory' : `${v}%`);

function Utilization({ utilization }: { utilization: Data['utilization'] }) {
  const { t } = useTranslation('home');
  const months = utilization[0]?.months ?? [];
  const data = months.map((m, i) => ({
    label: m.label,
    ...Object.fromEntries(utilization.map((p) => [p.ProjectName, p.months[i]?.bedUtilization ?? null])),
  }));
  const rows = months.map((m, i) => ({ label: m.label, month: m.month, index: i }));
  return (
    <ChartFigure
      title={t('Bed utilization by project')}
      summary={t(
        'Average persons per night as a share of beds in inventory, per month of the last twelve; the table adds units.',
      )}
      chart={
        <LineChart
          lineChartProps={DRAWING_ONLY}
          h={260}
          data={data}
          dataKey="label"
          unit="%"
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          connectNulls={false}
          series={utilization.map((p, i) => ({ name: p.ProjectName, ...styleOf(i) }))}
        />
      }
      rows={rows}
      rowKey={(r) => r.month}
      columns={[
        { label: t('Month'), value: (r) => r.label },
        ...utilization.flatMap((p) => [
          {
            label: t('{{ProjectName}}: beds used', { ProjectName: p.ProjectName }),
            value: (r: (typeof rows)[number]) => {
              const m = p.months[r.index];
              return m ? `${pct(m.bedUtilization)} (${m.averagePersons} of ${m.beds})` : '';
            },
          },
          {
            label: t('{{ProjectName}}: units used', { ProjectName: p.ProjectName }),
            value: (r: (typeof rows)[number]) => {
              const m = p.months[r.index];
              return m ? `${pct(m.unitUtilization)} (${m.averageHouseholds} of ${m.units})` : '';
            },
          },
        ]),
      ]}
    />
  );
}

export function ProgramManagerDashboard() {
  const { t } = useTranslation('home');
  const [to, setTo] = useState('');
  const q = useProgramManagerDashboard(to);
  const picker = <PeriodEnding value={to} onChange={setTo} />;
  if (q.isError)
    return (
      <Stack>
        {picker}
        <Alert color="red">{errorMessage(q.error)}</Alert>
      </Stack>
    );
  if (!q.data) return <Loader aria-label={t('Loading the program dashboard')} />;
  const d = q.data;
  const assigned = d.caseloads.reduce((s, c) => s + c.clients, 0);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <div style={{ gridColumn: '1 / -1' }}>{picker}</div>
      <Tile
        title={t('Caseloads')}
        figure={assigned}
        figureLabel={t('clients assigned')}
        to="/my-case-assignments"
        linkLabel={t('Case assignments')}
      >
        <ChartFigure
          title={t('Active clients per case manager')}
          summary={t('Clients each user of your organization is the active case manager of.')}
          chart={
            <BarChart
              barChartProps={DRAWING_ONLY}
              h={Math.max(160, 36 * d.caseloads.length)}
              data={d.caseloads}
              dataKey="name"
              orientation="vertical"
              yAxisProps={{ width: 120 }}
              withBarValueLabel
              series={[{ name: 'clients', label: t('Active clients'), color: 'blue.8' }]}
            />
          }
          rows={d.caseloads}
          rowKey={(r) => r.userId}
          columns={[
            { label: t('Case manager'), value: (r) => r.name },
            { label: t('Active clients'), value: (r) => r.clients },
          ]}
        />
      </Tile>
      <Tile title={t('Entries and exits')} to="/reports/clients-in-programs" linkLabel={t('Clients in Programs')}>
        <ChartFigure
          title={t('Entries and exits per month')}
          summary={t("Project starts and exits in your organization's projects, per month of the last twelve.")}
          chart={
            <Bars
              h={260}
              data={d.entriesExits}
              dataKey="label"
              series={[
                { name: 'entries', label: t('Entries'), color: 'blue.8' },
                { name: 'exits', label: t('Exits'), color: 'orange.9' },
              ]}
            />
          }
          rows={d.entriesExits}
          rowKey={(r) => r.month}
          columns={[
            { label: t('Month'), value: (r) => r.label },
            { label: t('Entries'), value: (r) => r.entries },
            { label: t('Exits'), value: (r) => r.exits },
          ]}
        />
      </Tile>
      <Tile
        title={t('Bed and unit utilization')}
        wide
        to="/reports/bnl/active-client-list"
        linkLabel={t('Active Client List')}
      >
        {d.utilization.length ? (
          <Utilization utilization={d.utilization} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('No project of your organization has beds in inventory.')}
          </Text>
        )}
      </Tile>
    </SimpleGrid>
  );
}
