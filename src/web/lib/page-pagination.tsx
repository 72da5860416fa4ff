// Mantine's Pagination with a name on every button: its previous and next buttons are icons
// alone, nameless to a screen reader (axe's button-name); page buttons keep their number as name.
import { Pagination, type PaginationProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function PagePagination(props: PaginationProps) {
  const { t } = useTranslation('lib');
  const controlLabel = (control: 'first' | 'previous' | 'last' | 'next') =>
    control === 'previous'
      ? t('Previous page')
      : control === 'next'
        ? t('Next page')
        : control === 'first'
          ? t('First page')
          : t('Last page');
  return <Pagination getControlProps={(control) => ({ 'aria-label': controlLabel(control) })} {...props} />;
}
