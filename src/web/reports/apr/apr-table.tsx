// One APR / CAPER question table on screen: HUD's title, header and rows; a cell with clients
// behind it is a link that opens the drill-down.
import { Anchor, Table, Title } from '@mantine/core';
import type { AprView } from '../../../server/reports/apr/browse/apr-view.ts';

type AprTableView = AprView['tables'][number];

export function AprTable({
  table,
  onDrill,
}: {
  table: AprTableView;
  onDrill: (rowKey: string, column: number) => void;
}) {
  return (
    <section aria-label={`${table.id} ${table.title}`}>
      <Title order={4} mt="md">
        {table.id}. {table.title}
      </Title>
      <Table withTableBorder striped fz="sm">
        <Table.Thead>
          <Table.Tr>
            {table.header.map((h, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: HUD's headers repeat and may be empty
              <Table.Th key={i}>{h}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((r) => (
            <Table.Tr key={r.key}>
              {table.rowLabels && <Table.Td>{r.label}</Table.Td>}
              {r.cells.map((c, j) =>
                c.drill && c.text !== '' && c.text !== '0' ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                  <Table.Td key={j}>
                    <Anchor
                      component="button"
                      type="button"
                      onClick={() => onDrill(r.key, j)}
                      aria-label={`${table.id} ${r.label}, ${table.header[j + (table.rowLabels ? 1 : 0)] ?? ''}: ${c.text}`}
                    >
                      {c.text}
                    </Anchor>
                  </Table.Td>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                  <Table.Td key={j}>{c.text}</Table.Td>
                ),
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
