// A table whose every column can be sorted (click its heading) and filtered (the box under it).
// Either in the browser over the rows loaded (the prioritization list), or by the server a page
// at a time (`view` and `onView`, see use-paged-list.ts): the rows are then shown as they come.
import { Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type Column<T> = {
  key: string;
  label: string;
  /** What the column sorts and filters by. */
  value: (row: T) => string | number | null;
  render?: (row: T) => ReactNode;
  /** A column of buttons (or worked out per page): neither sorted nor filtered. */
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
  initialSort,
  view,
  onView,
}: {
  label: string;
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  empty: string;
  initialSort?: { key: string; desc: boolean };
  /** Sorting and filtering done by the server: the view asked for, and where a change goes. */
  view?: TableView;
  onView?: (view: TableView) => void;
}) {
  const { t } = useTranslation('cas');
  const [local, setLocal] = useState<TableView>({ sort: initialSort ?? null, filters: {} });
  const { sort, filters } = view ?? local;
  const setView = onView ?? setLocal;
  const setSort = (next: TableView['sort']) => setView({ sort: next, filters });
  const setFilters = (next: TableView['filters']) => setView({ sort, filters: next });
  const shown = useMemo(() => {
    if (onView) return rows;
    const active = columns.filter((c) => filters[c.key]?.trim());
    const kept = rows.filter((r) =>
      active.every((c) =>
        String(c.value(r) ?? '')
          .toLowerCase()
          .includes((filters[c.key] ?? '').trim().toLowerCase()),
      ),
    );
    const col = sort && columns.find((c) => c.key === sort.key);
    if (!col || !sort) return kept;
    const dir = sort.desc ? -1 : 1;
    return [...kept].sort((a, b) => {
      const x = col.value(a);
      const y = col.value(b);
      if (x === y) return 0;
      if (x === null) return 1;
      if (y === null) return -1;
      return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * dir;
    });
  }, [rows, columns, filters, sort, onView]);
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
          {shown.map((r) => (
            <Table.Tr key={rowKey(r)}>
              {columns.map((c) => (
                <Table.Td key={c.key}>{c.render ? c.render(r) : (c.value(r) ?? '—')}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!shown.length && (
        <Text c="dimmed" mt="sm">
          {empty}
        </Text>
      )}
    </Table.ScrollContainer>
  );
}
