// Counts per group (program, organization…): each count opens (+) onto the clients it counted,
// fetched as that count's drill-down, so the rows always number the count.
import { Button, Table, useMatches } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../lib/responsive-table.tsx';
import type { Params, ReportResult } from './report-api.ts';
import { ResultsTable, type Row } from './results-table.tsx';

type Summary = NonNullable<ReportResult['summary']>;

export function SummaryTable({
  reportId,
  params,
  summary,
  title,
  rowActions,
}: {
  reportId: string;
  params: Params;
  summary: Summary;
  title: string;
  rowActions?: (row: Row) => React.ReactNode;
}) {
  const { t } = useTranslation('reports');
  const [open, setOpen] = useState<{ group: string; count: string } | null>(null);
  const rows = [
    ...summary.groups,
    { key: '', label: t('Total'), counts: summary.totals, measures: summary.totalMeasures },
  ];
  const measures = summary.measures ?? [];
  const width = summary.counts.length + measures.length + 1;
  const minWidth = useMatches({ base: 0, sm: 600 });
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <ResponsiveTable striped aria-label={t('{{title}} summary', { title })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{summary.groupLabel}</Table.Th>
            {summary.counts.map((c) => (
              <Table.Th key={c.key}>{c.label}</Table.Th>
            ))}
            {measures.map((m) => (
              <Table.Th key={m.key}>{m.label}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((g) => (
            <Fragment key={g.key || 'total'}>
              <Table.Tr fw={g.key ? undefined : 700}>
                <Table.Td>{g.label}</Table.Td>
                {summary.counts.map((c) => {
                  const n = g.counts[c.key] ?? 0;
                  const isOpen = open?.group === g.key && open.count === c.key;
                  const about = { n, what: c.label.toLowerCase(), group: g.label };
                  return (
                    <Table.Td key={c.key}>
                      <Button
                        size="compact-sm"
                        variant={isOpen ? 'light' : 'subtle'}
                        disabled={n === 0}
                        aria-expanded={isOpen}
                        aria-label={
                          isOpen
                            ? t('Hide the {{n}} {{what}}: {{group}}', about)
                            : t('Show the {{n}} {{what}}: {{group}}', about)
                        }
                        onClick={() => setOpen(isOpen ? null : { group: g.key, count: c.key })}
                      >
                        {isOpen ? '−' : '+'} {n}
                      </Button>
                    </Table.Td>
                  );
                })}
                {measures.map((m) => (
                  <Table.Td key={m.key}>{g.measures?.[m.key] ?? '–'}</Table.Td>
                ))}
              </Table.Tr>
              {open && open.group === g.key && (
                <Table.Tr>
                  <Table.Td colSpan={width}>
                    <ResultsTable
                      reportId={reportId}
                      params={params}
                      drill={{ group: open.group || undefined, count: open.count }}
                      label={`${g.label}: ${summary.counts.find((c) => c.key === open.count)?.label ?? ''}`}
                      rowActions={rowActions}
                    />
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          ))}
        </Table.Tbody>
      </ResponsiveTable>
    </Table.ScrollContainer>
  );
}
