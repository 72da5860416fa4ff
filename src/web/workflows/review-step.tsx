// The last page of a workflow: what Finish will record, in one transaction.
import { Alert, Stack, Table } from '@mantine/core';

export function ReviewStep({ rows, note }: { rows: [string, string][]; note: string }) {
  return (
    <Stack>
      <Table aria-label="Review" withTableBorder>
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
