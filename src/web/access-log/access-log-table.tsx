// The access log's rows: when, who, working as which organization, what they did.
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type AccessLogEntry, when } from './access-log-api.ts';

export function AccessLogTable({ items }: { items: AccessLogEntry[] }) {
  const { t } = useTranslation('access-log');
  return (
    <Table striped aria-label={t('Who has seen this record')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('When')}</Table.Th>
          <Table.Th>{t('Who')}</Table.Th>
          <Table.Th>{t('Organization')}</Table.Th>
          <Table.Th>{t('What')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td>{when(e.at)}</Table.Td>
            <Table.Td>{e.userName}</Table.Td>
            <Table.Td>{e.organizationName ?? '—'}</Table.Td>
            <Table.Td>{e.description}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
