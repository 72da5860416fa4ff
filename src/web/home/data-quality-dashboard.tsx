// Home for data quality officers: APR Q6 per project (missing, "doesn't know" and data issues per
// element, timeliness of entry), a twelve-month trend, and the records behind any count with a
// link to fix each.

import { LineChart } from '@mantine/charts';
import { Alert, Anchor, Button, Loader, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { tKey } from '../i18n/keys.ts';
import { errorMessage } from '../lib/forms.ts';
import { ResponsiveTable } from '../lib/responsive-table.tsx';
import { Bars, ChartFigure, DRAWING_ONLY } from './chart-figure.tsx';
import {
  type DataQualityDashboard as Data,
  type RecordsKey,
  useDataQualityDashboard,
  useDataQualityRecords,
} from './dashboard-api.ts';
import classes from './element-table.module.css';
import { PeriodEnding } from './period-ending.tsx';
import { Tile } from './tile.tsx';

type Project = Data['projects'][number];
type Element = Project['elements'][number];
const PROBLEMS = [
  { key: 'dk', label: tKey('Client doesn’t know / prefers not to answer') },
  { key: 'missing', label: tKey('Information missing') },
  { key: 'issue', label: tKey('Data issues') },
  { key: 'any', label: tKey('Total') },
] as const;
const countOf = (e: Element, k: (typeof PROBLEMS)[number]['key']) => (k === 'any' ? e.total : e[k]);

function Records({ records }: { records: RecordsKey }) {
  const { t } = useTranslation('home');
  const q = useDataQualityRecords(records);
  if (q.isError) return <Alert color="red">{errorMessage(q.error)}</Alert>;
  if (!q.data) return <Loader aria-label={t('Loading the records')} />;
  const d = q.data;
  return (
    <Stack gap="xs" aria-live="polite">
      <Title order={3} size="h5">
        {d.element.label}: {t(PROBLEMS.find((p) => p.key === records.problem)?.label ?? '')}
      </Title>
      {d.counted > d.items.length && (
        <Text size="sm">
          {t(
            '{{hidden}} of the {{counted}} records counted are not shown (clients you may not see, or beyond the first 500).',
            {
              hidden: d.counted - d.items.length,
              counted: d.counted,
            },
          )}
        </Text>
      )}
      <ResponsiveTable striped>
        <thead>
          <tr>
            <th scope="col">{t('Client')}</th>
            <th scope="col">{t('Project start')}</th>
            <th scope="col">{t('Fix')}</th>
          </tr>
        </thead>
        <tbody>
          {d.items.map((r) => {
            const name = [r.FirstName, r.LastName].filter(Boolean).join(' ') || r.PersonalID;
            return (
              <tr key={r.EnrollmentID}>
                <td>
                  <Anchor component={Link} to={`/clients/${r.PersonalID}`}>
                    {name}
                  </Anchor>
                </td>
                <td>{r.EntryDate}</td>
                <td>
                  <Anchor
                    component={Link}
                    to={r.fix}
                    aria-label={t('Fix {{label}} of {{name}}', { label: d.element.label, name })}
                  >
                    {t('Fix')}
                  </Anchor>
                </td>
              </tr>
            );
          })}
        </tbody>
      </ResponsiveTable>
    </Stack>
  );
}

function ElementTable({ project, onPick }: { project: Project; onPick: (k: Omit<RecordsKey, 'to'>) => void }) {
  const { t } = useTranslation('home');
  return (
    <ResponsiveTable striped className={classes.table}>
      <caption>{t('APR Q6a–Q6c for {{ProjectName}}', { ProjectName: project.ProjectName })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('Data element')}</th>
          {PROBLEMS.map((p) => (
            <th key={p.key} scope="col" className={classes.count}>
              {t(p.label)}
            </th>
          ))}
          <th scope="col" className={classes.count}>
            {t('Issue rate')}
          </th>
        </tr>
      </thead>
      <tbody>
        {project.elements.map((e) => (
          <tr key={`${e.table}-${e.key}`}>
            <th scope="row">{e.label}</th>
            {PROBLEMS.map((p) => {
              const n = countOf(e, p.key);
              return (
                <td key={p.key} className={classes.count}>
                  {n === null ? (
                    '—'
                  ) : n === 0 ? (
                    0
                  ) : (
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      aria-label={t('{{n}} {{problem}}: {{label}}, show records', {
                        n,
                        problem: t(p.label).toLowerCase(),
                        label: e.label,
                      })}
                      onClick={() =>
                        onPick({ projectId: project.ProjectID, table: e.table, element: e.key, problem: p.key })
                      }
                    >
                      {n}
                    </Button>
                  )}
                </td>
              );
            })}
            <td className={classes.count}>{e.issueRate}%</td>
          </tr>
        ))}
      </tbody>
    </ResponsiveTable>
  );
}

export function DataQualityDashboard() {
  const { t } = useTranslation('home');
  const [to, setTo] = useState('');
  const q = useDataQualityDashboard(to);
  const [projectId, setProjectId] = useState('');
  const [records, setRecords] = useState<RecordsKey | null>(null);
  const picker = (
    <PeriodEnding
      value={to}
      onChange={(v) => {
        setTo(v);
        setRecords(null);
      }}
    />
  );
  if (q.isError)
    return (
      <Stack>
        {picker}
        <Alert color="red">{errorMessage(q.error)}</Alert>
      </Stack>
    );
  if (!q.data) return <Loader aria-label={t('Loading the data quality dashboard')} />;
  const d = q.data;
  // Until one is picked: the project with the most clients counted, so the tile opens on data.
  const busiest = d.projects.reduce<(typeof d.projects)[number] | undefined>(
    (best, p) => (!best || p.records > best.records ? p : best),
    undefined,
  );
  const project = d.projects.find((p) => p.ProjectID === projectId) ?? busiest;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <div style={{ gridColumn: '1 / -1' }}>{picker}</div>
      <Tile
        title={t('Data quality by project')}
        wide
        figure={project ? project.records : 0}
        figureLabel={t('clients counted, {{from}} to {{to}}', { from: d.from, to: d.to })}
        to="/reports"
        linkLabel={t('APR and other reports')}
      >
        {project ? (
          <Stack>
            <NativeSelect
              label={t('Project')}
              value={project.ProjectID}
              onChange={(e) => {
                setProjectId(e.currentTarget.value);
                setRecords(null);
              }}
              data={d.projects.map((p) => ({ value: p.ProjectID, label: `${p.ProjectName} (${p.OrganizationName})` }))}
              maw={480}
            />
            <ElementTable project={project} onPick={(k) => setRecords({ ...k, to: d.to })} />
            {records && <Records records={records} />}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('Your organizations have no projects.')}
          </Text>
        )}
      </Tile>
      {project && (
        <Tile title={t('Timeliness of entry')}>
          <ChartFigure
            title={t('Days from start or exit to entry in HMIS, {{ProjectName}}', { ProjectName: project.ProjectName })}
            summary={t('APR Q6e: how many project start and exit records were entered how many days after the event.')}
            chart={
              <Bars
                data={project.timeliness}
                dataKey="label"
                series={[
                  { name: 'starts', label: t('Project starts'), color: 'blue.8' },
                  { name: 'exits', label: t('Project exits'), color: 'orange.9' },
                ]}
              />
            }
            rows={project.timeliness}
            rowKey={(r) => r.label}
            columns={[
              { label: t('Time for record entry'), value: (r) => r.label },
              { label: t('Project starts'), value: (r) => r.starts },
              { label: t('Project exits'), value: (r) => r.exits },
            ]}
          />
        </Tile>
      )}
      <Tile title={t('Trend')}>
        <ChartFigure
          title={t('Records with a problem, and entered late, per month')}
          summary={t(
            'Of the clients who started in each month: the share with any Q6 problem, and the share entered more than three days after their start.',
          )}
          chart={
            <LineChart
              lineChartProps={DRAWING_ONLY}
              h={240}
              data={d.trend}
              dataKey="label"
              unit="%"
              withLegend
              legendProps={{ verticalAlign: 'bottom' }}
              series={[
                { name: 'problemRate', label: t('With a problem'), color: 'red.9' },
                { name: 'lateRate', label: t('Entered late'), color: 'blue.8', strokeDasharray: '8 4' },
              ]}
            />
          }
          rows={d.trend}
          rowKey={(r) => r.month}
          columns={[
            { label: t('Month'), value: (r) => r.label },
            { label: t('Clients started'), value: (r) => r.records },
            { label: t('With a problem'), value: (r) => `${r.problemRate}%` },
            { label: t('Entered late'), value: (r) => `${r.lateRate}%` },
          ]}
        />
      </Tile>
    </SimpleGrid>
  );
}
