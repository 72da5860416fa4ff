// A chart with its numbers as a table: the chart is drawn for sighted users (series told apart by
// labels, values on bars and dash patterns, not colour alone), the table is what screen readers
// read, and anyone can switch to it with "Show as table".

import { BarChart } from '@mantine/charts';
import { Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../lib/responsive-table.tsx';

export type Column<T> = { label: string; value: (row: T) => ReactNode };

export function ChartFigure<T>(props: {
  title: string;
  /** One sentence saying what the chart shows, read before the table. */
  summary: string;
  chart: ReactNode;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
}) {
  const { t } = useTranslation('home');
  const [asTable, setAsTable] = useState(false);
  const captionId = useId();
  const table = (
    <ResponsiveTable striped aria-describedby={captionId}>
      <caption>{props.title}</caption>
      <thead>
        <tr>
          {props.columns.map((c) => (
            <th key={c.label} scope="col">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={props.rowKey(r)}>
            {props.columns.map((c) => (
              <td key={c.label}>{c.value(r)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </ResponsiveTable>
  );
  return (
    <Stack component="figure" gap="xs" m={0}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Title order={3} size="h5">
          {props.title}
        </Title>
        <Button
          variant="subtle"
          size="compact-sm"
          style={{ flexShrink: 0 }}
          onClick={() => setAsTable((v) => !v)}
          aria-pressed={asTable}
        >
          {asTable ? t('Show as chart') : t('Show as table')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" id={captionId} component="figcaption">
        {props.summary}
      </Text>
      {asTable ? (
        table
      ) : (
        <>
          <div aria-hidden="true">{props.chart}</div>
          <VisuallyHidden>{table}</VisuallyHidden>
        </>
      )}
    </Stack>
  );
}

/** Charts are drawings here (the table is what assistive technology reads): no keyboard layer. */
export const DRAWING_ONLY = { accessibilityLayer: false } as const;

/** A bar chart of one or more series, each labelled (legend and values on the bars). */
export function Bars(props: {
  data: Record<string, unknown>[];
  dataKey: string;
  series: { name: string; label: string; color: string }[];
  h?: number;
}) {
  return (
    <BarChart
      barChartProps={DRAWING_ONLY}
      h={props.h ?? 240}
      data={props.data}
      dataKey={props.dataKey}
      withLegend={props.series.length > 1}
      legendProps={{ verticalAlign: 'bottom' }}
      withBarValueLabel
      series={props.series}
    />
  );
}

export const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
