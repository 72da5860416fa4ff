// Home → Annual Assessment Tool: open enrollments whose annual assessment is due within the
// window of the chosen due date, with downloads and the actions to do the assessment.
import { Button, Group, Menu, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { codeLabel, DataCollectionStage, hudLabel } from '../../hud/codes.ts';
import { useMe } from '../auth/session.tsx';
import { api, qs } from '../lib/api.ts';
import { useStartWorkflow } from '../workflows/start-workflow.tsx';
import { DateField } from './hud-inputs.tsx';
import { type ProjectOption, personName } from './types.ts';

type DueRow = {
  PersonalID: string;
  FirstName: string | null;
  LastName: string | null;
  EnrollmentID: string;
  RelationshipToHoH: number;
  OrganizationName: string;
  ProjectName: string;
  EntryDate: string;
  anniversary: string;
  windowOpens: string;
  windowCloses: string;
  daysLeft: number;
};

export function AnnualAssessmentToolPage() {
  const me = useMe();
  const { start, dialog } = useStartWorkflow();
  const [dueDate, setDueDate] = useState<string | null>(new Date().toLocaleDateString('en-CA'));
  const [organizationId, setOrganizationId] = useState(me.currentOrganizationId ?? '');
  const [projectId, setProjectId] = useState('');
  const [funder, setFunder] = useState('');
  const [personalId, setPersonalId] = useState('');
  const projects = useQuery({
    queryKey: ['enrollment-projects', 'mine'],
    queryFn: () => api.get<ProjectOption[]>('/api/enrollments/projects?scope=mine'),
  });
  const orgProjects = (projects.data ?? []).filter((p) => p.OrganizationID === organizationId);
  const funders = [...new Set(orgProjects.flatMap((p) => p.funders))];
  const query = qs({ dueDate, organizationId, projectId, funder, personalId: personalId.trim() });
  const rows = useQuery({
    queryKey: ['annual-due', query],
    queryFn: () => api.get<DueRow[]>(`/api/annual-assessments/due${query}`),
  });
  const download = (format: 'csv' | 'xlsx') =>
    `/api/annual-assessments/due/download${qs({ dueDate, organizationId, projectId, funder, personalId: personalId.trim(), format })}`;
  return (
    <Stack>
      <Title order={2}>Annual Assessment Tool</Title>
      {dialog}
      <Text c="dimmed">
        Open enrollments whose annual assessment is not yet recorded and whose 60-day window (30 days either side of the
        anniversary of the project start date) includes the due date.
      </Text>
      <Group align="flex-end">
        <DateField label="Due date" value={dueDate} onChange={setDueDate} />
        <NativeSelect
          label="Organization"
          value={organizationId}
          onChange={(e) => {
            setOrganizationId(e.currentTarget.value);
            setProjectId('');
          }}
          data={me.organizations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <NativeSelect
          label="Project"
          value={projectId}
          onChange={(e) => setProjectId(e.currentTarget.value)}
          data={[
            { value: '', label: 'All projects' },
            ...orgProjects.map((p) => ({ value: p.ProjectID, label: p.ProjectName })),
          ]}
        />
        <NativeSelect
          label="Funding source"
          value={funder}
          onChange={(e) => setFunder(e.currentTarget.value)}
          data={[
            { value: '', label: 'All funding sources' },
            ...funders.map((f) => ({ value: String(f), label: codeLabel('FundingSource', f) })),
          ]}
        />
        <TextInput
          label="Client ID"
          value={personalId}
          onChange={(e) => setPersonalId(e.currentTarget.value)}
          w={140}
        />
      </Group>
      <Group>
        <Button component="a" href={download('csv')} variant="default">
          Download CSV
        </Button>
        <Button component="a" href={download('xlsx')} variant="default">
          Download Excel
        </Button>
      </Group>
      {rows.data?.length === 0 && <Text>No annual assessments are due in this window.</Text>}
      {!!rows.data?.length && (
        <Table aria-label="Annual assessments due" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Client</Table.Th>
              <Table.Th>Client ID</Table.Th>
              <Table.Th>Relationship</Table.Th>
              <Table.Th>Project</Table.Th>
              <Table.Th>Project start</Table.Th>
              <Table.Th>Anniversary</Table.Th>
              <Table.Th>Window</Table.Th>
              <Table.Th>Days left</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.data.map((r) => (
              <Table.Tr key={r.EnrollmentID}>
                <Table.Td>{personName(r)}</Table.Td>
                <Table.Td>{r.PersonalID}</Table.Td>
                <Table.Td>{hudLabel('RelationshipToHoH', r.RelationshipToHoH)}</Table.Td>
                <Table.Td>{r.ProjectName}</Table.Td>
                <Table.Td>{r.EntryDate}</Table.Td>
                <Table.Td>{r.anniversary}</Table.Td>
                <Table.Td>
                  {r.windowOpens} to {r.windowCloses}
                </Table.Td>
                <Table.Td>{r.daysLeft}</Table.Td>
                <Table.Td>
                  <Menu>
                    <Menu.Target>
                      <Button size="xs" variant="subtle" aria-label={`Actions for ${personName(r)}`}>
                        …
                      </Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item component={Link} to={`/enrollments/${r.EnrollmentID}`}>
                        Open the enrollment
                      </Menu.Item>
                      <Menu.Item
                        onClick={() =>
                          start('assessment', {
                            EnrollmentID: r.EnrollmentID,
                            data: { preset: { stage: DataCollectionStage.Annual } },
                          })
                        }
                      >
                        Complete the annual assessment
                      </Menu.Item>
                      <Menu.Item component={Link} to={`/clients/${r.PersonalID}`}>
                        Select (the client's dashboard)
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
