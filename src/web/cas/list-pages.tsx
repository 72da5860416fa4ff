// Under a paged CAS list: how many rows all pages hold, and the pages.
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PagePagination } from '../lib/page-pagination.tsx';

type PagedList = {
  rows: { data?: { total: number } };
  page: number;
  pages: number;
  setPage: (page: number) => void;
};

export function ListPages({ list, label }: { list: PagedList; label: string }) {
  const { t } = useTranslation('cas');
  const total = list.rows.data?.total;
  if (total === undefined) return null;
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {t('Total: {{total}}', { total })}
      </Text>
      {list.pages > 1 && (
        <PagePagination total={list.pages} value={list.page} onChange={list.setPage} aria-label={label} />
      )}
    </Group>
  );
}
