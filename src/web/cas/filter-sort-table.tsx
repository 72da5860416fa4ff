// A table whose every column can be sorted (click its heading) and filtered (the box under it) by
// the server, a page at a time (`view` and `onView`, see use-paged-list.ts): the rows are shown
// as they come.
import { Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type Column<T> = {
  key: string;
  label: string;
  /** What the cell shows, unless `render`. */
  value: (row: T) => string | number | null;
  render?: (row: T) => ReactNode;
  /** A column of buttons: neither sorted nor filtered. */
  action?: boolean;
};

/** The column sorted by, and the text typed under each column. */
export type TableView = { sort: { key: string; desc: boolean } | null; filters: Record<string, string> };

export function FilterSortTable<T>({
  label,
  rows,
  columns,
  rowKey,
  empty,
  view,
  onView,
}: {
  label: string;
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  empty: string;
  /** The view asked of the server, and where a change goes. */
  view: TableView;
  onView: (view: TableView) => void;
}) {
  const { t } = useTranslation('cas');
  const { sort, filters } = view;
  const setSort = (next: TableView['sort']) => onView({ sort: next, filters });
  const setFilters = (next: TableView['filters']) => onView({ sort, filters: next });
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label={label} striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) =>
              c.action ? (
                <Table.Th key={c.key}>{c.label}</Table.Th>
              ) : (
                <Table.Th
                  key={c.key}
                  aria-sort={sort?.key === c.key ? (sort.desc ? 'descending' : 'ascending') : undefined}
                >
                  <UnstyledButton
                    fw={600}
                    onClick={() =>
                      setSort(sort?.key === c.key ? { key: c.key, desc: !sort.desc } : { key: c.key, desc: false })
                    }
                  >
                    {c.label}
                    {sort?.key === c.key ? (sort.desc ? ' ↓' : ' ↑') : ''}
                  </UnstyledButton>
                </Table.Th>
              ),
            )}
          </Table.Tr>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.key}>
                {!c.action && (
                  <TextInput
                    size="xs"
                    aria-label={t('Filter {{label}}', { label: c.label })}
                    value={filters[c.key] ?? ''}
                    onChange={(e) => setFilters({ ...filters, [c.key]: e.currentTarget.value })}
                  />
                )}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={rowKey(r)}>
              {columns.map((c) => (
                <Table.Td key={c.key}>{c.render ? c.render(r) : (c.value(r) ?? '—')}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!rows.length && (
        <Text c="dimmed" mt="sm">
          {empty}
        </Text>
      )}
    </Table.ScrollContainer>
  );
}
