// "Default from last assessment": fills this page with the person's most recent answers, to be
// confirmed or changed (the seed's Default button on update, annual and exit pages).
import { Button } from '@mantine/core';
import { type Assessment, copyRecords } from '../answers.ts';
import type { PageProps } from './page-types.ts';

export function DefaultFromLast({
  value,
  onChange,
  ctx,
  records,
}: Pick<PageProps, 'value' | 'onChange' | 'ctx'> & { records: (keyof Assessment)[] }) {
  if (ctx.stage === 'projectStart' || !ctx.last) return null;
  return (
    <Button variant="light" size="xs" w="fit-content" onClick={() => onChange(copyRecords(value, ctx.last, records))}>
      Default from last assessment
    </Button>
  );
}
