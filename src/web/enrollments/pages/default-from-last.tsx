// "Default from last assessment": fills this page with the person's most recent answers, to be
// confirmed or changed (the seed's Default button on update, annual and exit pages).

import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Assessment, copyRecords } from '../answers.ts';
import type { PageProps } from './page-types.ts';

export function DefaultFromLast({
  value,
  onChange,
  ctx,
  records,
}: Pick<PageProps, 'value' | 'onChange' | 'ctx'> & { records: (keyof Assessment)[] }) {
  const { t } = useTranslation('enrollments');
  if (ctx.stage === 'projectStart' || !ctx.last) return null;
  return (
    <Button variant="light" size="xs" w="fit-content" onClick={() => onChange(copyRecords(value, ctx.last, records))}>
      {t('Default from last assessment')}
    </Button>
  );
}
