// The last page of a workflow: what Finish will record, in one transaction.

import { Alert, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ReviewStep({ rows, note }: { rows: [string, string][]; note: string }) {
  const { t } = useTranslation('workflows');
  return (
    <Stack>
      <Table aria-label={t('Review')} withTableBorder>
        <Table.Tbody>
          {rows.map(([k, v]) => (
            <Table.Tr key={k}>
              <Table.Th w={260}>{k}</Table.Th>
              <Table.Td>{v}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Alert color="blue">{note}</Alert>
    </Stack>
  );
}
