// A CAS list the server pages, sorts and filters (the caseloads, incoming referrals): the page,
// the column sorted by and the filters typed become the request; typing waits a moment first.
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, qs } from '../lib/api.ts';
import type { TableView } from './filter-sort-table.tsx';

export const PAGE_SIZE = 50;

export type Paged<T> = { items: T[]; total: number };

export function usePagedList<T>(key: readonly unknown[], url: string, params: Record<string, string> = {}) {
  const [view, setView] = useState<TableView>({ sort: null, filters: {} });
  const [page, setPage] = useState(1);
  // Other filters changed (a project, a result): back to the first page.
  const paramsKey = JSON.stringify(params);
  const [shownFor, setShownFor] = useState(paramsKey);
  if (shownFor !== paramsKey) {
    setShownFor(paramsKey);
    setPage(1);
  }
  const [filters] = useDebouncedValue(view.filters, 300);
  const query = {
    ...params,
    page: String(page),
    pageSize: String(PAGE_SIZE),
    sort: view.sort?.key ?? '',
    desc: view.sort?.desc ? 'true' : '',
    ...Object.fromEntries(Object.entries(filters).map(([k, v]) => [`filter.${k}`, v.trim()])),
  };
  const rows = useQuery({
    queryKey: [...key, query],
    queryFn: () => api.get<Paged<T>>(`${url}${qs(query)}`),
    placeholderData: keepPreviousData,
  });
  return {
    rows,
    view,
    page,
    setPage,
    pages: Math.ceil((rows.data?.total ?? 0) / PAGE_SIZE),
    /** A new sort or filter starts again from the first page. */
    setView: (next: TableView) => {
      setView(next);
      setPage(1);
    },
  };
}
