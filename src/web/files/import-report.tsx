// The report of an HMIS CSV import: what each file held and loaded, and every problem found by
// file, line and column, graded as HUD's validator grades it.
import { Badge, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, qs } from '../lib/api.ts';

type FileRow = {
  file: string;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  highPriority: number;
  errors: number;
  warnings: number;
};
type Finding = {
  id: number;
  severity: 'high_priority' | 'error' | 'warning';
  file: string | null;
  line: number | null;
  column: string | null;
  value: string | null;
  message: string;
};

const SEVERITY_COLOR = new Map<Finding['severity'], string>([
  ['high_priority', 'red'],
  ['error', 'orange'],
  ['warning', 'yellow'],
]);

export function ImportReport({ jobId, result }: { jobId: string; result: Record<string, unknown> | null }) {
  const { t } = useTranslation('files');
  const severityLabel = { high_priority: t('High Priority'), error: t('Error'), warning: t('Warning') };
  const [severity, setSeverity] = useState<string>('all');
  const findings = useQuery({
    queryKey: ['job-findings', jobId, severity],
    queryFn: () =>
      api.get<{ items: Finding[]; total: number }>(
        `/api/jobs/${jobId}/findings${qs({ severity: severity === 'all' ? undefined : severity, limit: 500 })}`,
      ),
  });
  const files = ((result?.files as FileRow[] | undefined) ?? []).filter(
    (f) => f.rows || f.highPriority || f.errors || f.warnings,
  );
  return (
    <Stack>
      {files.length > 0 && (
        <>
          <Title order={3}>{t('Files')}</Title>
          <Table aria-label={t('Files in the import')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('File')}</Table.Th>
                <Table.Th>{t('Rows')}</Table.Th>
                <Table.Th>{t('New')}</Table.Th>
                <Table.Th>{t('Updated')}</Table.Th>
                <Table.Th>{t('Unchanged')}</Table.Th>
                <Table.Th>{t('High Priority')}</Table.Th>
                <Table.Th>{t('Errors')}</Table.Th>
                <Table.Th>{t('Warnings')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {files.map((f) => (
                <Table.Tr key={f.file}>
                  <Table.Td>{f.file}</Table.Td>
                  <Table.Td>{f.rows}</Table.Td>
                  <Table.Td>{f.inserted}</Table.Td>
                  <Table.Td>{f.updated}</Table.Td>
                  <Table.Td>{f.unchanged}</Table.Td>
                  <Table.Td>{f.highPriority}</Table.Td>
                  <Table.Td>{f.errors}</Table.Td>
                  <Table.Td>{f.warnings}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      <Group justify="space-between">
        <Title order={3}>{t('Problems found')}</Title>
        <SegmentedControl
          aria-label={t('Show problems')}
          value={severity}
          onChange={setSeverity}
          data={[
            { value: 'all', label: t('All') },
            { value: 'high_priority', label: t('High Priority') },
            { value: 'error', label: t('Errors') },
            { value: 'warning', label: t('Warnings') },
          ]}
        />
      </Group>
      <Text size="sm" c="dimmed">
        {t('High Priority problems stop an import; errors and warnings are reported and the data still loads.')}
      </Text>
      <Table striped aria-label={t('Problems found')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('Severity')}</Table.Th>
            <Table.Th>{t('File')}</Table.Th>
            <Table.Th>{t('Line')}</Table.Th>
            <Table.Th>{t('Column')}</Table.Th>
            <Table.Th>{t('Value')}</Table.Th>
            <Table.Th>{t('Problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {findings.data?.items.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Badge color={SEVERITY_COLOR.get(f.severity)} variant="light" style={{ overflow: 'visible' }}>
                  {severityLabel[f.severity]}
                </Badge>
              </Table.Td>
              <Table.Td>{f.file}</Table.Td>
              <Table.Td>{f.line}</Table.Td>
              <Table.Td>{f.column}</Table.Td>
              <Table.Td>{f.value}</Table.Td>
              <Table.Td>{f.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {findings.data && findings.data.total === 0 && <Text>{t('No problems found.')}</Text>}
      {findings.data && findings.data.total > findings.data.items.length && (
        <Text size="sm">
          {t('Showing {{n}} of {{total}}. The full report is the job’s file.', {
            n: findings.data.items.length,
            total: findings.data.total,
          })}
        </Text>
      )}
    </Stack>
  );
}
