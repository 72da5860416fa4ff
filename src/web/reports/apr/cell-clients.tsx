// The clients behind one APR / CAPER cell, in a dialog: client ID (a link to the client), name,
// date of birth as the user's role allows, the enrollment and the values that placed them there.
import { Alert, Anchor, Loader, Modal, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { cellClients } from '../../../server/reports/apr/browse/list-cell-clients.ts';
import { api } from '../../lib/api.ts';
import { errorMessage } from '../../lib/forms.ts';

export type Drill = { table: string; row: string; column: number };
type Params = {
  reportType: 'APR' | 'CAPER';
  startDate: string;
  endDate: string;
  projectIds: string[];
  savedRunId?: string;
};

export function CellClients({ params, drill, onClose }: { params: Params; drill: Drill; onClose: () => void }) {
  const { t } = useTranslation('reports');
  const q = useQuery({
    queryKey: ['apr-cell', params, drill],
    queryFn: () => api.post<z.infer<typeof cellClients>>('/api/reports/apr/cell', { ...params, ...drill }),
  });
  const d = q.data;
  return (
    <Modal opened onClose={onClose} size="90%" title={d ? `${d.table}: ${d.row} — ${d.column}` : drill.table}>
      {q.isLoading && <Loader />}
      {q.error && <Alert color="red">{errorMessage(q.error)}</Alert>}
      {d && (
        <>
          <Text size="sm" mb="sm">
            {d.notShown > 0
              ? t('{{count}} clients counted; {{hidden}} not shown because you may not see them.', {
                  count: d.count,
                  hidden: d.notShown,
                })
              : t('{{count}} clients counted.', { count: d.count })}
          </Text>
          <Table withTableBorder striped fz="sm" aria-label={t('Clients in this cell')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('Client ID')}</Table.Th>
                <Table.Th>{t('Name')}</Table.Th>
                <Table.Th>{t('Date of birth')}</Table.Th>
                <Table.Th>{t('Enrollment')}</Table.Th>
                <Table.Th>{t('Project start')}</Table.Th>
                <Table.Th>{t('Exit')}</Table.Th>
                <Table.Th>{t('Why counted here')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.clients.map((c) => (
                <Table.Tr key={`${c.personalId}-${c.enrollmentId}`}>
                  <Table.Td>
                    <Anchor component={Link} to={`/clients/${c.personalId}`}>
                      {c.personalId}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{[c.firstName, c.lastName].filter(Boolean).join(' ')}</Table.Td>
                  <Table.Td>{c.dob ?? ''}</Table.Td>
                  <Table.Td>
                    {c.enrollmentId} ({c.projectId})
                  </Table.Td>
                  <Table.Td>{c.entryDate}</Table.Td>
                  <Table.Td>{c.exitDate ?? ''}</Table.Td>
                  <Table.Td>
                    {Object.entries(c.values)
                      .map(([k, v]) => `${k}: ${v}`)
                      .join('; ')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Modal>
  );
}
