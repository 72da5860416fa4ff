// The rows of a report on screen: sort by any column (click its heading), filter any column
// (rows whose cell contains the text), page through, and the report's own row actions.
import { Alert, Group, Table, Text, TextInput, UnstyledButton, useMatches } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { errorMessage } from '../../lib/forms.ts';
import { PagePagination } from '../../lib/page-pagination.tsx';
import { ResponsiveTable } from '../../lib/responsive-table.tsx';
import { type Params, type ReportResult, reportUrl, type View } from './report-api.ts';

type Column = ReportResult['columns'][number];
export type Row = Record<string, unknown>;

const PAGE = 100;

export function cellDisplay(value: unknown, column: Column, t: TFunction<'reports'>): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? t('Yes') : t('No');
  if (column.type === 'datetime' && typeof value === 'string') return new Date(value).toLocaleString();
  return String(value);
}

export function ResultsTable({
  reportId,
  params,
  drill,
  rowActions,
  label,
  onView,
}: {
  reportId: string;
  params: Params;
  drill?: { group?: string; count: string };
  rowActions?: (row: Row) => ReactNode;
  label?: string;
  /** Told the current sort and filters, so downloads can follow them. */
  onView?: (view: View) => void;
}) {
  const { t } = useTranslation('reports');
  const [sort, setSort] = useState<{ key: string; dir: 'asc' | 'desc' } | undefined>();
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [filters, setFilters] = useState<Record<string, string>>({});
  const [page, setPage] = useState(1);
  // A phone shows rows as cards: no sideways scrolling.
  const minWidth = useMatches({ base: 0, sm: 600 });
  useEffect(() => {
    const timer = setTimeout(() => {
      setFilters(typed);
      setPage(1);
    }, 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const view: View = { sort: sort?.key, dir: sort?.dir, filters, page, ...drill };
  useEffect(() => onView?.({ sort: sort?.key, dir: sort?.dir, filters }), [sort, filters, onView]);
  const result = useQuery({
    queryKey: ['report', reportId, params, view],
    queryFn: () => api.get<ReportResult>(reportUrl(reportId, params, view)),
    placeholderData: keepPreviousData,
  });
  const r = result.data;
  if (result.error) return <Alert color="red">{errorMessage(result.error)}</Alert>;
  if (!r) return <Text c="dimmed">{t('Running the report…')}</Text>;
  const name = label ?? t(r.report.rowsTitle);
  const toggle = (key: string) =>
    setSort((s) => (s?.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' }));
  return (
    <>
      <Table.ScrollContainer minWidth={minWidth}>
        <ResponsiveTable striped highlightOnHover aria-label={name}>
          <Table.Thead>
            <Table.Tr>
              {r.columns.map((c) => (
                <Table.Th
                  key={c.key}
                  aria-sort={sort?.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  <UnstyledButton fw={600} fz="sm" onClick={() => toggle(c.key)}>
                    {c.label}
                    {sort?.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                  </UnstyledButton>
                </Table.Th>
              ))}
              {rowActions && <Table.Th />}
            </Table.Tr>
            <Table.Tr>
              {r.columns.map((c) => (
                <Table.Th key={c.key}>
                  <TextInput
                    size="xs"
                    aria-label={t('Filter {{column}}', { column: c.label })}
                    value={typed[c.key] ?? ''}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      setTyped((f) => ({ ...f, [c.key]: value }));
                    }}
                  />
                </Table.Th>
              ))}
              {rowActions && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.items.map((row) => (
              // Rows have no id of their own; identical rows are the same row to the reader.
              <Table.Tr key={JSON.stringify(row)}>
                {r.columns.map((c) => (
                  <Table.Td key={c.key}>{cellDisplay(row[c.key], c, t)}</Table.Td>
                ))}
                {rowActions && <Table.Td>{rowActions(row)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ResponsiveTable>
      </Table.ScrollContainer>
      <Group justify="space-between">
        <Text size="sm" role="status">
          {t('{{count}} rows', { count: r.total })}
        </Text>
        {r.total > PAGE && (
          <PagePagination total={Math.ceil(r.total / PAGE)} value={page} onChange={setPage} size="sm" />
        )}
      </Group>
      {r.empty && <Text>{r.empty}</Text>}
    </>
  );
}
