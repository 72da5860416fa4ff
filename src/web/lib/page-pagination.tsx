// Mantine's Pagination with a name on every button: its previous and next buttons are icons
// alone, nameless to a screen reader (axe's button-name); page buttons keep their number as name.
import { Pagination, type PaginationProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function PagePagination(props: PaginationProps) {
  const { t } = useTranslation('lib');
  const names = { first: t('First page'), previous: t('Previous page'), next: t('Next page'), last: t('Last page') };
  return <Pagination getControlProps={(control) => ({ 'aria-label': names[control] })} {...props} />;
}
