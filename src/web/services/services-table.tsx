// A table of services, as the client's Services page and My Services show them.
import { Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { ResponsiveTable } from '../lib/responsive-table.tsx';
import { ServiceActions } from './service-actions.tsx';
import { money, type Service } from './service-api.ts';

export function ServicesTable({ items, showClient }: { items: Service[]; showClient?: boolean }) {
  if (!items.length) return <Text c="dimmed">No services match.</Text>;
  return (
    <ResponsiveTable striped highlightOnHover aria-label="Services">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Service date</Table.Th>
          {showClient && <Table.Th>Client ID</Table.Th>}
          <Table.Th>Service</Table.Th>
          <Table.Th>Units</Table.Th>
          <Table.Th>Unit value</Table.Th>
          <Table.Th>Total</Table.Th>
          <Table.Th>Enrollment</Table.Th>
          <Table.Th>Recorded by</Table.Th>
          <Table.Th>
            <VisuallyHidden>Actions</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((s) => (
          <Table.Tr key={s.id}>
            <Table.Td>{s.DateProvided}</Table.Td>
            {showClient && (
              <Table.Td>
                <Link to={`/clients/${s.PersonalID}/services`}>{s.PersonalID}</Link>
              </Table.Td>
            )}
            <Table.Td>
              {s.serviceName}
              {s.hudServiceLabel && s.hudServiceLabel !== s.serviceName && (
                <Text size="xs" c="dimmed">
                  HUD: {s.hudServiceLabel}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {s.units} {s.unitLabel}
            </Table.Td>
            <Table.Td>{money(s.unitValue)}</Table.Td>
            <Table.Td>{money(s.totalValue)}</Table.Td>
            <Table.Td>
              {s.ProjectName}
              <Text size="xs" c="dimmed">
                Entered {s.EntryDate}
              </Text>
            </Table.Td>
            <Table.Td>{s.recordedBy.name}</Table.Td>
            <Table.Td>
              <ServiceActions service={s} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ResponsiveTable>
  );
}
