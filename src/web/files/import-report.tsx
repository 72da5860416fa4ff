// The report of an HMIS CSV import: what each file held and loaded, and every problem found by
// file, line and column, graded as HUD's validator grades it.
import { Badge, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
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

const SEVERITY = {
  high_priority: { label: 'High Priority', color: 'red' },
  error: { label: 'Error', color: 'orange' },
  warning: { label: 'Warning', color: 'yellow' },
} as const;

export function ImportReport({ jobId, result }: { jobId: string; result: Record<string, unknown> | null }) {
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
          <Title order={3}>Files</Title>
          <Table aria-label="Files in the import">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>File</Table.Th>
                <Table.Th>Rows</Table.Th>
                <Table.Th>New</Table.Th>
                <Table.Th>Updated</Table.Th>
                <Table.Th>Unchanged</Table.Th>
                <Table.Th>High Priority</Table.Th>
                <Table.Th>Errors</Table.Th>
                <Table.Th>Warnings</Table.Th>
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
        <Title order={3}>Problems found</Title>
        <SegmentedControl
          aria-label="Show problems"
          value={severity}
          onChange={setSeverity}
          data={[
            { value: 'all', label: 'All' },
            { value: 'high_priority', label: 'High Priority' },
            { value: 'error', label: 'Errors' },
            { value: 'warning', label: 'Warnings' },
          ]}
        />
      </Group>
      <Text size="sm" c="dimmed">
        High Priority problems stop an import; errors and warnings are reported and the data still loads.
      </Text>
      <Table striped aria-label="Problems found">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Severity</Table.Th>
            <Table.Th>File</Table.Th>
            <Table.Th>Line</Table.Th>
            <Table.Th>Column</Table.Th>
            <Table.Th>Value</Table.Th>
            <Table.Th>Problem</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {findings.data?.items.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Badge color={SEVERITY[f.severity].color} variant="light" style={{ overflow: 'visible' }}>
                  {SEVERITY[f.severity].label}
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
      {findings.data && findings.data.total === 0 && <Text>No problems found.</Text>}
      {findings.data && findings.data.total > findings.data.items.length && (
        <Text size="sm">
          Showing {findings.data.items.length} of {findings.data.total}. The full report is the job’s file.
        </Text>
      )}
    </Stack>
  );
}
