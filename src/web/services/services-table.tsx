// A table of services, as the client's Services page and My Services show them.
import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ResponsiveTable } from '../lib/responsive-table.tsx';
import { ServiceActions } from './service-actions.tsx';
import { money, type Service } from './service-api.ts';

export function ServicesTable({ items, showClient }: { items: Service[]; showClient?: boolean }) {
  const { t } = useTranslation('services');
  if (!items.length) return <Text c="dimmed">{t('No services match.')}</Text>;
  return (
    <ResponsiveTable striped highlightOnHover aria-label={t('Services')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('Service date')}</Table.Th>
          {showClient && <Table.Th>{t('Client ID')}</Table.Th>}
          <Table.Th>{t('Service')}</Table.Th>
          <Table.Th>{t('Units')}</Table.Th>
          <Table.Th>{t('Unit value')}</Table.Th>
          <Table.Th>{t('Total')}</Table.Th>
          <Table.Th>{t('Enrollment')}</Table.Th>
          <Table.Th>{t('Recorded by')}</Table.Th>
          <Table.Th>
            <VisuallyHidden>{t('Actions')}</VisuallyHidden>
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
                  {t('HUD: {{label}}', { label: s.hudServiceLabel })}
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
                {t('Entered {{date}}', { date: s.EntryDate })}
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
